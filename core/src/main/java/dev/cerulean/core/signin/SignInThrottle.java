package dev.cerulean.core.signin;

import java.time.Duration;
import java.time.Instant;

/**
 * How failed sign-ins slow down further attempts, per account name and per client address:
 * the first {@code freeFailures} cost nothing; each further one doubles a delay that starts at
 * {@code baseDelay} (capped at {@code maxDelay}); from {@code lockoutFailures} on, the name or
 * address is locked for {@code lockout}. Failures older than {@code window} are forgotten.
 */
public record SignInThrottle(boolean enabled, int freeFailures, Duration baseDelay, Duration maxDelay,
                             int lockoutFailures, Duration lockout, Duration window) {

    public static final SignInThrottle DEFAULT = new SignInThrottle(true, 3, Duration.ofSeconds(1),
            Duration.ofSeconds(30), 10, Duration.ofMinutes(15), Duration.ofMinutes(15));

    public static final SignInThrottle OFF = new SignInThrottle(false, 0, Duration.ZERO, Duration.ZERO,
            Integer.MAX_VALUE, Duration.ZERO, Duration.ZERO);

    /** When the next attempt is allowed after {@code failures}, the last at {@code last}; null when now. */
    Instant nextAllowed(SignInAttempts.Failures failures, Instant now) {
        if (!enabled || failures.count() == 0 || failures.last().plus(window).isBefore(now)) return null;
        if (failures.count() >= lockoutFailures) return failures.last().plus(lockout);
        if (failures.count() < freeFailures) return null;
        int doublings = Math.min(failures.count() - freeFailures, 20);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        if (delay.compareTo(maxDelay) > 0) delay = maxDelay;
        return failures.last().plus(delay);
    }

    boolean locks(SignInAttempts.Failures failures) {
        return enabled && failures.count() >= lockoutFailures;
    }
}
