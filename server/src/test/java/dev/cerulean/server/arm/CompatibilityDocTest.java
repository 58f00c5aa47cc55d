package dev.cerulean.server.arm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.UseCases;
import dev.cerulean.core.fixtures.Worlds;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/compatibility.md's ARM table lists exactly the routes the ARM API registers. */
class CompatibilityDocTest {
    private static final Path DOC = Path.of("..", "docs", "compatibility.md");

    @Test
    void theArmTableListsExactlyTheRegisteredArmRoutes() throws Exception {
        ArmApi api = new ArmApi(UseCases.of(Worlds.kelleyWall().ports()), (h, a) -> null, ArmSettings.fromRequests());
        Javalin app = Javalin.create(api::register);
        Set<String> registered = new TreeSet<>();
        app.unsafe
                .internalRouter
                .allHttpHandlers()
                .forEach(e ->
                        registered.add(e.endpoint.method.name() + " " + e.endpoint.path.replace("<scope>", "{scope}")));

        // Cerulean's own operations under ARM's authentication: docs/openapi.yaml (OwnEndpointsDocTest)
        registered.remove("POST " + MovePlanEndpoint.PATH);
        registered.remove("POST " + MovePlanEndpoint.RESTORE_PATH);
        registered.remove("POST " + MovePlanEndpoint.DIFF_PATH);

        assertThat(documented("## Azure Resource Manager", "## Microsoft Graph"))
                .isEqualTo(registered);
    }

    /** The "| METHOD | /path | notes |" rows between two headings. */
    static Set<String> documented(String from, String to) throws Exception {
        String text = Files.readString(DOC);
        int start = text.indexOf(from);
        int end = text.indexOf(to, start);
        assertThat(start).as("section %s", from).isNotNegative();
        Set<String> rows = new TreeSet<>();
        for (String line : text.substring(start, end < 0 ? text.length() : end).split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length < 3 || !cells[1].trim().matches("GET|PUT|POST|PATCH|DELETE|HEAD")) continue;
            rows.add(cells[1].trim() + " " + cells[2].trim());
        }
        return rows;
    }
}
