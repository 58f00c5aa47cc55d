package dev.cerulean.server.arm;

import static dev.cerulean.server.arm.ArmAuthorizationMatrixTest.Op.*;
import static dev.cerulean.server.arm.MatrixServer.DEFAULT;
import static dev.cerulean.server.arm.MatrixServer.GRANTEE;
import static dev.cerulean.server.arm.MatrixServer.RA;
import static dev.cerulean.server.arm.MatrixServer.RG_WEB;
import static dev.cerulean.server.arm.MatrixServer.SUB;
import static dev.cerulean.server.arm.MatrixServer.b64;
import static dev.cerulean.server.arm.MatrixServer.bearer;
import static dev.cerulean.server.arm.MatrixServer.upn;
import static dev.cerulean.server.testing.TestTokens.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.arm.MatrixServer.Caller;
import dev.cerulean.server.arm.MatrixServer.Snapshot;
import dev.cerulean.server.testing.TestReply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The tokens that must never get in to ARM, with the matrix's real server and tokens: of another
 * audience, an id token, expired, tampered, signed with another tenant's key, none at all. Each is
 * a 401 with ARM's code and a challenge naming where to get a token, and changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArmTokenRefusalsTest {
    private MatrixServer server;

    @BeforeAll
    void start() throws Exception {
        server = new MatrixServer();
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    // --- tokens that never get in ---------------------------------------------------------------

    @Test
    void aGraphTokenOnArmIsInvalidAuthenticationTokenAudience() throws Exception {
        String graph = server.token(
                DEFAULT.toString(),
                fields(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        Worlds.DEMO_AUTOMATION_CLIENT.toString(),
                        "client_secret",
                        dev.cerulean.core.world.DemoWorld.DEMO_AUTOMATION_SECRET,
                        "scope",
                        "https://graph.microsoft.com/.default"));
        String ownerGraph = server.token(
                DEFAULT.toString(),
                fields(
                        "grant_type",
                        "password",
                        "client_id",
                        MatrixServer.CLI,
                        "username",
                        upn(Caller.OWNER_SUB),
                        "password",
                        Worlds.PASSWORD,
                        "scope",
                        "https://graph.microsoft.com/.default"));

        assertRefused(bearer(graph), 401, "InvalidAuthenticationTokenAudience");
        assertRefused(bearer(ownerGraph), 401, "InvalidAuthenticationTokenAudience");
    }

    @Test
    void anIdTokenIsNoAccessToken() throws Exception {
        String idToken = server.tokenReply(
                        DEFAULT.toString(),
                        fields(
                                "grant_type",
                                "password",
                                "client_id",
                                MatrixServer.CLI,
                                "username",
                                upn(Caller.OWNER_SUB),
                                "password",
                                Worlds.PASSWORD,
                                "scope",
                                "https://management.core.windows.net//.default openid profile"))
                .path("id_token")
                .asText();

        assertThat(idToken).isNotEmpty();
        assertRefused(bearer(idToken), 401, "InvalidAuthenticationTokenAudience");
    }

    @Test
    void anExpiredTokenIsExpiredAuthenticationToken() throws Exception {
        Instant past = Worlds.NOW.minus(Duration.ofHours(3));
        JWTClaimsSet expired = new JWTClaimsSet.Builder(server.claimsOf(Caller.OWNER_SUB))
                .issueTime(Date.from(past))
                .notBeforeTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofHours(1))))
                .build();

        String resigned = server.signer().sign(server.claimsOf(Caller.OWNER_SUB), DEFAULT);

        assertThat(server.sendRaw(bearer(resigned), "GET", SUB, null).status())
                .as("the same claims, unexpired")
                .isEqualTo(200);
        assertRefused(bearer(server.signer().sign(expired, DEFAULT)), 401, "ExpiredAuthenticationToken");
    }

    @Test
    void aTamperedTokenIsRefused() throws Exception {
        String[] parts = server.tokenOf(Caller.READER_SUB).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String owner = upn(Caller.OWNER_SUB);
        // the reader claims to be the owner; and, separately, one character of the payload flipped
        String elevated = payload.replace(
                        server.claimsOf(Caller.READER_SUB).getStringClaim("oid"),
                        server.claimsOf(Caller.OWNER_SUB).getStringClaim("oid"))
                .replace(upn(Caller.READER_SUB), owner);
        char[] flipped = parts[1].toCharArray();
        flipped[flipped.length / 2] = flipped[flipped.length / 2] == 'A' ? 'B' : 'A';

        assertThat(elevated).isNotEqualTo(payload);
        assertRefused(bearer(parts[0] + "." + b64(elevated) + "." + parts[2]), 401, "InvalidAuthenticationToken");
        assertRefused(bearer(parts[0] + "." + new String(flipped) + "." + parts[2]), 401, null);
        assertRefused(
                bearer(parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 4) + "AAAA"),
                401,
                "InvalidAuthenticationToken");
    }

    @Test
    void aTokenSignedWithAnotherTenantsKeyOrNamingAnotherTenantIsRefused() throws Exception {
        JWTClaimsSet owner = server.claimsOf(Caller.OWNER_SUB);
        String[] parts = server.tokenOf(Caller.OWNER_SUB).split("\\.");
        String otherTid = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(DEFAULT.toString(), Worlds.CONTOSO.toString());

        // the Default Directory owner's claims, signed with Contoso's (published, valid) key
        assertRefused(bearer(server.signer().sign(owner, Worlds.CONTOSO)), 401, "InvalidAuthenticationToken");
        // the same token with tid (and issuer) rewritten to Contoso: the signature no longer fits
        assertRefused(bearer(parts[0] + "." + b64(otherTid) + "." + parts[2]), 401, "InvalidAuthenticationToken");
        // a Contoso token re-signed so that it is valid for Contoso: still the wrong tenant for this subscription
        assertRefused(bearer(server.tokenOf(Caller.OTHER_DIRECTORY_USER)), 401, "InvalidAuthenticationTokenTenant");
    }

    @Test
    void noTokenOrNotABearerIsRefusedWithAChallenge() throws Exception {
        assertRefused(null, 401, "AuthenticationFailed");
        assertRefused("Basic a2VsbGV5OnB3", 401, "AuthenticationFailed");
        assertRefused(bearer("not-a-jwt"), 401, "AuthenticationFailed");
    }

    private void assertRefused(String authorization, int status, String code) throws Exception {
        Snapshot before = server.snapshot();
        for (var request : List.of(
                new String[] {"GET", SUB + "?api-version=2022-12-01", null},
                new String[] {
                    "PUT", SUB + "/resourcegroups/rg-forged?api-version=2024-03-01", "{\"location\":\"westeurope\"}"
                },
                new String[] {
                    "PUT",
                    RG_WEB + RA + "/" + UUID.randomUUID() + "?api-version=2022-04-01",
                    "{\"properties\":{\"roleDefinitionId\":\"" + SUB
                            + "/providers/Microsoft.Authorization/roleDefinitions/" + BuiltInRoles.OWNER.id()
                            + "\",\"principalId\":\"" + GRANTEE + "\"}}"
                })) {
            TestReply r = server.sendRaw(authorization, request[0], request[1], request[2]);
            assertThat(r.status())
                    .as("%s %s: %s", request[0], request[1], r.body())
                    .isEqualTo(status);
            if (code != null) assertThat(r.errorCode()).as(r.body()).isEqualTo(code);
            assertThat(r.errorCode()).isNotEmpty();
            assertThat(r.header("WWW-Authenticate"))
                    .as("the challenge names where to get a token")
                    .isEqualTo(
                            "Bearer authorization_uri=\"" + server.base + "/" + DEFAULT
                                    + "\", error=\"invalid_token\", "
                                    + "error_description=\"The authentication failed because of missing 'Authorization' header or an invalid token.\"");
        }
        assertThat(server.snapshot()).isEqualTo(before);
    }
}
