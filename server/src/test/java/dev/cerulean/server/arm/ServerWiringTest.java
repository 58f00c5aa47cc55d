package dev.cerulean.server.arm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The composition root serves ARM: refusing every token until a verifier is plugged in, then the verifier's callers. */
class ServerWiringTest {

    private static int status(int port, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/subscriptions"));
        if (token != null) request.header("Authorization", token);
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    @Test
    void withoutAVerifierEveryTokenIsRefused() throws Exception {
        try (var server = TestServer.plain(Worlds.kelleyWall().ports())) {
            assertThat(status(server.port(), "Bearer test:kelley")).isEqualTo(401);
        }
    }

    @Test
    void theVerifiersCallersReachArm() throws Exception {
        var world = Worlds.kelleyWall();
        try (var server = TestServer.plain(world.ports(), s -> s.authenticateWith(ArmTestServer.bearer(world)))) {
            assertThat(status(server.port(), "Bearer test:kelley")).isEqualTo(200);
            assertThat(status(server.port(), null)).isEqualTo(401);
        }
    }
}
