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
        assertThat(map.get("principals")).hasSize(3);
        // neither Sam nor demo-automation has a counterpart in Contoso yet: both listed, none guessed;
        // the VM's system-assigned identity is proposed to be enabled again
        assertThat(map.get("principals").findValuesAsText("matchedBy"))
                .containsExactly("NONE", "NONE", "MANAGED_IDENTITY");
        assertThat(map.get("principals").get(2).get("target").asText()).isEqualTo("reenable");
        // Alex, the co-administrator the change removes, has no user in Contoso to be named again
        assertThat(map.get("coAdministrators")).hasSize(1);
        assertThat(map.get("coAdministrators").get(0).get("email").asText()).isEqualTo(DemoWorld.ALEX);
        assertThat(map.get("coAdministrators").get(0).get("target").isNull()).isTrue();
        assertThat(out.toString())
                .contains("co-administrator " + DemoWorld.ALEX + ": unmatched (NONE)")
                .contains("Mapped 0 of 3 principals")
                .contains("unmatched: User Sam Reader (NONE)")
                .contains("to enable again: system-assigned identity of vm-web")
                .doesNotContain("unmatched: ServicePrincipal vm-web");
        assertThat(run("move", "map", "--plan", mapFile.toString(), "--data", tmp.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("/subscription/subscriptionId").doesNotContain("Exception");
    }

    /** The change itself, as ARM's acceptance makes it (the rehearsal's step between map and restore). */
    private void moveToContoso() {
        var world = new Worlds.KelleyWall(ports);
        var uses = UseCases.of(ports);
        var preview = uses.move()
                .previewDirectoryChange()
                .preview(
                        world.kelleyMsaInDefault(),
                        DemoWorld.SUBSCRIPTION,
                        DemoWorld.CONTOSO,
                        dev.cerulean.core.move.DirectoryChangeMode.MODERN)
                .orThrow();
        uses.move().changeDirectory().apply(world.kelleyMsaInDefault(), preview).orThrow();
    }

    @Test
    void restoreReportsPerItemDryRunFirstAndASecondRunChangesNothing() throws Exception {
        new LoadWorld(ports).load(DemoWorld.world());
        linkContoso();
        Path planFile = tmp.resolve("plan.json");
        Path mapFile = tmp.resolve("map.yaml");
        assertThat(plan(planFile)).isZero();
        assertThat(run(
                        "move",
                        "map",
                        "--plan",
                        planFile.toString(),
                        "--out",
                        mapFile.toString(),
                        "--data",
                        tmp.toString()))
                .isZero();
        // the person maps Sam to Megan of Contoso, Alex's co-administration to Lee Gu, and leaves
        // demo-automation unmapped
        Files.writeString(
                mapFile,
                Files.readString(mapFile)
                        .replaceFirst(
                                "(\"id\" : \"" + DemoWorld.SAM_READER + "\"[^}]*\"target\" : )null",
                                "$1\"" + DemoWorld.MEGAN_BOWEN + "\"")
                        .replaceFirst(
                                "(\"email\" : \"" + DemoWorld.ALEX + "\"[^}]*\"target\" : )null",
                                "$1\"" + DemoWorld.LEE_GU + "\""));
        String[] restore = {
            "move", "restore", "--plan", planFile.toString(), "--map", mapFile.toString(), "--data", tmp.toString()
        };

        assertThat(run(restore)).isEqualTo(1);
        assertThat(err.toString()).contains("SubscriptionNotMoved");

        moveToContoso();
        out.getBuffer().setLength(0);
        String[] dry = java.util.Arrays.copyOf(restore, restore.length + 1);
        dry[restore.length] = "--dry-run";
        assertThat(run(dry)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Would restore 4,").contains("Dry run: nothing was written.");
        assertThat(ports.roleAssignments().of(DemoWorld.SUBSCRIPTION)).isEmpty();
        assertThat(ports.coAdministrators().of(DemoWorld.SUBSCRIPTION)).isEmpty();

        out.getBuffer().setLength(0);
        assertThat(run(restore)).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("RESTORED        ROLE_ASSIGNMENT")
                .contains("SKIPPED         ROLE_ASSIGNMENT")
                .contains("RESTORED        CO_ADMINISTRATOR")
                .contains("Restored 4, already present 0, skipped (unmapped) 1, refused 0.");
        assertThat(ports.roleAssignments().byId(DemoWorld.SAM_READER_ASSIGNMENT))
                .hasValueSatisfying(a -> assertThat(a.principalId()).isEqualTo(DemoWorld.MEGAN_BOWEN));
        assertThat(ports.coAdministrators().of(DemoWorld.SUBSCRIPTION))
                .extracting(c -> c.administrator().email().value())
                .containsExactly("lee.gu@contoso.onmicrosoft.com");

        out.getBuffer().setLength(0);
        assertThat(run(restore)).isZero();
        assertThat(out.toString()).contains("Restored 0,").contains("Nothing changed");

        // the diff: Sam has Reader again through Megan; demo-automation, unmapped on purpose, does not
        out.getBuffer().setLength(0);
        assertThat(run(
                        "move",
                        "diff",
                        "--plan",
                        planFile.toString(),
                        "--map",
                        mapFile.toString(),
                        "--data",
                        tmp.toString()))
                .isEqualTo(2);
        assertThat(out.toString())
                .contains("  User Sam Reader (" + DemoWorld.SAM_READER + ") -> " + DemoWorld.MEGAN_BOWEN)
                .contains("MAPPED    Reader at")
                .contains("- ServicePrincipal demo-automation")
                .contains("  Co-administrator " + DemoWorld.ALEX + " -> " + DemoWorld.LEE_GU)
                .contains("MAPPED    co-administrator")
                .contains("1 of 2 principals miss access they had.");
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
