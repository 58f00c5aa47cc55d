package dev.cerulean.server.identity;

import static dev.cerulean.server.identity.IdentityServer.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.PasswordHash;
import dev.cerulean.core.account.PasswordHasher;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.server.CeruleanServer;
import dev.cerulean.server.MovableClock;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When every place in the hashing pool is taken, the token endpoint answers Azure's throttling error, never a 500. */
class BusyHashingTest {
    private static final String ARM = "https://management.core.windows.net//.default";
    private final Ports world = Worlds.kelleyWall(
                    InMemoryPorts.create(new MovableClock(Worlds.NOW), Worlds.sequentialIds()))
            .ports();
    private final PasswordHasher busy = new PasswordHasher() {
        @Override
        public PasswordHash hash(String secret) {
            throw new Busy();
        }

        @Override
        public boolean verify(String secret, PasswordHash hash) {
            throw new Busy();
        }
    };
    private final CeruleanServer server =
            new CeruleanServer(InMemoryPorts.withHasher(world, busy), IdentityServer.STORE).start("localhost", 0);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> token(Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + server.port() + "/contoso.onmicrosoft.com/oauth2/v2.0/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void passwordAndClientSecretGrantsAnswer429TemporarilyUnavailableWithRetryAfter() throws Exception {
        var password = token(form(
                "grant_type",
                "password",
                "client_id",
                "04b07795-8ddb-461a-bbee-02f9e1bf7b46",
                "username",
                "megan.bowen@contoso.onmicrosoft.com",
                "password",
                Worlds.PASSWORD,
                "scope",
                ARM));
        var secret = token(form(
                "grant_type",
                "client_credentials",
                "client_id",
                Worlds.CONTOSO_AUTOMATION_CLIENT.toString(),
                "client_secret",
                DemoWorld.CONTOSO_AUTOMATION_SECRET,
                "scope",
                ARM));

        for (var reply : java.util.List.of(password, secret)) {
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(429);
            assertThat(IdentityServer.JSON.readTree(reply.body()).path("error").asText())
                    .isEqualTo("temporarily_unavailable");
            assertThat(reply.headers().firstValue("Retry-After")).isPresent();
        }
        assertThat(world.signInAttempts()
                        .failures("name:megan.bowen@contoso.onmicrosoft.com")
                        .count())
                .as("a busy server decided nothing: no failure counted")
                .isZero();
    }
}
