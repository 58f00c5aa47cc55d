package dev.cerulean.server.identity;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.token.RefreshToken;
import dev.cerulean.core.token.RefreshTokens;
import dev.cerulean.core.token.TokenHash;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Issues the token responses of every grant: for apps an access token; for people an access
 * token, an id token, {@code client_info} and (with {@code offline_access}) a new refresh token,
 * stored only as its hash.
 */
public final class TokenIssuer {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Transactions transactions;
    private final RefreshTokens refreshTokens;
    private final Subjects subjects;
    private final TokenClaims claims;
    private final TokenSigner signer;
    private final Clock clock;
    private final IdentitySettings settings;

    public TokenIssuer(
            Transactions transactions,
            RefreshTokens refreshTokens,
            Subjects subjects,
            TokenClaims claims,
            TokenSigner signer,
            Clock clock,
            IdentitySettings settings) {
        this.transactions = transactions;
        this.refreshTokens = refreshTokens;
        this.subjects = subjects;
        this.claims = claims;
        this.signer = signer;
        this.clock = clock;
        this.settings = settings;
    }

    /** The client-credentials response: an access token for the app itself. */
    public Map<String, Object> forApp(AppRegistration app, RequestedScopes scopes, String origin) {
        Subject subject = subjects.forAppWithGroups(app);
        Instant now = clock.instant();
        String access = signer.sign(
                claims.accessToken(subject, scopes, app.clientId(), true, origin, now, settings.accessTokenLifetime()),
                subject.tenant());
        Map<String, Object> body = common(scopes, false);
        body.put("access_token", access);
        return body;
    }

    /** A user flow's response, for {@code caller} signed in to {@code clientId}; a new refresh-token family. */
    public Map<String, Object> forPerson(
            Caller caller,
            UUID clientId,
            boolean clientAuthenticated,
            RequestedScopes scopes,
            String nonce,
            String origin) {
        return forPerson(caller, clientId, clientAuthenticated, scopes, nonce, origin, null);
    }

    /** As {@link #forPerson(Caller, UUID, boolean, RequestedScopes, String, String)}, the refresh token in {@code family} (null: a new one). */
    public Map<String, Object> forPerson(
            Caller caller,
            UUID clientId,
            boolean clientAuthenticated,
            RequestedScopes scopes,
            String nonce,
            String origin,
            String family) {
        Subject subject = subjects.forPerson(caller, clientId);
        Instant now = clock.instant();
        String access = signer.sign(
                claims.accessToken(
                        subject, scopes, clientId, clientAuthenticated, origin, now, settings.accessTokenLifetime()),
                subject.tenant());
        String id = signer.sign(
                claims.idToken(subject, clientId, nonce, origin, now, settings.accessTokenLifetime()),
                subject.tenant());
        Map<String, Object> body = common(scopes, true);
        body.put("access_token", access);
        if (scopes.oidcScopes().contains("offline_access")) {
            body.put("refresh_token", newRefreshToken(caller, clientId, scopes, now, family));
        }
        body.put("id_token", id);
        body.put("client_info", claims.clientInfo(subject));
        return body;
    }

    private String newRefreshToken(Caller caller, UUID clientId, RequestedScopes scopes, Instant now, String family) {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        String value = "1.C" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        transactions.inTransaction(() -> {
            refreshTokens.add(new RefreshToken(
                    TokenHash.of(value),
                    caller,
                    clientId,
                    scopes.all(),
                    now,
                    now.plus(settings.refreshTokenLifetime()),
                    null,
                    family));
            return null;
        });
        return value;
    }

    private Map<String, Object> common(RequestedScopes scopes, boolean userFlow) {
        long seconds = settings.accessTokenLifetime().toSeconds();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token_type", "Bearer");
        body.put("scope", scopes.responseScope(userFlow));
        body.put("expires_in", seconds);
        body.put("ext_expires_in", seconds);
        return body;
    }
}
