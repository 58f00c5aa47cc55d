package dev.cerulean.server.identity;

import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.token.RefreshToken;
import dev.cerulean.core.token.RefreshTokens;
import dev.cerulean.core.token.TokenHash;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * {@code refresh_token}: redeems a refresh token once. The used token is revoked and a new one
 * issued (rotation); a token presented again, expired, or issued to another client is refused.
 * The new access token may be for another resource than the first (as Microsoft's refresh tokens
 * are); without {@code scope} the original scopes are used.
 */
final class RefreshTokenGrant implements GrantHandler {
    private final Transactions transactions;
    private final RefreshTokens tokens;
    private final Clients clients;
    private final ResourceScopes resources;
    private final TokenIssuer issuer;
    private final Clock clock;

    RefreshTokenGrant(
            Transactions transactions,
            RefreshTokens tokens,
            Clients clients,
            ResourceScopes resources,
            TokenIssuer issuer,
            Clock clock) {
        this.transactions = transactions;
        this.tokens = tokens;
        this.clients = clients;
        this.resources = resources;
        this.issuer = issuer;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> grant(TokenRequest request) {
        PersonalClient client = PersonalClient.of(clients, request);
        String value = request.required("refresh_token");
        String hash = TokenHash.of(value);
        Instant now = clock.instant();
        Optional<RefreshToken> found = tokens.byHash(hash);
        if (found.isEmpty() || !found.get().clientId().equals(client.client().clientId())) {
            throw OAuthError.invalidGrant(
                    9002313,
                    "Invalid request. Request is malformed or invalid: the refresh token "
                            + "is not valid for this client.");
        }
        RefreshToken token = found.get();
        if (!now.isBefore(token.expiresAt())) {
            throw OAuthError.invalidGrant(700082, "The refresh token has expired due to inactivity.");
        }
        if (token.revokedAt() != null || !transactions.inTransaction(() -> tokens.revoke(hash, now))) {
            // a used token presented again: someone holds a copy, so every token rotated from it goes (RFC 9700 4.14.2)
            transactions.inTransaction(() -> tokens.revokeFamily(token.family(), now));
            throw OAuthError.invalidGrant(
                    70008,
                    "The provided authorization code or refresh token has expired due to "
                            + "inactivity or has been revoked (it was already used; every token rotated from it is revoked).");
        }
        RequestedScopes scopes = request.param("scope") != null
                ? resources.parse(request.param("scope"), request.origin(), true)
                : resources.parseStored(token.scopes(), request.origin());
        if (!scopes.oidcScopes().contains("offline_access")) {
            // the client asked for a rotation: it keeps a refresh token, as Microsoft always returns one here
            scopes = new RequestedScopes(
                    scopes.resource(), scopes.resourceScopes(), union(scopes.oidcScopes(), "offline_access"));
        }
        return issuer.forPerson(
                token.caller(),
                token.clientId(),
                client.authenticated(),
                scopes,
                null,
                request.origin(),
                token.family());
    }

    private static java.util.Set<String> union(java.util.Set<String> set, String extra) {
        java.util.Set<String> all = new java.util.HashSet<>(set);
        all.add(extra);
        return all;
    }
}
