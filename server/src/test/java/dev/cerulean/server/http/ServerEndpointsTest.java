package dev.cerulean.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.CeruleanServer;
import dev.cerulean.server.StoreStatus;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServerEndpointsTest {
    private final AtomicBoolean databaseUp = new AtomicBoolean(true);
    private final StoreStatus store = new StoreStatus() {
        @Override
        public boolean isHealthy() {
            return databaseUp.get();
        }

        @Override
        public String product() {
            return "H2";
        }
    };
    private final HttpClient http = HttpClient.newHttpClient();
    private CeruleanServer server;
    private Javalin bare;

    @AfterEach
    void stop() {
        if (server != null) server.close();
        if (bare != null) bare.stop();
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int started() {
        server = new CeruleanServer(InMemoryPorts.create(Worlds.fixedClock(), Worlds.sequentialIds()), store)
                .start("localhost", 0);
        return server.port();
    }

    @Test
    void healthIsUpWhileTheDatabaseAnswers() throws Exception {
        var response = get(started(), "/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body())
                .isEqualTo("{\"status\":\"UP\",\"database\":{\"status\":\"UP\",\"product\":\"H2\"}}");
    }

    @Test
    void healthIs503WhenTheDatabaseCheckFails() throws Exception {
        int port = started();
        databaseUp.set(false);

        var response = get(port, "/health");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"status\":\"DOWN\"");
    }

    @Test
    void unknownRoutesAnswerJson404WithACode() throws Exception {
        var response = get(started(), "/no/such/thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .isEqualTo(
                        "{\"error\":{\"code\":\"NotFound\",\"message\":\"No route GET /no/such/thing.\",\"target\":null,\"details\":[]}}");
    }

    @Test
    void metricsSpeakPrometheusAndCountRequests() throws Exception {
        int port = started();
        get(port, "/metrics"); // waits for the registry
        get(port, "/health");

        var response = get(port, "/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(response.body())
                .contains("jvm_memory_used_bytes")
                .contains("http_server_requests_seconds_count{method=\"GET\",status=\"200\",uri=\"/health\"}");
    }

    @Test
    void exceptionsAnswerA500WithoutDetails() throws Exception {
        bare = Javalin.create(config -> {
                    config.routes.get("/boom", ctx -> {
                        throw new IllegalStateException("secret internals");
                    });
                    ErrorResponses.register(config.routes);
                })
                .start("localhost", 0);

        var response = get(bare.port(), "/boom");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .isEqualTo(
                        "{\"error\":{\"code\":\"InternalServerError\",\"message\":\"The server met an unexpected error.\",\"target\":null,\"details\":[]}}")
                .doesNotContain("secret");
    }
}
