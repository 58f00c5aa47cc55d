package dev.cerulean.core.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.world.World.AppSpec;
import dev.cerulean.core.world.World.DirectorySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** World files name an app's owners (users of its directory) and, optionally, its application object id. */
class WorldAppOwnersTest {
    private static final UUID CLIENT = UUID.fromString("a9900000-0000-4000-8000-000000000001");
    private static final ObjectId OBJECT = ObjectId.of("a9900000-0000-4000-8000-000000000002");

    private final Ports ports = InMemoryPorts.create(Worlds.fixedClock(), Worlds.sequentialIds());

    private static World demoWith(AppSpec app) {
        World demo = DemoWorld.world();
        List<DirectorySpec> directories = new ArrayList<>();
        for (DirectorySpec d : demo.directories()) {
            if (!d.id().equals(DemoWorld.CONTOSO)) {
                directories.add(d);
                continue;
            }
            var apps = new ArrayList<>(d.apps());
            apps.add(app);
            directories.add(new DirectorySpec(
                    d.id(),
                    d.name(),
                    d.initialDomain(),
                    d.country(),
                    d.origin(),
                    d.createdBy(),
                    d.createdAt(),
                    d.domains(),
                    d.users(),
                    apps,
                    d.rootRoleAssignments()));
        }
        return new World(demo.accounts(), directories, demo.subscriptions());
    }

    private static AppSpec reports(List<String> owners) {
        return new AppSpec(CLIENT, null, "reports", List.of(), List.of(), List.of(), OBJECT, owners);
    }

    @Test
    void ownersAndObjectIdAreLoadedAndExportedAgain() {
        var result = new LoadWorld(ports).load(demoWith(reports(List.of("Megan.Bowen@contoso.onmicrosoft.com"))));

        assertThat(result.isLoaded()).as(String.valueOf(result)).isTrue();
        AppRegistration app = ports.appRegistrations().byClientId(CLIENT).orElseThrow();
        assertThat(app.objectId()).isEqualTo(OBJECT);
        assertThat(app.owners()).containsExactly(DemoWorld.MEGAN_BOWEN);
        assertThat(app.hasServicePrincipal()).isTrue();
        AppSpec exported = new ExportWorld(ports)
                .export().directories().stream()
                        .filter(d -> d.id().equals(DemoWorld.CONTOSO))
                        .findFirst()
                        .orElseThrow()
                        .apps()
                        .stream()
                        .filter(a -> a.clientId().equals(CLIENT))
                        .findFirst()
                        .orElseThrow();
        assertThat(exported.objectId()).isEqualTo(OBJECT);
        assertThat(exported.owners()).containsExactly("megan.bowen@contoso.onmicrosoft.com");
    }

    @Test
    void groupMembershipClaimsIsLoadedAndExportedOnlyWhenSet() {
        AppSpec grouped = new AppSpec(
                CLIENT,
                null,
                "reports",
                List.of(),
                List.of(),
                List.of(),
                OBJECT,
                List.of(),
                AppRegistration.GroupClaims.All);

        assertThat(new LoadWorld(ports).load(demoWith(grouped)).isLoaded()).isTrue();

        assertThat(ports.appRegistrations().byClientId(CLIENT).orElseThrow().groupClaims())
                .isEqualTo(AppRegistration.GroupClaims.All);
        var exported = new ExportWorld(ports)
                .export().directories().stream().flatMap(d -> d.apps().stream()).toList();
        assertThat(exported)
                .filteredOn(a -> a.clientId().equals(CLIENT))
                .extracting(AppSpec::groupMembershipClaims)
                .containsExactly(AppRegistration.GroupClaims.All);
        assertThat(exported)
                .filteredOn(a -> !a.clientId().equals(CLIENT))
                .extracting(AppSpec::groupMembershipClaims)
                .containsOnlyNulls();
    }

    @Test
    void anOwnerMustBeAUserOfTheAppsDirectoryAndNothingIsWritten() {
        var result = new LoadWorld(ports)
                .load(demoWith(reports(List.of("kelley.wall@outlook.com", "megan.bowen@contoso.onmicrosoft.com"))));

        assertThat(result).isInstanceOf(LoadWorld.Invalid.class);
        assertThat(((LoadWorld.Invalid) result).problems())
                .extracting(WorldProblem::path)
                .containsExactly("/directories/1/apps/1/owners/0");
        assertThat(ports.directories().all()).isEmpty();
        assertThat(ports.appRegistrations().byClientId(CLIENT)).isEmpty();
    }
}
