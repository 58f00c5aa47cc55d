package dev.cerulean.core.signin;

import java.time.Instant;

/** Port: failed sign-ins, counted per key (an account name, or a client address). */
public interface SignInAttempts {

    record Failures(int count, Instant last) {
        public static final Failures NONE = new Failures(0, Instant.EPOCH);
    }

    Failures failures(String key);

    void recordFailure(String key, Instant at);

    void clear(String key);
}
