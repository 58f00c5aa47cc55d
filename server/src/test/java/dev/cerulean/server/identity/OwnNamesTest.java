package dev.cerulean.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cerulean.core.Ports;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.server.CeruleanServer;
import dev.cerulean.server.Listeners;
import dev.cerulean.server.tls.SelfSignedCertificate;
import dev.cerulean.server.tls.ServerCertificate;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every name a client may use to reach the server (localhost, 127.0.0.1, the --host) is one
 * audience family: a token asked for under one name is issued and accepted under another, as the
 * Azure SDK for JavaScript does when its only setting is an endpoint.
 */
class OwnNamesTest {
    private final Ports ports = Worlds.kelleyWall(
                    InMemoryPorts.create(java.time.Clock.systemUTC(), Worlds.sequentialIds()))
            .ports();
    private final ServerCertificate certificate =
            SelfSignedCertificate.create(SelfSignedCertificate.names(List.of()), Instant.now());
    private final CeruleanServer server =
            new CeruleanServer(ports, IdentityServer.STORE).start(Listeners.anyFreePorts(certificate));
    private final HttpClient http =
            HttpClient.newBuilder().sslContext(trusting(certificate)).build();

    @AfterEach
    void stop() {
        server.close();
    }

    private String token(String tokenHost, String scope) throws Exception {
        String form = "grant_type=client_credentials&client_id=" + DemoWorld.DEMO_AUTOMATION_CLIENT
                + "&client_secret=" + DemoWorld.DEMO_AUTOMATION_SECRET + "&scope="
                + URLEncoder.encode(scope, StandardCharsets.UTF_8);
        var reply = http.send(
                HttpRequest.newBuilder(URI.create("https://" + tokenHost + ":" + server.httpsPort() + "/"
                                + DemoWorld.DEFAULT_DIRECTORY + "/oauth2/v2.0/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        JsonNode json = IdentityServer.JSON.readTree(reply.body());
        return json.get("access_token").asText();
    }

    private int subscriptions(String armHost, String token) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create("https://" + armHost + ":" + server.httpsPort()
                                        + "/subscriptions?api-version=2022-12-01"))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    @Test
    void aTokenForOneOfTheServersNamesIsAcceptedUnderEveryOther() throws Exception {
        String forLoopback = token("localhost", "https://127.0.0.1:" + server.httpsPort() + "/.default");
        String forLocalhost = token("127.0.0.1", "https://localhost:" + server.httpsPort() + "/.default");

        assertThat(subscriptions("127.0.0.1", forLoopback)).isEqualTo(200);
        assertThat(subscriptions("localhost", forLoopback)).isEqualTo(200);
        assertThat(subscriptions("127.0.0.1", forLocalhost)).isEqualTo(200);
    }

    @Test
    void graphUnderAnyOfTheNamesIsGraph() throws Exception {
        String graph = token("localhost", "https://127.0.0.1:" + server.graphPort() + "/.default");

        var users = http.send(
                HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.graphPort() + "/v1.0/organization"))
                        .header("Authorization", "Bearer " + graph)
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        // the token is Graph's (demo-automation holds no Graph role, so Graph answers 403, not 401)
        assertThat(users.statusCode()).isEqualTo(403);
    }

    @Test
    void aNameTheServerDoesNotAnswerOnIsNoResource() throws Exception {
        String form = "grant_type=client_credentials&client_id=" + DemoWorld.DEMO_AUTOMATION_CLIENT
                + "&client_secret=" + DemoWorld.DEMO_AUTOMATION_SECRET + "&scope="
                + URLEncoder.encode(
                        "https://elsewhere.example:" + server.httpsPort() + "/.default", StandardCharsets.UTF_8);
        var reply = http.send(
                HttpRequest.newBuilder(URI.create("https://localhost:" + server.httpsPort() + "/"
                                + DemoWorld.DEFAULT_DIRECTORY + "/oauth2/v2.0/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.body()).contains("AADSTS500011");
    }

    private static SSLContext trusting(ServerCertificate certificate) {
        try {
            KeyStore store = certificate.trustStore();
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            return ssl;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
