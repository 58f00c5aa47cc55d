package dev.cerulean.server.identity;

import static dev.cerulean.server.identity.IdentityServer.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.server.testing.TestReply;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClientCredentialsTest {
    private static final String DEMO = Worlds.DEMO_AUTOMATION_CLIENT.toString();
    private static final String CONTOSO_APP = Worlds.CONTOSO_AUTOMATION_CLIENT.toString();
    private static final String ARM = "https://management.core.windows.net//.default";
    private final IdentityServer s = new IdentityServer();

    @AfterEach
    void stop() {
        s.close();
    }

    private TestReply token(String tenant, String... pairs) throws Exception {
        return s.post("/" + tenant + "/oauth2/v2.0/token", form(pairs));
    }

    @Test
    void aSecretInTheBodyGetsAV1ShapedArmToken() throws Exception {
        var reply = token(
                Worlds.DEFAULT_DIRECTORY.toString(),
                "grant_type",
                "client_credentials",
                "client_id",
                DEMO,
                "client_secret",
                DemoWorld.DEMO_AUTOMATION_SECRET,
                "scope",
                ARM);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("token_type").asText()).isEqualTo("Bearer");
        assertThat(reply.json().path("expires_in").asInt()).isEqualTo(3600);
        assertThat(reply.json().path("ext_expires_in").asInt()).isEqualTo(3600);
        assertThat(reply.json().has("refresh_token")).isFalse();
        assertThat(reply.raw().headers().firstValue("Cache-Control")).contains("no-store");
        JWTClaimsSet claims = reply.claims("access_token");
        assertThat(claims.getAudience()).containsExactly("https://management.core.windows.net/");
        assertThat(claims.getIssuer()).isEqualTo(s.base + "/" + Worlds.DEFAULT_DIRECTORY + "/");
        assertThat(claims.getStringClaim("tid")).isEqualTo(Worlds.DEFAULT_DIRECTORY.toString());
        assertThat(claims.getStringClaim("oid")).isEqualTo(Worlds.DEMO_AUTOMATION_SP.toString());
        assertThat(claims.getSubject()).isEqualTo(Worlds.DEMO_AUTOMATION_SP.toString());
        assertThat(claims.getStringClaim("appid")).isEqualTo(DEMO);
        assertThat(claims.getStringClaim("idtyp")).isEqualTo("app");
        assertThat(claims.getClaim("scp")).isNull();
        assertThat(claims.getIssueTime()).isEqualTo(claims.getNotBeforeTime());
    }

    @Test
    void basicAuthenticationWorksAndTheTenantMayBeADomainInAnyCase() throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString(
                        (CONTOSO_APP + ":" + DemoWorld.CONTOSO_AUTOMATION_SECRET).getBytes(StandardCharsets.UTF_8));
        var reply = s.post(
                "/Contoso.OnMicrosoft.com/oauth2/v2.0/token",
                form("grant_type", "client_credentials", "scope", "https://graph.microsoft.com/.default"),
                "Authorization",
                "Basic " + basic);

        assertThat(reply.status()).isEqualTo(200);
        JWTClaimsSet claims = reply.claims("access_token");
        assertThat(claims.getAudience()).containsExactly("https://graph.microsoft.com");
        assertThat(claims.getStringListClaim("roles")).containsExactly("Directory.ReadWrite.All");
        assertThat(claims.getStringClaim("tid")).isEqualTo(Worlds.CONTOSO.toString());
    }

    @Test
    void aTokenVerifiesWithThePublishedKeys() throws Exception {
        var reply = token(
                Worlds.DEFAULT_DIRECTORY.toString(),
                "grant_type",
                "client_credentials",
                "client_id",
                DEMO,
                "client_secret",
                DemoWorld.DEMO_AUTOMATION_SECRET,
                "scope",
                "https://management.azure.com/.default");
        var jwks = s.get("/" + Worlds.DEFAULT_DIRECTORY + "/discovery/v2.0/keys");
        var common = s.get("/common/discovery/keys");

        String kid = com.nimbusds.jwt.SignedJWT.parse(
                        reply.json().path("access_token").asText())
                .getHeader()
                .getKeyID();
        assertThat(jwks.json().path("keys").findValuesAsText("kid")).containsExactly(kid);
        assertThat(common.json().path("keys").findValuesAsText("kid")).contains(kid);
        assertThat(jwks.json().toString()).doesNotContain("\"d\"");
        var verified = s.server
                .identity()
                .verifier()
                .verifyArm(reply.json().path("access_token").asText(), s.base, Worlds.DEFAULT_DIRECTORY);
        assertThat(verified.caller()).isEqualTo(new Worlds.KelleyWall(s.ports).demoAutomation());
    }

    @Test
    void aWrongSecretIsInvalidClientWith401AndTheFullErrorShape() throws Exception {
        var reply = token(
                Worlds.DEFAULT_DIRECTORY.toString(),
                "grant_type",
                "client_credentials",
                "client_id",
                DEMO,
                "client_secret",
                "wrong",
                "scope",
                ARM);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.error()).isEqualTo("invalid_client");
        assertThat(reply.json().path("error_codes").get(0).asInt()).isEqualTo(7000215);
        assertThat(reply.json().path("error_description").asText()).startsWith("AADSTS7000215:");
        assertThat(reply.json().path("trace_id").asText()).isNotEmpty();
        assertThat(reply.json().path("correlation_id").asText()).isNotEmpty();
        assertThat(reply.json().path("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ");
    }

    @Test
    void aRightSecretAfterAWrongOneStillWorksAndIsRemembered() throws Exception {
        token(
                Worlds.DEFAULT_DIRECTORY.toString(),
                "grant_type",
                "client_credentials",
                "client_id",
                DEMO,
                "client_secret",
                "wrong",
                "scope",
                ARM);
        for (int i = 0; i < 3; i++) {
            var reply = token(
                    Worlds.DEFAULT_DIRECTORY.toString(),
                    "grant_type",
                    "client_credentials",
                    "client_id",
                    DEMO,
                    "client_secret",
                    DemoWorld.DEMO_AUTOMATION_SECRET,
                    "scope",
                    ARM);
            assertThat(reply.status()).isEqualTo(200);
        }
    }

    @Test
    void anUnknownGrantIsUnsupportedGrantType() throws Exception {
        var reply = token("common", "grant_type", "urn:example:magic", "client_id", DEMO);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("unsupported_grant_type");
        assertThat(reply.json().path("error_codes").get(0).asInt()).isEqualTo(70003);
    }

    @Test
    void missingParametersAreInvalidRequest() throws Exception {
        assertThat(token(Worlds.DEFAULT_DIRECTORY.toString(), "client_id", DEMO).error())
                .isEqualTo("invalid_request");
        var noScope = token(
                Worlds.DEFAULT_DIRECTORY.toString(),
                "grant_type",
                "client_credentials",
                "client_id",
                DEMO,
                "client_secret",
                DemoWorld.DEMO_AUTOMATION_SECRET);
        assertThat(noScope.status()).isEqualTo(400);
        assertThat(noScope.error()).isEqualTo("invalid_request");
        assertThat(noScope.json().path("error_description").asText()).contains("'scope'");
        var noClient = token(Worlds.DEFAULT_DIRECTORY.toString(), "grant_type", "client_credentials", "scope", ARM);
        assertThat(noClient.error()).isEqualTo("invalid_request");
    }

    @Test
    void aBodyThatIsNotAFormIsInvalidRequestNotAServerError() throws Exception {
        var reply = s.post("/common/oauth2/v2.0/token", form(), "Content-Type", "application/json");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("invalid_request");
    }

    @Test
    void anUnknownTenantAnAppOfAnotherTenantAndTheAliasesAreRefused() throws Exception {
        var unknown = token(
                "nowhere.onmicrosoft.com",
                "grant_type",
                "client_credentials",
                "client_id",
                DEMO,
                "client_secret",
                DemoWorld.DEMO_AUTOMATION_SECRET,
                "scope",
                ARM);
        var elsewhere = token(
                Worlds.CONTOSO.toString(),
                "grant_type",
                "client_credentials",
                "client_id",
                DEMO,
                "client_secret",
                DemoWorld.DEMO_AUTOMATION_SECRET,
                "scope",
                ARM);
        var common = token(
                "common",
                "grant_type",
                "client_credentials",
                "client_id",
                DEMO,
                "client_secret",
                DemoWorld.DEMO_AUTOMATION_SECRET,
                "scope",
                ARM);

        assertThat(unknown.json().path("error_codes").get(0).asInt()).isEqualTo(90002);
        assertThat(elsewhere.error()).isEqualTo("unauthorized_client");
        assertThat(common.error()).isEqualTo("invalid_request");
    }

    @Test
    void scopesMustBeOneResourcesDefault() throws Exception {
        var named = token(
                Worlds.DEFAULT_DIRECTORY.toString(),
                "grant_type",
                "client_credentials",
                "client_id",
                DEMO,
                "client_secret",
                DemoWorld.DEMO_AUTOMATION_SECRET,
                "scope",
                "User.Read");
        var two = token(
                Worlds.DEFAULT_DIRECTORY.toString(),
                "grant_type",
                "client_credentials",
                "client_id",
                DEMO,
                "client_secret",
                DemoWorld.DEMO_AUTOMATION_SECRET,
                "scope",
                ARM + " https://graph.microsoft.com/.default");
        var unknown = token(
                Worlds.DEFAULT_DIRECTORY.toString(),
                "grant_type",
                "client_credentials",
                "client_id",
                DEMO,
                "client_secret",
                DemoWorld.DEMO_AUTOMATION_SECRET,
                "scope",
                "https://vault.azure.net/.default");

        assertThat(named.error()).isEqualTo("invalid_scope");
        assertThat(two.error()).isEqualTo("invalid_scope");
        assertThat(unknown.error()).isEqualTo("invalid_resource");
    }

    @Test
    void theV1EndpointTakesAResource() throws Exception {
        var reply = s.post(
                "/" + Worlds.DEFAULT_DIRECTORY + "/oauth2/token",
                form(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        DEMO,
                        "client_secret",
                        DemoWorld.DEMO_AUTOMATION_SECRET,
                        "resource",
                        "https://management.core.windows.net/"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.claims("access_token").getAudience()).containsExactly("https://management.core.windows.net/");
    }

    @Test
    void wrongSecretsAreThrottledAfterTenWithoutHashingMore() throws Exception {
        int refusedAsInvalid = 0;
        TestReply last = null;
        for (int i = 0; i < 30; i++) {
            last = token(
                    Worlds.DEFAULT_DIRECTORY.toString(),
                    "grant_type",
                    "client_credentials",
                    "client_id",
                    DEMO,
                    "client_secret",
                    "wrong-secret-" + i,
                    "scope",
                    ARM);
            if (last.status() == 401) refusedAsInvalid++;
        }
        var right = token(
                Worlds.DEFAULT_DIRECTORY.toString(),
                "grant_type",
                "client_credentials",
                "client_id",
                DEMO,
                "client_secret",
                DemoWorld.DEMO_AUTOMATION_SECRET,
                "scope",
                ARM);

        assertThat(refusedAsInvalid).as("only the first ten are checked").isEqualTo(10);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.error()).isEqualTo("temporarily_unavailable");
        assertThat(last.json().path("error_codes").get(0).asInt()).isEqualTo(50196);
        assertThat(last.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(right.status())
                .as("from the flooding address, during the lockout")
                .isEqualTo(429);

        s.clock.advance(java.time.Duration.ofSeconds(61));
        assertThat(token(
                                Worlds.DEFAULT_DIRECTORY.toString(),
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                DEMO,
                                "client_secret",
                                DemoWorld.DEMO_AUTOMATION_SECRET,
                                "scope",
                                ARM)
                        .status())
                .isEqualTo(200);
    }
}
