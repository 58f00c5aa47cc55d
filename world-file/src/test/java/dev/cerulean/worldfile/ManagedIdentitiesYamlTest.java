package dev.cerulean.worldfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.world.LoadWorld;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Managed identities and resource tags in world files, with the same line-and-column errors. */
class ManagedIdentitiesYamlTest {
    private static final String WORLD = """
            accounts:
              - email: owner@outlook.com
                displayName: Owner
                password: pw-Owner-1
            directories:
              - name: Fabrikam
                id: d0000000-0000-4000-8000-0000000000f1
                initialDomain: fabrikam.onmicrosoft.com
                createdBy: {account: owner@outlook.com}
            subscriptions:
              - id: 5b000000-0000-4000-8000-0000000000f1
                name: Dev
                directory: d0000000-0000-4000-8000-0000000000f1
                accountAdministrator: {account: owner@outlook.com}
                serviceAdministrator: {account: owner@outlook.com}
                resourceGroups:
                  - name: rg-a
                    location: westeurope
                    resources:
                      - type: Microsoft.ManagedIdentity/userAssignedIdentities
                        name: id-a
                        tags: {env: prod}
                        identity:
                          clientId: %s
            """;

    private static Ports empty() {
        return InMemoryPorts.create(Clock.systemUTC(), IdGenerator.random());
    }

    @Test
    void anIdentitysClientIdAndTagsAreRead() throws Exception {
        String yaml = WORLD.formatted("0c1e0000-0000-4000-8000-0000000000f1");
        Ports ports = empty();

        var loaded = new LoadWorld(ports).load(WorldYaml.read("w.yaml", yaml).world());

        assertThat(loaded.isLoaded()).as(String.valueOf(loaded)).isTrue();
        var identity = ports.resources()
                .byClientId(java.util.UUID.fromString("0c1e0000-0000-4000-8000-0000000000f1"))
                .orElseThrow();
        assertThat(identity.tags()).containsEntry("env", "prod");
    }

    @Test
    void aMachinesUserAssignedIdentitiesAreReadAndAWrongOneNamesItsLine() throws Exception {
        String identity =
                "/subscriptions/5b000000-0000-4000-8000-0000000000f1/resourceGroups/rg-a/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-a";
        String yaml = WORLD.formatted("0c1e0000-0000-4000-8000-0000000000f1")
                + "          - type: Microsoft.Compute/virtualMachines\n"
                + "            name: vm-a\n"
                + "            userAssignedIdentities:\n"
                + "              - %s\n";
        Ports ports = empty();

        var loaded = new LoadWorld(ports)
                .load(WorldYaml.read("w.yaml", yaml.formatted(identity)).world());

        assertThat(loaded.isLoaded()).as(String.valueOf(loaded)).isTrue();
        var vm = ports.resources()
                .byId(dev.cerulean.core.common.ResourceId.parse(identity.replace(
                                "Microsoft.ManagedIdentity/userAssignedIdentities/id-a",
                                "Microsoft.Compute/virtualMachines/vm-a"))
                        .orElseThrow())
                .orElseThrow();
        assertThat(vm.userAssignedIdentities()).extracting(Object::toString).containsExactly(identity);

        WorldYaml.Document wrong = WorldYaml.read("w.yaml", yaml.formatted(identity.replace("id-a", "id-none")));
        var refused = (LoadWorld.Invalid) new LoadWorld(empty()).load(wrong.world());
        assertThat(refused.problems()).hasSize(1);
        assertThat(wrong.describe(refused.problems().get(0)))
                .startsWith("w.yaml:28:17:")
                .contains("id-none");
    }

    @Test
    void aBadClientIdOrTagsNameTheirLine() {
        assertThatThrownBy(() -> WorldYaml.read("w.yaml", WORLD.formatted("not-a-guid")))
                .hasMessageStartingWith("w.yaml:24:")
                .hasMessageContaining("clientId");
        String badTags = WORLD.formatted("0c1e0000-0000-4000-8000-0000000000f1").replace("{env: prod}", "[1, 2]");
        assertThatThrownBy(() -> WorldYaml.read("w.yaml", badTags)).hasMessageStartingWith("w.yaml:22:");
    }

    @Test
    void aClientIdUsedTwiceIsAProblemAtTheLineOfTheSecond() throws Exception {
        String client = "0c1e0000-0000-4000-8000-0000000000f1";
        String yaml = WORLD.formatted(client)
                + "          - type: Microsoft.ManagedIdentity/userAssignedIdentities\n"
                + "            name: id-b\n"
                + "            identity:\n"
                + "              clientId: " + client + "\n";
        WorldYaml.Document doc = WorldYaml.read("w.yaml", yaml);

        var result = (LoadWorld.Invalid) new LoadWorld(empty()).load(doc.world());

        assertThat(result.problems()).hasSize(1);
        assertThat(doc.describe(result.problems().get(0)))
                .isEqualTo("w.yaml:28:15: /subscriptions/0/resourceGroups/0/resources/1/identity/clientId: client id "
                        + client + " is used twice");
    }
}
