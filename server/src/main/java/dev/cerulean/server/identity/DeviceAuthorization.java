package dev.cerulean.server.identity;

import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.token.DeviceCode;
import dev.cerulean.core.token.DeviceCodes;
import dev.cerulean.core.token.TokenHash;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /{tenant}/oauth2/v2.0/devicecode}: starts a device-code sign-in. The device code
 * (what the client polls with) is 32 random bytes, stored hashed; the user code is nine
 * characters from an alphabet without look-alikes, as short as Microsoft's.
 */
public final class DeviceAuthorization {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String USER_CODE_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ23456789";

    private final Transactions transactions;
    private final DeviceCodes codes;
    private final Clients clients;
    private final ResourceScopes resources;
    private final Clock clock;
    private final IdentitySettings settings;

    public DeviceAuthorization(
            Transactions transactions,
            DeviceCodes codes,
            Clients clients,
            ResourceScopes resources,
            Clock clock,
            IdentitySettings settings) {
        this.transactions = transactions;
        this.codes = codes;
        this.clients = clients;
        this.resources = resources;
        this.clock = clock;
        this.settings = settings;
    }

    public Map<String, Object> start(TokenRequest request) {
        Clients.Client client = clients.require(request.param("client_id"));
        RequestedScopes scopes = resources.parse(request.param("scope"), request.origin(), true);
        Instant now = clock.instant();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String deviceCode =
                "DAQABAAEAAAD" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String userCode = transactions.inTransaction(() -> {
            for (int attempt = 0; ; attempt++) {
                String candidate = userCode();
                if (codes.byUserCode(candidate).isEmpty() || attempt > 5) {
                    codes.add(new DeviceCode(
                            TokenHash.of(deviceCode),
                            candidate,
                            client.clientId(),
                            request.tenant().segment(),
                            scopes.all(),
                            now,
                            now.plus(settings.deviceCodeLifetime()),
                            settings.deviceCodeIntervalSeconds(),
                            DeviceCode.State.Pending,
                            null));
                    return candidate;
                }
            }
        });
        String verificationUri = request.origin() + "/devicelogin";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user_code", userCode);
        body.put("device_code", deviceCode);
        body.put("verification_uri", verificationUri);
        body.put("expires_in", settings.deviceCodeLifetime().toSeconds());
        body.put("interval", settings.deviceCodeIntervalSeconds());
        body.put(
                "message",
                "To sign in, use a web browser to open the page " + verificationUri + " and enter the code " + userCode
                        + " to authenticate.");
        return body;
    }

    private static String userCode() {
        StringBuilder s = new StringBuilder(9);
        for (int i = 0; i < 9; i++) s.append(USER_CODE_ALPHABET.charAt(RANDOM.nextInt(USER_CODE_ALPHABET.length())));
        return s.toString();
    }
}
