package dev.cerulean.server.identity;

import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.token.DeviceCode;
import dev.cerulean.core.token.DeviceCodes;
import dev.cerulean.core.token.TokenHash;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * {@code urn:ietf:params:oauth:grant-type:device_code}: the client polls with its device code;
 * {@code authorization_pending} until the person approves at the verification page, then the
 * tokens, once; {@code access_denied} when the person declined, {@code expired_token} after expiry.
 */
final class DeviceCodeGrant implements GrantHandler {
    private final Transactions transactions;
    private final DeviceCodes codes;
    private final Clients clients;
    private final ResourceScopes resources;
    private final TokenIssuer issuer;
    private final Clock clock;

    DeviceCodeGrant(
            Transactions transactions,
            DeviceCodes codes,
            Clients clients,
            ResourceScopes resources,
            TokenIssuer issuer,
            Clock clock) {
        this.transactions = transactions;
        this.codes = codes;
        this.clients = clients;
        this.resources = resources;
        this.issuer = issuer;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> grant(TokenRequest request) {
        PersonalClient client = PersonalClient.of(clients, request);
        String value = request.param("device_code") != null ? request.param("device_code") : request.param("code");
        if (value == null) throw OAuthError.missing("device_code");
        String hash = TokenHash.of(value);
        Optional<DeviceCode> found = codes.byHash(hash);
        if (found.isEmpty() || !found.get().clientId().equals(client.client().clientId())) {
            throw OAuthError.invalidGrant(70000, "The provided device code is not valid for this client.");
        }
        DeviceCode code = found.get();
        Instant now = clock.instant();
        if (code.expiredAt(now)) {
            throw new OAuthError(400, "expired_token", 70019, "Verification code expired.");
        }
        Optional<Instant> previous = transactions.inTransaction(() -> codes.polled(hash, now));
        if (code.state() == DeviceCode.State.Pending
                && previous.isPresent()
                && now.isBefore(previous.get().plusSeconds(code.intervalSeconds()))) {
            // RFC 8628 3.5: polled sooner than the interval; the client adds 5 s to its interval
            throw new OAuthError(
                    400,
                    "slow_down",
                    70016,
                    "OAuth 2.0 device flow error. Polling faster than every " + code.intervalSeconds()
                            + " seconds: slow down.");
        }
        switch (code.state()) {
            case Pending ->
                throw new OAuthError(
                        400,
                        "authorization_pending",
                        70016,
                        "OAuth 2.0 device flow error. Authorization is pending. Continue polling.");
            case Denied ->
                throw new OAuthError(400, "access_denied", 70000, "The user denied the authentication request.");
            case Approved -> {
                // the one poll that takes the approved code gets the tokens
                Optional<DeviceCode> taken = transactions.inTransaction(() -> codes.take(hash));
                if (taken.isEmpty()) throw OAuthError.invalidGrant(70000, "The device code was already redeemed.");
                RequestedScopes scopes = resources.parseStored(code.scopes(), request.origin());
                return issuer.forPerson(
                        code.approvedBy(), code.clientId(), client.authenticated(), scopes, null, request.origin());
            }
            default -> throw new IllegalStateException(code.state().name());
        }
    }
}
