package dev.cerulean.core.signin;

import dev.cerulean.core.common.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The lockout bookkeeping of {@link SignInThrottle} for any credential: account names (through
 * {@link SignIn}) and client ids (the identity platform's client secrets). Keys that saw no failure
 * for the throttle's lockout memory are forgotten every so often, so names that do not exist do
 * not pile up.
 */
public final class Lockout {
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(10);

    private final Transactions transactions;
    private final SignInAttempts attempts;
    private final SignInThrottle throttle;
    private final Clock clock;
    private volatile Instant lastSweep = Instant.EPOCH;

    public Lockout(Transactions transactions, SignInAttempts attempts, SignInThrottle throttle, Clock clock) {
        this.transactions = transactions;
        this.attempts = attempts;
        this.throttle = throttle;
        this.clock = clock;
    }

    public SignInThrottle throttle() {
        return throttle;
    }

    /** How much longer {@code key} is locked; empty when it is not. */
    public Optional<Duration> lockedFor(String key) {
        if (!throttle.enabled()) return Optional.empty();
        Instant now = clock.instant();
        SignInAttempts.Failures f = transactions.inTransaction(() -> attempts.failures(key));
        return f.lockedAt(now) ? Optional.of(atLeastASecond(Duration.between(now, f.lockedUntil()))) : Optional.empty();
    }

    /** Counts a failure of {@code key}; the lock it caused (or empty when it caused none). */
    public Optional<Duration> failed(String key) {
        Instant now = clock.instant();
        Optional<Duration> locked = transactions.inTransaction(() -> {
            SignInAttempts.Failures after = attempts.recordFailure(key, now, throttle.window());
            if (!throttle.locksAfter(after, now)) return Optional.<Duration>empty();
            int n = throttle.recentlyLocked(after, now) ? after.lockouts() + 1 : 1;
            Duration lasts = throttle.lockoutNumber(n);
            attempts.lock(key, now.plus(lasts), n);
            return Optional.of(atLeastASecond(lasts));
        });
        sweepNowAndThen(now);
        return locked;
    }

    /** A right credential: the key's failures are forgotten (its lockout history too). */
    public void succeeded(String key) {
        transactions.inTransaction(() -> {
            attempts.clear(key);
            return null;
        });
    }

    private void sweepNowAndThen(Instant now) {
        if (now.isBefore(lastSweep.plus(SWEEP_EVERY))) return;
        lastSweep = now;
        transactions.inTransaction(() -> attempts.forgetIdleSince(now.minus(throttle.lockoutMemory())));
    }

    private static Duration atLeastASecond(Duration d) {
        return d.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : d;
    }
}
