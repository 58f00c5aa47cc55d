package dev.cerulean.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cerulean.core.Ports;
import dev.cerulean.core.UseCases;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.core.world.LoadWorld;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cerulean move plan}, as the subscription's service administrator. */
class MoveCommandTest {
    @TempDir
    Path tmp;

    private final InMemoryStoreOpener opener = new InMemoryStoreOpener();
    private final Ports ports = opener.ports;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new Main(new HashMap<>(), opener, new PrintWriter(out), new PrintWriter(err), r -> {}).run(args);
    }

    private int plan(Path file) {
        return run(
                "move",
                "plan",
                "--subscription",
                DemoWorld.SUBSCRIPTION.toString(),
                "--to",
                DemoWorld.CONTOSO.toString(),
                "--out",
                file.toString(),
                "--data",
                tmp.toString());
    }

    /** Step 1 of the walkthrough: Kelley's Microsoft account becomes a member of Contoso. */
    private void linkContoso() {
        var world = new Worlds.KelleyWall(ports);
        var uses = UseCases.of(ports);
        var request = uses.move()
                .requestDirectoryLink()
                .request(world.kelleyMsaInDefault(), true)
                .orThrow();
        uses.move()
                .confirmDirectoryLink()
                .confirm(world.contosoGlobalAdministrator(), request.id())
                .orThrow();
    }

    @Test
    void thePlanIsWrittenOnceTheServiceAdministratorIsAMemberOfTheDestination() throws Exception {
        new LoadWorld(ports).load(DemoWorld.world());
        Path file = tmp.resolve("plan.json");

        // Kelley is not yet a member of Contoso: the modern mode's rule refuses, and nothing is written
        assertThat(plan(file)).isEqualTo(1);
        assertThat(err.toString()).contains("CallerNotInTargetDirectory");
        assertThat(file).doesNotExist();

        linkContoso();

        assertThat(plan(file)).as(err.toString()).isZero();
        JsonNode plan = new ObjectMapper().readTree(Files.readString(file));
        assertThat(plan.get("format").asText()).isEqualTo("1");
        assertThat(plan.get("destinationTenantId").asText()).isEqualTo(DemoWorld.CONTOSO.toString());
        assertThat(plan.get("roleAssignments")).hasSize(2);
        assertThat(out.toString()).contains("Wrote the plan to " + file);
    }

    @Test
    void theMappingProposesCounterpartsAndListsTheUnmatched() throws Exception {
        new LoadWorld(ports).load(DemoWorld.world());
        linkContoso();
        Path planFile = tmp.resolve("plan.json");
        Path mapFile = tmp.resolve("map.json");
        assertThat(plan(planFile)).isZero();

        int code = run(
                "move", "map", "--plan", planFile.toString(), "--out", mapFile.toString(), "--data", tmp.toString());

        assertThat(code).as(err.toString()).isZero();
        JsonNode map = new ObjectMapper().readTree(Files.readString(mapFile));
        assertThat(map.get("destinationTenantId").asText()).isEqualTo(DemoWorld.CONTOSO.toString());
        assertThat(map.get("principals")).hasSize(2);
        // neither Sam nor demo-automation has a counterpart in Contoso yet: both listed, none guessed
        assertThat(map.get("principals").findValuesAsText("matchedBy")).containsOnly("NONE");
        assertThat(out.toString()).contains("Mapped 0 of 2 principals").contains("unmatched: User Sam Reader (NONE)");
        assertThat(run("move", "map", "--plan", mapFile.toString(), "--data", tmp.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("/subscription/subscriptionId").doesNotContain("Exception");
    }

    @Test
    void badIdsAreRefusedWithOneLine() {
        assertThat(run(
                        "move",
                        "plan",
                        "--subscription",
                        "nope",
                        "--to",
                        DemoWorld.CONTOSO.toString(),
                        "--data",
                        tmp.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("not a subscription id: nope");
    }
}
