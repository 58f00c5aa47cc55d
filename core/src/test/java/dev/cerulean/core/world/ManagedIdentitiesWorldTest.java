package dev.cerulean.core.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.world.World.IdentitySpec;
import dev.cerulean.core.world.World.ResourceGroupSpec;
import dev.cerulean.core.world.World.ResourceSpec;
import dev.cerulean.core.world.World.SubscriptionSpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Managed identities and resource tags in world files: loaded, checked, exported and loaded again alike. */
class ManagedIdentitiesWorldTest {
    static final UUID CLIENT = UUID.fromString("0c1e0000-0000-4000-8000-000000000001");
    static final ResourceId ID_WEB =
            ResourceId.of(DemoWorld.SUBSCRIPTION, "rg-web", Resource.USER_ASSIGNED_IDENTITY, "id-web");
    static final ResourceId ID_OPS =
            ResourceId.of(DemoWorld.SUBSCRIPTION, "rg-web", Resource.USER_ASSIGNED_IDENTITY, "id-ops");

    private static Ports empty() {
        return InMemoryPorts.create(Clock.systemUTC(), IdGenerator.random());
    }

    /** The demo world with {@code extra} resources in rg-web. */
    static World demoWith(ResourceSpec... extra) {
        World demo = DemoWorld.world();
        SubscriptionSpec s = demo.subscriptions().get(0);
        List<ResourceGroupSpec> groups = new ArrayList<>();
        for (ResourceGroupSpec g : s.resourceGroups()) {
            if (!g.name().equals("rg-web")) {
                groups.add(g);
                continue;
            }
            List<ResourceSpec> resources = new ArrayList<>(g.resources());
            resources.addAll(List.of(extra));
            groups.add(new ResourceGroupSpec(g.name(), g.location(), g.tags(), resources));
        }
        SubscriptionSpec changed = new SubscriptionSpec(
                s.id(),
                s.name(),
                s.offer(),
                s.state(),
                s.directory(),
                s.accountAdministrator(),
                s.serviceAdministrator(),
                s.serviceAdministratorLostAccess(),
                s.coAdministrators(),
                groups,
                s.customRoles(),
                s.roleAssignments());
        List<SubscriptionSpec> subscriptions = new ArrayList<>(demo.subscriptions());
        subscriptions.set(0, changed);
        return new World(demo.accounts(), demo.directories(), subscriptions);
    }

    @Test
    void aUserAssignedIdentityWithTagsLoadsAsAServicePrincipalAndExportsAsLoaded() {
        World world = demoWith(
                new ResourceSpec(Resource.USER_ASSIGNED_IDENTITY, "id-web", null, null, null, Map.of("env", "prod")),
                new ResourceSpec(
                        Resource.USER_ASSIGNED_IDENTITY,
                        "id-ops",
                        "northeurope",
                        null,
                        new IdentitySpec(ObjectId.of("0e000000-0000-4000-8000-0000000000a1"), null, null, CLIENT),
                        null));
        Ports ports = empty();

        assertThat(new LoadWorld(ports).load(world).isLoaded()).isTrue();

        Resource web = ports.resources().byId(ID_WEB).orElseThrow();
        assertThat(web.identity().tenantId()).isEqualTo(DemoWorld.DEFAULT_DIRECTORY);
        assertThat(web.identity().enabled()).isTrue();
        assertThat(web.tags()).isEqualTo(Map.of("env", "prod"));
        Resource ops = ports.resources().byId(ID_OPS).orElseThrow();
        assertThat(ops.identity().clientId()).isEqualTo(CLIENT);
        assertThat(ports.resources().byClientId(CLIENT)).contains(ops);

        World exported = new ExportWorld(ports).export();
        Ports copy = empty();
        assertThat(new LoadWorld(copy).load(exported).isLoaded()).isTrue();
        assertThat(new ExportWorld(copy).export()).isEqualTo(exported);
        assertThat(copy.resources().byId(ID_WEB)).contains(web);
    }

    @Test
    void aClientIdUsedTwiceOrABadTagIsAProblemWithItsPathAndNothingIsWritten() {
        World world = demoWith(
                new ResourceSpec(
                        Resource.USER_ASSIGNED_IDENTITY,
                        "id-web",
                        null,
                        null,
                        new IdentitySpec(null, null, null, DemoWorld.DEMO_AUTOMATION_CLIENT),
                        null),
                new ResourceSpec(Resource.USER_ASSIGNED_IDENTITY, "id-ops", null, null, null, Map.of("", "x")));
        Ports ports = empty();

        var result = new LoadWorld(ports).load(world);

        assertThat(result).isInstanceOf(LoadWorld.Invalid.class);
        assertThat(((LoadWorld.Invalid) result).problems())
                .extracting(WorldProblem::path)
                .containsExactlyInAnyOrder(
                        "/subscriptions/0/resourceGroups/0/resources/2/identity/clientId",
                        "/subscriptions/0/resourceGroups/0/resources/3/tags");
        assertThat(ports.subscriptions().all()).isEmpty();
        assertThat(ports.resources().of(DemoWorld.SUBSCRIPTION)).isEmpty();
    }

    @Test
    void aMachineCarriesUserAssignedIdentitiesNamedBeforeOrAfterItAndExportsThem() {
        World world = demoWith(
                new ResourceSpec(
                        Resource.VIRTUAL_MACHINE,
                        "vm-jobs",
                        null,
                        null,
                        null,
                        null,
                        List.of(
                                ID_OPS.toString().toUpperCase().replace("/SUBSCRIPTIONS/", "/subscriptions/"),
                                ID_WEB.toString())),
                new ResourceSpec(Resource.USER_ASSIGNED_IDENTITY, "id-web", null, null, null, null),
                new ResourceSpec(Resource.USER_ASSIGNED_IDENTITY, "id-ops", null, null, null, null));
        ResourceId jobs = ResourceId.of(DemoWorld.SUBSCRIPTION, "rg-web", Resource.VIRTUAL_MACHINE, "vm-jobs");
        Ports ports = empty();

        assertThat(new LoadWorld(ports).load(world).isLoaded()).isTrue();

        Resource machine = ports.resources().byId(jobs).orElseThrow();
        assertThat(machine.identity()).isNull();
        assertThat(machine.userAssignedIdentities())
                .as("each identity in its own spelling, in the file's order")
                .containsExactly(ID_OPS, ID_WEB);
        World exported = new ExportWorld(ports).export();
        Ports copy = empty();
        assertThat(new LoadWorld(copy).load(exported).isLoaded()).isTrue();
        assertThat(copy.resources().byId(jobs)).contains(machine);
    }

    @Test
    void anAttachedIdentityMustBeAUserAssignedIdentityOfTheWorld() {
        World world = demoWith(
                new ResourceSpec(
                        Resource.VIRTUAL_MACHINE,
                        "vm-jobs",
                        null,
                        null,
                        null,
                        null,
                        List.of(ID_WEB.toString(), Worlds.KV_WEB.toString())),
                new ResourceSpec(Resource.KEY_VAULT, "kv-jobs", null, null, null, null, List.of(ID_OPS.toString())));
        Ports ports = empty();

        var result = new LoadWorld(ports).load(world);

        assertThat(result).isInstanceOf(LoadWorld.Invalid.class);
        assertThat(((LoadWorld.Invalid) result).problems())
                .extracting(WorldProblem::path)
                .containsExactlyInAnyOrder(
                        "/subscriptions/0/resourceGroups/0/resources/2/userAssignedIdentities/1",
                        "/subscriptions/0/resourceGroups/0/resources/3/userAssignedIdentities",
                        "/subscriptions/0/resourceGroups/0/resources/2/userAssignedIdentities/0");
        assertThat(ports.resources().of(DemoWorld.SUBSCRIPTION)).isEmpty();
    }

    @Test
    void theDemoWorldsMachineKeepsItsIdentityAndGetsADerivedClientId() {
        Ports ports = Worlds.kelleyWall().ports();

        Resource vm = ports.resources().byId(Worlds.VM_WEB).orElseThrow();

        assertThat(vm.identity().principalId()).isEqualTo(DemoWorld.VM_WEB_IDENTITY);
        assertThat(ports.resources().byClientId(vm.identity().clientId())).contains(vm);
    }
}
