package dev.cerulean.server.identity;

import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.token.AuthorizationCode;
import dev.cerulean.core.token.AuthorizationCodes;
import dev.cerulean.core.token.RefreshTokens;
import dev.cerulean.core.token.TokenHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * {@code authorization_code}: redeems a code from the authorize endpoint, once, before it expires,
 * by the client it was issued to, with the same redirect URI, and with the PKCE verifier whose
 * S256 hash is the challenge sent at authorize. A code obtained without PKCE is redeemed only by
 * a client that authenticates with its secret.
 */
final class AuthorizationCodeGrant implements GrantHandler {
    private final Transactions transactions;
    private final AuthorizationCodes codes;
    private final RefreshTokens refreshTokens;
    private final Clients clients;
    private final ResourceScopes resources;
    private final TokenIssuer issuer;
    private final Clock clock;

    AuthorizationCodeGrant(
            Transactions transactions,
            AuthorizationCodes codes,
            RefreshTokens refreshTokens,
            Clients clients,
            ResourceScopes resources,
            TokenIssuer issuer,
            Clock clock) {
        this.transactions = transactions;
        this.codes = codes;
        this.refreshTokens = refreshTokens;
        this.clients = clients;
        this.resources = resources;
        this.issuer = issuer;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> grant(TokenRequest request) {
        PersonalClient client = PersonalClient.of(clients, request);
        String value = request.required("code");
        String redirectUri = request.required("redirect_uri");
        String verifier = request.param("code_verifier");
        String codeHash = TokenHash.of(value);
        // the refresh tokens a code leads to form one family, named after the code
        String family = "code:" + codeHash;
        Optional<AuthorizationCode> taken = transactions.inTransaction(() -> codes.take(codeHash));
        if (taken.isEmpty()) {
            // redeemed before (or never issued): what the first redemption issued is revoked (RFC 9700 4.2.4)
            transactions.inTransaction(() -> refreshTokens.revokeFamily(family, clock.instant()));
            throw OAuthError.invalidGrant(
                    54005,
                    "OAuth2 Authorization code was already redeemed, please retry with a "
                            + "new valid code or use an existing refresh token.");
        }
        AuthorizationCode code = taken.get();
        if (!clock.instant().isBefore(code.expiresAt())) {
            throw OAuthError.invalidGrant(70008, "The provided authorization code or refresh token has expired.");
        }
        if (!code.clientId().equals(client.client().clientId())) {
            throw OAuthError.invalidGrant(70002, "The authorization code was issued to another client.");
        }
        if (!code.redirectUri().equals(redirectUri)) {
            throw OAuthError.invalidGrant(
                    500112,
                    "The reply address '" + redirectUri + "' does not match the reply "
                            + "address of the authorization request.");
        }
        if (code.codeChallenge() != null) {
            if (verifier == null) throw OAuthError.missing("code_verifier");
            if (!matches(verifier, code.codeChallenge())) {
                throw OAuthError.invalidGrant(
                        501481,
                        "The Code_Verifier does not match the code_challenge supplied in "
                                + "the authorization request.");
            }
        } else if (!client.authenticated()) {
            throw OAuthError.invalidRequest(
                    9002325,
                    "Proof Key for Code Exchange is required for cross-origin "
                            + "authorization code redemption by public clients.");
        }
        RequestedScopes scopes = resources.parseStored(code.scopes(), request.origin());
        return issuer.forPerson(
                code.caller(), code.clientId(), client.authenticated(), scopes, code.nonce(), request.origin(), family);
    }

    private static boolean matches(String verifier, String challenge) {
        String computed;
        try {
            computed = CodeChallenge.compute(CodeChallengeMethod.S256, new CodeVerifier(verifier))
                    .getValue();
        } catch (IllegalArgumentException e) {
            return false; // not a valid verifier (length, characters)
        }
        return MessageDigest.isEqual(
                computed.getBytes(StandardCharsets.US_ASCII), challenge.getBytes(StandardCharsets.US_ASCII));
    }
}
