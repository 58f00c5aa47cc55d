package dev.cerulean.cli;

import dev.cerulean.core.signin.SignInThrottle;
import dev.cerulean.server.signin.SessionSettings;
import dev.cerulean.server.signin.SignInSettings;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The sign-in flags of {@code serve}: throttling of failed sign-ins (per account name and per
 * client address; on by default) and the lifetimes of browser sessions. Durations are written
 * like 30s, 15m, 1h or ISO-8601 (PT15M).
 */
public final class SignInOptions {
    @Option(
            names = "--signin-throttle",
            paramLabel = "on|off",
            description =
                    "Smart lockout of repeated failed sign-ins and client secrets (env CERULEAN_SIGNIN_THROTTLE, default on).")
    String throttle;

    @Option(
            names = "--signin-lockout-failures",
            paramLabel = "N",
            description =
                    "Failures within an hour that lock a name or client id (env CERULEAN_SIGNIN_LOCKOUT_FAILURES, default 10).")
    String lockoutFailures;

    @Option(
            names = "--signin-lockout",
            paramLabel = "DURATION",
            description =
                    "How long the first lockout lasts; each next one lasts twice as long (env CERULEAN_SIGNIN_LOCKOUT, default 60s).")
    String lockout;

    @Option(
            names = "--session-idle",
            paramLabel = "DURATION",
            description = "A browser session ends after this long unused (env CERULEAN_SESSION_IDLE, default 1h).")
    String idle;

    @Option(
            names = "--session-max",
            paramLabel = "DURATION",
            description = "A browser session ends this long after sign-in (env CERULEAN_SESSION_MAX, default 12h).")
    String max;

    SignInSettings resolve() {
        SignInThrottle d = SignInThrottle.DEFAULT;
        Setting onOff = Setting.of("--signin-throttle", throttle, "on");
        boolean enabled = switch (onOff.value().strip().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw onOff.invalid(onOff.value() + " is not on or off");
        };
        SignInThrottle t = !enabled
                ? SignInThrottle.OFF
                : d.withLockout(
                        count(
                                Setting.of(
                                        "--signin-lockout-failures",
                                        lockoutFailures,
                                        Integer.toString(d.lockoutThreshold())),
                                1),
                        duration(Setting.of("--signin-lockout", lockout, "60s")));
        Duration idleFor = duration(Setting.of("--session-idle", idle, "1h"));
        Duration maxFor = duration(Setting.of("--session-max", max, "12h"));
        return new SignInSettings(t, new SessionSettings(idleFor, maxFor, SessionSettings.DEFAULT.touchEvery()));
    }

    private static int count(Setting s, int min) {
        try {
            int n = Integer.parseInt(s.value().strip());
            if (n >= min) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw s.invalid(s.value() + " is not a whole number of at least " + min);
    }

    /** 30s, 15m, 1h, 2d, or ISO-8601 like PT15M; positive. */
    static Duration duration(Setting s) {
        String text = s.value().strip().toLowerCase(Locale.ROOT);
        try {
            Duration d;
            if (text.startsWith("p")) d = Duration.parse(text.toUpperCase(Locale.ROOT));
            else {
                long n = Long.parseLong(text.substring(0, text.length() - 1));
                d = switch (text.charAt(text.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    case 'd' -> Duration.ofDays(n);
                    default -> null;
                };
            }
            if (d != null && !d.isNegative() && !d.isZero()) return d;
        } catch (RuntimeException e) {
            // reported below
        }
        throw s.invalid(s.value() + " is not a duration like 30s, 15m or 1h");
    }
}
