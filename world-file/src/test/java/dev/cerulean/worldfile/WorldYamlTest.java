package dev.cerulean.worldfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cerulean.core.Ports;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.core.world.ExportWorld;
import dev.cerulean.core.world.LoadWorld;
import dev.cerulean.core.world.World;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class WorldYamlTest {

    private static Ports empty() {
        return InMemoryPorts.create(Clock.systemUTC(), IdGenerator.random());
    }

    @Test
    void exportLoadExportGivesTheSameDocument() throws Exception {
        // given the demo world exported as YAML
        String first = WorldYaml.write(new ExportWorld(Worlds.kelleyWall().ports()).export());

        // when it is read, loaded into an empty store and exported again
        WorldYaml.Document doc = WorldYaml.read("demo.yaml", first);
        Ports copy = empty();
        assertThat(new LoadWorld(copy).load(doc.world()).isLoaded()).isTrue();
        String second = WorldYaml.write(new ExportWorld(copy).export());

        // then the documents are identical
        assertThat(second).isEqualTo(first);
        assertThat(first)
                .contains("kelley.wall_outlook.com#EXT#@kelleywalloutlook.onmicrosoft.com")
                .contains("passwordHash:")
                .doesNotContain("Demo-Passw0rd!");
    }

    @Test
    void aRoleAssignmentsDescriptionSurvivesExportAndLoad() throws Exception {
        // given the demo world where Sam's assignment has a description
        Ports ports = Worlds.kelleyWall().ports();
        RoleAssignment sam =
                ports.roleAssignments().byId(Worlds.SAM_READER_ASSIGNMENT).orElseThrow();
        ports.roleAssignments().remove(sam.id());
        ports.roleAssignments().add(sam.withDescription("Sam audits rg-web: read-only, until 2018"));

        // when it is exported as YAML, read and loaded into an empty store
        String yaml = WorldYaml.write(new ExportWorld(ports).export());
        Ports copy = empty();
        assertThat(new LoadWorld(copy)
                        .load(WorldYaml.read("w.yaml", yaml).world())
                        .isLoaded())
                .isTrue();

        // then the file names it, the copy keeps it, and an assignment without one writes no key
        assertThat(yaml)
                .contains("description: \"Sam audits rg-web: read-only, until 2018\"")
                .containsOnlyOnce("description:");
        assertThat(copy.roleAssignments().byId(sam.id()).orElseThrow().description())
                .isEqualTo("Sam audits rg-web: read-only, until 2018");
        assertThat(copy.roleAssignments()
                        .byId(Worlds.AUTOMATION_ASSIGNMENT)
                        .orElseThrow()
                        .description())
                .isNull();
        assertThat(WorldYaml.write(new ExportWorld(copy).export())).isEqualTo(yaml);
    }

    @Test
    void anAppsOwnersAndObjectIdSurviveExportAndLoad() throws Exception {
        // given the demo world where contoso-automation has a distinct object id and Megan owns it
        Ports ports = Worlds.kelleyWall().ports();
        var app = ports.appRegistrations()
                .byClientId(Worlds.CONTOSO_AUTOMATION_CLIENT)
                .orElseThrow();
        var objectId = dev.cerulean.core.common.ObjectId.of("0b1ec700-0000-4000-8000-000000000001");
        ports.appRegistrations()
                .update(new dev.cerulean.core.directory.AppRegistration(
                        app.clientId(),
                        app.directory(),
                        app.servicePrincipal(),
                        app.displayName(),
                        app.secrets(),
                        app.graphAppRoles(),
                        objectId,
                        java.util.List.of(Worlds.MEGAN_BOWEN)));

        // when it is exported as YAML, read and loaded into an empty store
        String yaml = WorldYaml.write(new ExportWorld(ports).export());
        Ports copy = empty();
        assertThat(new LoadWorld(copy)
                        .load(WorldYaml.read("w.yaml", yaml).world())
                        .isLoaded())
                .isTrue();

        // then the file names both and the copy keeps them
        assertThat(yaml).contains("objectId: " + objectId).contains("- megan.bowen@contoso.onmicrosoft.com");
        var copied = copy.appRegistrations().byClientId(app.clientId()).orElseThrow();
        assertThat(copied.objectId()).isEqualTo(objectId);
        assertThat(copied.owners()).containsExactly(Worlds.MEGAN_BOWEN);
    }

    @Test
    void theDemoWorldReadsBackAsWritten() throws Exception {
        World demo = DemoWorld.world();

        assertThat(WorldYaml.read("demo.yaml", WorldYaml.write(demo)).world()).isEqualTo(demo);
    }

    @Test
    void syntaxErrorsNameTheFileLineAndColumn() {
        String yaml = "accounts:\n  - email: a@outlook.com\n    displayName: [unclosed\n";

        assertThatThrownBy(() -> WorldYaml.read("bad.yaml", yaml))
                .isInstanceOf(WorldYaml.Unreadable.class)
                .hasMessageStartingWith("bad.yaml:");
    }

    @Test
    void unknownKeysAndBadIdsNameTheirLine() {
        String yaml = "accounts:\n  - email: a@outlook.com\n    displayNam: A\n";
        assertThatThrownBy(() -> WorldYaml.read("w.yaml", yaml))
                .hasMessageStartingWith("w.yaml:3:5: /accounts/0/displayNam: unknown key 'displayNam'");

        String badId = "directories:\n  - name: X\n    id: not-a-guid\n";
        assertThatThrownBy(() -> WorldYaml.read("w.yaml", badId))
                .hasMessageStartingWith("w.yaml:3:")
                .hasMessageContaining("/directories/0/id: 'not-a-guid' is not a GUID");
    }

    @Test
    void semanticProblemsKeepTheLineOfTheOffendingNode() throws Exception {
        String yaml = """
                accounts:
                  - email: kelley.wall@outlook.com
                    displayName: Kelley
                    password: pw
                directories:
                  - name: Fabrikam
                    initialDomain: fabrikam.onmicrosoft.com
                    users:
                      - userPrincipalName: ann@fabrikam.onmicrosoft.com
                        displayName: Ann
                        mail: not-an-email
                        password: pw
                """;
        WorldYaml.Document doc = WorldYaml.read("w.yaml", yaml);

        var result = (LoadWorld.Invalid) new LoadWorld(empty()).load(doc.world());

        assertThat(result.problems()).hasSize(1);
        assertThat(doc.describe(result.problems().get(0)))
                .isEqualTo("w.yaml:11:9: /directories/0/users/0/mail: 'not-an-email' is not a valid email address");
    }

    @Test
    void groupsAreReadFromYamlAndACycleIsAProblem() throws Exception {
        String yaml = """
                directories:
                  - name: Fabrikam
                    initialDomain: fabrikam.onmicrosoft.com
                    users:
                      - userPrincipalName: ann@fabrikam.onmicrosoft.com
                        displayName: Ann
                        password: pw-Ann-1
                    groups:
                      - displayName: Web operators
                        members: [{group: On-call}, {user: ann@fabrikam.onmicrosoft.com}]
                        owners: [{user: ann@fabrikam.onmicrosoft.com}]
                      - displayName: On-call
                        members: [{group: Web operators}]
                """;
        WorldYaml.Document doc = WorldYaml.read("w.yaml", yaml);

        var result = (LoadWorld.Invalid) new LoadWorld(empty()).load(doc.world());

        assertThat(doc.world().directories().get(0).groups()).hasSize(2);
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).message()).contains("nested in itself");
        String unknownKey = yaml.replace("owners:", "ownerz:");
        assertThatThrownBy(() -> WorldYaml.read("w.yaml", unknownKey))
                .isInstanceOf(WorldYaml.Unreadable.class)
                .hasMessageContaining("w.yaml:11:");
    }

    @Test
    void aWorldFileOverThreeMebibytesLoads() throws Exception {
        String yaml = WorldYaml.write(dev.cerulean.core.world.DemoWorld.world());
        // a long comment stands for a large world: the limit counts code points, not entries
        String padded = ("# " + "x".repeat(62) + "\n").repeat(50_000) + yaml;

        WorldYaml.Document doc = WorldYaml.read("big.yaml", padded);

        assertThat(padded.length()).isGreaterThan(3 * 1024 * 1024);
        assertThat(doc.world()).isEqualTo(WorldYaml.read("small.yaml", yaml).world());
    }

    @Test
    void aValueRepeatedInTheFileIsKeptOnce() throws Exception {
        // given two accounts with the same password
        String yaml = """
                accounts:
                  - email: a@outlook.com
                    displayName: A
                    password: Shared-Passw0rd!
                  - email: b@outlook.com
                    displayName: B
                    password: Shared-Passw0rd!
                """;

        var accounts = WorldYaml.read("w.yaml", yaml).world().accounts();

        // then both name one string (a million users sharing a password hold it once)
        assertThat(accounts.get(1).password())
                .isEqualTo("Shared-Passw0rd!")
                .isSameAs(accounts.get(0).password());
        assertThat(accounts.get(1).email()).isNotSameAs(accounts.get(0).email());
    }
}
