package dev.cerulean.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.arm.CompatibilityDocTestSupport;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every route the server registers is documented once: Azure Resource Manager and Microsoft Graph
 * in docs/compatibility.md, the identity platform's endpoints (as api.md lists Microsoft's) in
 * docs/identity.md, and everything of Cerulean's own in docs/openapi.yaml.
 */
class OwnEndpointsDocTest {
    private static final Path OPENAPI = Path.of("..", "docs", "openapi.yaml");
    /** Microsoft's identity-platform endpoints: the protocol, documented in docs/identity.md. */
    private static final Set<String> IDENTITY_PLATFORM = Set.of(
            "POST /{tenant}/oauth2/v2.0/token",
            "POST /{tenant}/oauth2/token",
            "POST /{tenant}/oauth2/v2.0/devicecode",
            "GET /{tenant}/oauth2/v2.0/authorize",
            "GET /{tenant}/oauth2/authorize",
            "GET /common/userrealm/{username}",
            "GET /{tenant}/discovery/instance",
            "GET /{tenant}/v2.0/.well-known/openid-configuration",
            "GET /{tenant}/.well-known/openid-configuration",
            "GET /{tenant}/discovery/v2.0/keys",
            "GET /{tenant}/discovery/keys",
            "GET /msi/token");

    private static final StoreStatus STORE = HealthyStore.H2;

    private CeruleanServer server;

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    @Test
    void theOpenApiDocumentListsExactlyTheRoutesThatAreNotMicrosoftApis() throws Exception {
        server = new CeruleanServer(InMemoryPorts.create(Worlds.fixedClock(), Worlds.sequentialIds()), STORE)
                .start(Listeners.plain("localhost", 0));
        SortedSet<String> own = new TreeSet<>(server.routes());
        own.removeIf(route -> route.contains(" /v1.0/") || route.contains(" /beta/"));
        own.removeAll(CompatibilityDocTestSupport.armRows());
        own.removeAll(IDENTITY_PLATFORM);

        assertThat(documented()).isEqualTo(own);
        assertThat(server.routes()).containsAll(IDENTITY_PLATFORM);
    }

    @Test
    void theOpenApiDocumentIsOpenApi3WithASummaryAndAResponseForEveryOperation() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(OPENAPI.toFile());

        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.path("info").path("title").asText()).isNotBlank();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                var op = ops.next();
                assertThat(op.getValue().path("summary").asText())
                        .as("%s %s", op.getKey(), path.getKey())
                        .isNotBlank();
                assertThat(op.getValue().path("responses").size())
                        .as("%s %s", op.getKey(), path.getKey())
                        .isPositive();
            }
        }
    }

    /** "METHOD /path" of every operation in docs/openapi.yaml. */
    private static Set<String> documented() throws Exception {
        JsonNode paths =
                new ObjectMapper(new YAMLFactory()).readTree(OPENAPI.toFile()).path("paths");
        Set<String> rows = new TreeSet<>();
        paths.fields()
                .forEachRemaining(path -> path.getValue()
                        .fieldNames()
                        .forEachRemaining(
                                method -> rows.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
        return rows;
    }
}
