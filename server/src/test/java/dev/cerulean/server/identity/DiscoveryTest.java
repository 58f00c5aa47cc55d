package dev.cerulean.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DiscoveryTest {
    private final IdentityServer s = new IdentityServer();

    @AfterEach
    void stop() {
        s.close();
    }

    @Test
    void theV2ConfigurationNamesTheTenantsIssuerAndEndpoints() throws Exception {
        var reply = s.get("/CONTOSO.onmicrosoft.com/v2.0/.well-known/openid-configuration");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("issuer").asText()).isEqualTo(s.base + "/" + Worlds.CONTOSO + "/v2.0");
        assertThat(reply.json().path("token_endpoint").asText())
                .isEqualTo(s.base + "/CONTOSO.onmicrosoft.com/oauth2/v2.0/token");
        assertThat(reply.json().path("jwks_uri").asText())
                .isEqualTo(s.base + "/CONTOSO.onmicrosoft.com/discovery/v2.0/keys");
        assertThat(reply.json().path("response_modes_supported").toString()).contains("form_post", "query");
    }

    @Test
    void theV1ConfigurationUsesTheStsIssuerAndAliasesHaveAPlaceholder() throws Exception {
        var v1 = s.get("/" + Worlds.CONTOSO + "/.well-known/openid-configuration");
        var common = s.get("/common/v2.0/.well-known/openid-configuration");
        var unknown = s.get("/nowhere.example/v2.0/.well-known/openid-configuration");

        assertThat(v1.json().path("issuer").asText()).isEqualTo(s.base + "/" + Worlds.CONTOSO + "/");
        assertThat(common.json().path("issuer").asText()).isEqualTo(s.base + "/{tenantid}/v2.0");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("error_codes").get(0).asInt()).isEqualTo(90002);
    }

    @Test
    void theUserRealmOfAWorkAccountIsManaged() throws Exception {
        var work = s.get("/common/userrealm/kelley.wall@contoso.onmicrosoft.com?api-version=1.0");
        var personal = s.get("/common/userrealm/alex.ops@outlook.com?api-version=1.0");

        assertThat(work.status()).isEqualTo(200);
        assertThat(work.json().path("ver").asText()).isEqualTo("1.0");
        assertThat(work.json().path("account_type").asText()).isEqualTo("Managed");
        assertThat(work.json().path("domain_name").asText()).isEqualTo("contoso.onmicrosoft.com");
        assertThat(work.json().path("cloud_audience_urn").asText()).isEqualTo("urn:federation:MicrosoftOnline");
        assertThat(personal.json().path("account_type").asText()).isEqualTo("MSA");
    }

    @Test
    void instanceDiscoveryNamesThisHost() throws Exception {
        var reply = s.get("/common/discovery/instance?api-version=1.1&authorization_endpoint=x");

        assertThat(reply.json().path("tenant_discovery_endpoint").asText())
                .isEqualTo(s.base + "/common/v2.0/.well-known/openid-configuration");
        assertThat(reply.json().path("metadata").get(0).path("aliases").get(0).asText())
                .isEqualTo(s.base.substring("http://".length()));
    }
}
