package dev.cerulean.core.token;

import dev.cerulean.core.account.Caller;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A refresh token as stored: {@code hash} is the SHA-256 of the token (hex), never the token.
 * It is issued to {@code clientId} for {@code caller} and the {@code scopes} granted, and is
 * used once: redeeming it revokes it and issues a new one (rotation). Every token rotated from the
 * same sign-in (or authorization code) shares its {@code family}: presenting a used token again
 * revokes the whole family (OAuth 2.0 Security BCP, RFC 9700 §4.14.2), as someone holds a copy.
 */
public record RefreshToken(
        String hash,
        Caller caller,
        UUID clientId,
        List<String> scopes,
        Instant issuedAt,
        Instant expiresAt,
        Instant revokedAt,
        String family) {
    public RefreshToken {
        scopes = List.copyOf(scopes);
        if (family == null) family = hash;
    }

    /** A token that starts its own family. */
    public RefreshToken(
            String hash,
            Caller caller,
            UUID clientId,
            List<String> scopes,
            Instant issuedAt,
            Instant expiresAt,
            Instant revokedAt) {
        this(hash, caller, clientId, scopes, issuedAt, expiresAt, revokedAt, hash);
    }

    public boolean liveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
