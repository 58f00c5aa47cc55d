package dev.cerulean.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.cerulean.core.UseCases;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.CreateRoleAssignment;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.resource.PutResource;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.server.testing.TestHttp;
import dev.cerulean.server.testing.TestReply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The App Service-style managed-identity endpoint: tokens of an identity that ARM accepts. */
class ManagedIdentityTokenTest {
    private static final ResourceId ID_WEB =
            ResourceId.of(Worlds.SUBSCRIPTION, "rg-web", Resource.USER_ASSIGNED_IDENTITY, "id-web");
    private static final String ARM = "https://management.core.windows.net/";
    private final IdentityServer s = new IdentityServer();
    private final UseCases uses = Worlds.useCases(s.ports);
    private final Caller kelley = new Worlds.KelleyWall(s.ports).kelleyMsaInDefault();

    @AfterEach
    void stop() {
        s.close();
    }

    private Resource identity() {
        return uses.resource()
                .putResource()
                .put(
                        kelley,
                        new PutResource.Request(ID_WEB, "westeurope", Map.of(), PutResource.IdentityRequest.UNCHANGED))
                .orThrow()
                .resource();
    }

    private String grant(ResourceId... ids) {
        return uses.resource()
                .managedIdentityTokens()
                .grant(kelley, List.of(ids))
                .orThrow();
    }

    private TestReply token(String header, String query) {
        Map<String, String> headers = header == null ? Map.of() : Map.of("X-IDENTITY-HEADER", header);
        return s.http().send("GET", "/msi/token?" + query, null, headers);
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theHeadersIdentityGetsAnAppTokenThatArmAcceptsOnceItHasARole() throws Exception {
        Resource r = identity();
        String secret = grant(ID_WEB);

        TestReply reply = token(secret, "api-version=2019-08-01&resource=" + q(ARM));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("token_type").asText()).isEqualTo("Bearer");
        assertThat(reply.json().path("resource").asText()).isEqualTo(ARM);
        assertThat(reply.json().path("client_id").asText())
                .isEqualTo(r.identity().clientId().toString());
        long expiresOn = Long.parseLong(reply.json().path("expires_on").asText());
        assertThat(expiresOn).isEqualTo(Worlds.NOW.getEpochSecond() + 3600);
        JWTClaimsSet claims = reply.claims("access_token");
        assertThat(claims.getAudience()).containsExactly(ARM);
        assertThat(claims.getIssuer()).isEqualTo(s.base + "/" + Worlds.DEFAULT_DIRECTORY + "/");
        assertThat(claims.getStringClaim("tid")).isEqualTo(Worlds.DEFAULT_DIRECTORY.toString());
        assertThat(claims.getStringClaim("oid"))
                .isEqualTo(r.identity().principalId().toString());
        assertThat(claims.getStringClaim("appid"))
                .isEqualTo(r.identity().clientId().toString());
        assertThat(claims.getStringClaim("idtyp")).isEqualTo("app");
        assertThat(claims.getStringClaim("xms_mirid")).isEqualTo(ID_WEB.toString());
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");

        String bearer = "Bearer " + reply.json().path("access_token").asText();
        String groups = "/subscriptions/" + Worlds.SUBSCRIPTION + "/resourcegroups?api-version=2022-09-01";
        TestHttp http = s.http();
        assertThat(http.send("GET", groups, null, Map.of("Authorization", bearer))
                        .errorCode())
                .isEqualTo("AuthorizationFailed");
        uses.access()
                .createRoleAssignment()
                .create(
                        kelley,
                        new CreateRoleAssignment.Request(
                                RoleAssignmentId.of("0a000000-0000-4000-8000-0000000000e1"),
                                Scope.subscription(Worlds.SUBSCRIPTION),
                                BuiltInRoles.READER.id(),
                                r.identity().principalId()))
                .orThrow();
        TestReply listed = http.send("GET", groups, null, Map.of("Authorization", bearer));
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json().path("value").findValuesAsText("name")).contains("rg-web");
    }

    @Test
    void anIdentityOfTheGrantIsPickedByClientIdObjectIdOrResourceId() throws Exception {
        Resource r = identity();
        Resource vm = s.ports.resources().byId(Worlds.VM_WEB).orElseThrow();
        String secret = grant(ID_WEB, Worlds.VM_WEB);
        String base = "api-version=2019-08-01&resource=" + q(ARM);

        assertThat(token(secret, base + "&client_id=" + vm.identity().clientId())
                        .claims("access_token")
                        .getStringClaim("oid"))
                .isEqualTo(vm.identity().principalId().toString());
        assertThat(token(secret, base + "&object_id=" + vm.identity().principalId())
                        .claims("access_token")
                        .getStringClaim("xms_mirid"))
                .isEqualTo(Worlds.VM_WEB.toString());
        assertThat(token(secret, base + "&principal_id=" + r.identity().principalId())
                        .claims("access_token")
                        .getStringClaim("appid"))
                .isEqualTo(r.identity().clientId().toString());
        assertThat(token(secret, base + "&mi_res_id=" + q(ID_WEB.toString()))
                        .claims("access_token")
                        .getStringClaim("oid"))
                .isEqualTo(r.identity().principalId().toString());
    }

    @Test
    void refusalsAreClearAndNever500() {
        identity();
        String secret = grant(ID_WEB);
        String base = "api-version=2019-08-01&resource=" + q(ARM);

        TestReply noHeader = token(null, base);
        assertThat(noHeader.status()).isEqualTo(401);
        assertThat(noHeader.json().path("error").asText()).isEqualTo("IdentityEndpointSecretInvalid");
        TestReply wrongHeader = token("not-" + secret, base);
        assertThat(wrongHeader.status()).isEqualTo(401);
        assertThat(wrongHeader.body()).doesNotContain(secret);

        assertThat(token(secret, "resource=" + q(ARM)).status()).isEqualTo(400);
        assertThat(token(secret, "api-version=2017-09-01&resource=" + q(ARM)).status())
                .isEqualTo(400);
        assertThat(token(secret, "api-version=2019-08-01").json().path("error").asText())
                .isEqualTo("invalid_request");
        assertThat(token(secret, "api-version=2019-08-01&resource=" + q("https://unknown.example/"))
                        .status())
                .isEqualTo(400);
        assertThat(token(secret, base + "&client_id=nope").status()).isEqualTo(400);
        assertThat(token(secret, base + "&mi_res_id=nope").status()).isEqualTo(400);
        assertThat(token(
                                secret,
                                base + "&client_id=" + java.util.UUID.randomUUID() + "&object_id="
                                        + java.util.UUID.randomUUID())
                        .status())
                .isEqualTo(400);
        TestReply other = token(secret, base + "&client_id=" + java.util.UUID.randomUUID());
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.json().path("error").asText()).isEqualTo("ManagedIdentityNotFound");

        uses.resource().deleteResource().delete(kelley, ID_WEB).orThrow();
        assertThat(token(secret, base).json().path("error").asText()).isEqualTo("ManagedIdentityNotFound");
    }
}
