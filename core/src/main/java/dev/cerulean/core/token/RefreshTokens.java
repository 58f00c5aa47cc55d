package dev.cerulean.core.token;

import java.time.Instant;
import java.util.Optional;

/** Port: refresh tokens, by the hash of their value. */
public interface RefreshTokens {
    void add(RefreshToken token);

    Optional<RefreshToken> byHash(String hash);

    /**
     * Revokes the token if it is not revoked yet; true only for the one caller that revoked it,
     * so that two concurrent redemptions of one token cannot both succeed.
     */
    boolean revoke(String hash, Instant at);

    /** Revokes every token of {@code family} not revoked yet; how many. */
    int revokeFamily(String family, Instant at);

    /** Removes every token expired at {@code now}; returns how many. */
    int removeExpired(Instant now);
}
