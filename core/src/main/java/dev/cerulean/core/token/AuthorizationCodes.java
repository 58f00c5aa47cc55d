package dev.cerulean.core.token;

import java.time.Instant;
import java.util.Optional;

/** Port: authorization codes, by the hash of their value. */
public interface AuthorizationCodes {
    void add(AuthorizationCode code);

    /** Removes the code and answers it: the one caller that takes it redeems it (single use). */
    Optional<AuthorizationCode> take(String hash);

    /** Removes every code expired at {@code now}; returns how many. */
    int removeExpired(Instant now);
}
