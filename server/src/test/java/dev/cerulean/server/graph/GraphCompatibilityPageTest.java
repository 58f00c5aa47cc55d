package dev.cerulean.server.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.UseCases;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.testing.TestBearer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The "Microsoft Graph" section of docs/compatibility.md lists exactly the operations GraphApi registers. */
class GraphCompatibilityPageTest {
    private static final Pattern ROW = Pattern.compile("^\\| (GET|POST|PATCH|DELETE|PUT|HEAD) \\| `([^`]+)` \\|");

    @Test
    void pageListsEveryRegisteredOperationAndNothingElse() throws Exception {
        Path page = Path.of("..", "docs", "compatibility.md");
        List<String> documented = new ArrayList<>();
        boolean inGraph = false;
        for (String line : Files.readAllLines(page)) {
            if (line.startsWith("## ")) inGraph = line.equals("## Microsoft Graph");
            Matcher m = ROW.matcher(line);
            if (inGraph && m.find()) documented.add(m.group(1) + " " + m.group(2));
        }
        var api = new GraphApi(
                UseCases.of(Worlds.kelleyWall().ports()), new TestBearer(), URI.create("https://localhost:8443"));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(api.operations());
    }
}
