package dev.cerulean.server.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.page.Language;
import dev.cerulean.server.page.Messages;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every rule code is written in Graph's error shape (its status and code: RuleCodeTranslationTest). */
class GraphErrorsTest {
    private static Javalin app;

    @BeforeAll
    static void start() {
        app = Javalin.create(c -> {
                    c.startup.showJavalinBanner = false;
                    c.routes.get(
                            "/x/{code}",
                            ctx -> GraphErrors.write(
                                    ctx,
                                    GraphErrors.of((Outcome.Rejected<?>) Outcome.rejected(
                                            RuleCode.valueOf(ctx.pathParam("code")), "first", "sec\"ond")),
                                    Worlds.fixedClock()));
                })
                .start("localhost", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @ParameterizedTest
    @EnumSource(RuleCode.class)
    void everyRefusalIsWrittenInGraphsShape(RuleCode code) throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/x/" + code.name()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode error = GraphWorld.JSON.readTree(r.body()).get("error");

        assertThat(r.statusCode()).isEqualTo(GraphErrors.of(code).status());
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(error.get("code").asText()).isEqualTo(GraphErrors.of(code).code());
        assertThat(error.get("message").asText())
                .contains(code.name())
                .contains(Messages.of(Language.en).rule(code, List.of("first", "sec\"ond")));
        assertThat(List.of("date", "request-id", "client-request-id"))
                .allSatisfy(
                        f -> assertThat(error.get("innerError").get(f).asText()).isNotBlank());
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
}
