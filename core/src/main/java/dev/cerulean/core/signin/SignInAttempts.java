package dev.cerulean.core.signin;

import java.time.Duration;
import java.time.Instant;

/**
 * Port: what sign-in remembers between attempts. Failed attempts are counted per key (an account
 * name, a client address or a client id) in a window that restarts once it has passed, so counts
 * decay; a key may be locked until a time, and remembers how often it was locked. Familiar devices
 * are browsers (by the hash of their device cookie) that signed an account name in before.
 */
public interface SignInAttempts {

    /**
     * One key's state: {@code count} failures since {@code windowStart}, the last at {@code last};
     * locked until {@code lockedUntil} (EPOCH when never), after {@code lockouts} lockouts.
     */
    record Failures(int count, Instant windowStart, Instant last, int lockouts, Instant lockedUntil) {
        public static final Failures NONE = new Failures(0, Instant.EPOCH, Instant.EPOCH, 0, Instant.EPOCH);

        public boolean lockedAt(Instant now) {
            return now.isBefore(lockedUntil);
        }
    }

    Failures failures(String key);

    /**
     * Counts one failure at {@code at}, atomically: the count starts again at 1 when the window began
     * before {@code at - window}. Returns the state after it.
     */
    Failures recordFailure(String key, Instant at, Duration window);

    /** Locks the key until {@code until}, as its {@code lockouts}-th lockout; its count starts again. */
    void lock(String key, Instant until, int lockouts);

    void clear(String key);

    /** Forgets every key with no failure since {@code before} and no lock that lasts past it; how many. */
    int forgetIdleSince(Instant before);

    /** Whether the browser whose device cookie hashes to {@code device} signed {@code nameKey} in before. */
    boolean isFamiliarDevice(String device, String nameKey);

    /** Remembers (or refreshes) that the browser {@code device} signed {@code nameKey} in at {@code at}. */
    void rememberDevice(String device, String nameKey, Instant at);
}
