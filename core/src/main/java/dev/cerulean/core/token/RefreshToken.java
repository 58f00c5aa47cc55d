package dev.cerulean.core.token;

import dev.cerulean.core.account.Caller;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A refresh token as stored: {@code hash} is the SHA-256 of the token (hex), never the token.
 * It is issued to {@code clientId} for {@code caller} and the {@code scopes} granted, and is
 * used once: redeeming it revokes it and issues a new one (rotation).
 */
public record RefreshToken(String hash, Caller caller, UUID clientId, List<String> scopes, Instant issuedAt,
                           Instant expiresAt, Instant revokedAt) {
    public RefreshToken {
        scopes = List.copyOf(scopes);
    }

    public boolean liveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
