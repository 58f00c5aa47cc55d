package dev.cerulean.server.identity;

import static dev.cerulean.server.testing.TestTokens.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.server.testing.TestHttp;
import dev.cerulean.server.testing.TestReply;
import dev.cerulean.server.testing.TestServer;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every name a client may use to reach the server (localhost, 127.0.0.1, the --host) is one
 * audience family: a token asked for under one name is issued and accepted under another, as the
 * Azure SDK for JavaScript does when its only setting is an endpoint.
 */
class OwnNamesTest {
    private final TestServer server = TestServer.https(TestServer.demoWorld(Clock.systemUTC()));
    private final TestHttp http = server.http();

    @AfterEach
    void stop() {
        server.close();
    }

    private TestReply askToken(String tokenHost, String scope) {
        return http.form(
                "https://" + tokenHost + ":" + server.server.httpsPort() + "/" + DemoWorld.DEFAULT_DIRECTORY
                        + "/oauth2/v2.0/token",
                fields(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        DemoWorld.DEMO_AUTOMATION_CLIENT.toString(),
                        "client_secret",
                        DemoWorld.DEMO_AUTOMATION_SECRET,
                        "scope",
                        scope));
    }

    private String token(String tokenHost, String scope) {
        TestReply reply = askToken(tokenHost, scope);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("access_token").asText();
    }

    private int status(String url, String token) {
        return http.send("GET", url, null, Map.of("Authorization", "Bearer " + token))
                .status();
    }

    private int subscriptions(String armHost, String token) {
        return status(
                "https://" + armHost + ":" + server.server.httpsPort() + "/subscriptions?api-version=2022-12-01",
                token);
    }

    @Test
    void aTokenForOneOfTheServersNamesIsAcceptedUnderEveryOther() {
        int port = server.server.httpsPort();
        String forLoopback = token("localhost", "https://127.0.0.1:" + port + "/.default");
        String forLocalhost = token("127.0.0.1", "https://localhost:" + port + "/.default");

        assertThat(subscriptions("127.0.0.1", forLoopback)).isEqualTo(200);
        assertThat(subscriptions("localhost", forLoopback)).isEqualTo(200);
        assertThat(subscriptions("127.0.0.1", forLocalhost)).isEqualTo(200);
    }

    @Test
    void graphUnderAnyOfTheNamesIsGraph() {
        int graphPort = server.server.graphPort();
        String graph = token("localhost", "https://127.0.0.1:" + graphPort + "/.default");

        // the token is Graph's (demo-automation holds no Graph role, so Graph answers 403, not 401)
        assertThat(status("https://127.0.0.1:" + graphPort + "/v1.0/organization", graph))
                .isEqualTo(403);
    }

    @Test
    void aNameTheServerDoesNotAnswerOnIsNoResource() {
        TestReply reply = askToken("localhost", "https://elsewhere.example:" + server.server.httpsPort() + "/.default");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("AADSTS500011");
    }
}
