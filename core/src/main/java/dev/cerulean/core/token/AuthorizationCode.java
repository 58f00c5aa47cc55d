package dev.cerulean.core.token;

import dev.cerulean.core.account.Caller;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An authorization code as stored: {@code hash} is the SHA-256 of the code (hex). Single-use and
 * short-lived; bound to the client, the redirect URI and the PKCE S256 challenge of the request
 * that obtained it ({@code codeChallenge} null when the client sent none), and to the nonce to
 * echo in the id token.
 */
public record AuthorizationCode(
        String hash,
        Caller caller,
        UUID clientId,
        String redirectUri,
        String codeChallenge,
        String nonce,
        List<String> scopes,
        Instant expiresAt) {
    public AuthorizationCode {
        scopes = List.copyOf(scopes);
    }
}
