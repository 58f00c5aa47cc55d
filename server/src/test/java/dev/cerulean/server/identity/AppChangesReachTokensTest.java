package dev.cerulean.server.identity;

import static dev.cerulean.server.identity.IdentityServer.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.server.testing.TestReply;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Changes to an app registration written straight into the store (as another node sharing the
 * database would write them) reach this node's very next token request, with no time passing:
 * neither the remembered secret nor the remembered registration may keep a removed secret working.
 */
class AppChangesReachTokensTest {
    private static final String GRAPH = "https://graph.microsoft.com/.default";
    private final IdentityServer s = new IdentityServer();

    @AfterEach
    void stop() {
        s.close();
    }

    private TestReply token() {
        return s.post(
                "/" + Worlds.DEFAULT_DIRECTORY + "/oauth2/v2.0/token",
                form(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        Worlds.DEMO_AUTOMATION_CLIENT.toString(),
                        "client_secret",
                        DemoWorld.DEMO_AUTOMATION_SECRET,
                        "scope",
                        GRAPH));
    }

    private AppRegistration app() {
        return s.ports
                .appRegistrations()
                .byClientId(Worlds.DEMO_AUTOMATION_CLIENT)
                .orElseThrow();
    }

    @Test
    void aSecretRemovedElsewhereFailsAtOnceThoughItWasJustRemembered() throws Exception {
        assertThat(token().status()).isEqualTo(200);
        assertThat(token().status()).isEqualTo(200); // now remembered (HMAC cache and app snapshot)

        s.ports.appRegistrations().update(app().withSecrets(List.of()));

        TestReply refused = token();
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.error()).isEqualTo("invalid_client");
        assertThat(refused.json().path("error_codes").get(0).asInt()).isEqualTo(7000215);
    }

    @Test
    void aDeletedAppGetsNoTokenAtOnce() throws Exception {
        assertThat(token().status()).isEqualTo(200);

        s.ports.appRegistrations().remove(Worlds.DEMO_AUTOMATION_CLIENT);

        TestReply refused = token();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error()).isEqualTo("unauthorized_client");
        assertThat(refused.json().path("error_codes").get(0).asInt()).isEqualTo(700016);
    }

    @Test
    void anApplicationWithoutServicePrincipalIsRefusedAsEntraRefusesIt() throws Exception {
        s.ports.appRegistrations().update(app().withServicePrincipal(null));

        TestReply refused = token();
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.error()).isEqualTo("invalid_client");
        assertThat(refused.json().path("error_codes").get(0).asInt()).isEqualTo(7000229);
    }

    @Test
    void aGraphRoleGrantedElsewhereIsInTheNextToken() throws Exception {
        assertThat(token().claims("access_token").getStringListClaim("roles")).isNullOrEmpty();

        s.ports.appRegistrations().update(app().withGraphAppRoles(List.of("User.Read.All")));

        assertThat(token().claims("access_token").getStringListClaim("roles")).containsExactly("User.Read.All");
    }
}
