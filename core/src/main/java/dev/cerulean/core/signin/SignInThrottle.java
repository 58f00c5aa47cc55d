package dev.cerulean.core.signin;

import java.time.Duration;
import java.time.Instant;

/**
 * Smart lockout, as Entra ID does it, so that lockout cannot be turned against a real user:
 * <ul>
 * <li>an account name is locked after {@code lockoutThreshold} failures within {@code window};
 *     the count decays (the window restarts), so a few wrong attempts an hour never lock;</li>
 * <li>the first lockout lasts {@code lockout}; while the name was locked within
 *     {@code lockoutMemory}, every further failure locks it again for twice as long as the last
 *     time, up to {@code maxLockout};</li>
 * <li>a browser that signed the name in before (a familiar device) is not locked out: its failures
 *     count on their own, so an attacker elsewhere cannot keep the owner out;</li>
 * <li>a client address with {@code addressFailures} failures within {@code addressWindow} is told
 *     to slow down on further failures ({@code TooManySignInAttempts}), while right passwords from
 *     it still succeed: every local client shares 127.0.0.1.</li>
 * </ul>
 * Keys that have seen no failure for {@code lockoutMemory} are forgotten.
 */
public record SignInThrottle(
        boolean enabled,
        int lockoutThreshold,
        Duration window,
        Duration lockout,
        Duration maxLockout,
        Duration lockoutMemory,
        int addressFailures,
        Duration addressWindow) {

    public static final SignInThrottle DEFAULT = new SignInThrottle(
            true,
            10,
            Duration.ofHours(1),
            Duration.ofSeconds(60),
            Duration.ofHours(1),
            Duration.ofHours(24),
            50,
            Duration.ofMinutes(5));

    public static final SignInThrottle OFF = new SignInThrottle(
            false,
            Integer.MAX_VALUE,
            Duration.ofSeconds(1),
            Duration.ZERO,
            Duration.ZERO,
            Duration.ofHours(24),
            Integer.MAX_VALUE,
            Duration.ofSeconds(1));

    public SignInThrottle {
        if (lockoutThreshold < 1 || addressFailures < 1)
            throw new IllegalArgumentException("thresholds must be positive");
        if (window.isNegative() || window.isZero() || addressWindow.isNegative() || addressWindow.isZero()) {
            throw new IllegalArgumentException("windows must be positive");
        }
    }

    /** A copy with another threshold and first lockout (the CLI's flags). */
    public SignInThrottle withLockout(int threshold, Duration first) {
        return new SignInThrottle(
                enabled,
                threshold,
                window,
                first,
                maxLockout.compareTo(first) < 0 ? first : maxLockout,
                lockoutMemory,
                addressFailures,
                addressWindow);
    }

    /** Whether the failure just counted locks the key: the threshold reached, or any failure soon after a lockout. */
    boolean locksAfter(SignInAttempts.Failures after, Instant now) {
        if (!enabled) return false;
        return after.count() >= lockoutThreshold || recentlyLocked(after, now);
    }

    boolean recentlyLocked(SignInAttempts.Failures f, Instant now) {
        return f.lockouts() > 0 && now.isBefore(f.lockedUntil().plus(lockoutMemory));
    }

    /** How long the {@code n}-th lockout (1-based) in a row lasts: doubling from {@code lockout}, at most {@code maxLockout}. */
    Duration lockoutNumber(int n) {
        Duration d = lockout.multipliedBy(1L << Math.min(Math.max(n - 1, 0), 20));
        return d.compareTo(maxLockout) > 0 ? maxLockout : d;
    }

    /** Whether a client address has failed often enough to be slowed down. */
    boolean slows(SignInAttempts.Failures address, Instant now) {
        return enabled
                && address.count() >= addressFailures
                && !address.windowStart().plus(addressWindow).isBefore(now);
    }
}
