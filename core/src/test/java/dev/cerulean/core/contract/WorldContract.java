package dev.cerulean.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.world.LoadWorld;
import dev.cerulean.core.world.World;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The demo world written into the store reads back exactly as from the fakes. */
public abstract class WorldContract extends PortContract {

    private static <T> List<T> sorted(List<T> items, Function<T, String> key) {
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }

    private static DirectoryUser withoutPassword(DirectoryUser u) {
        return new DirectoryUser(
                u.id(),
                u.directory(),
                u.displayName(),
                u.userPrincipalName(),
                u.mail(),
                u.type(),
                u.source(),
                u.person(),
                u.invitation(),
                null);
    }

    @Test
    void theKelleyWallWorldReadsBackAsFromTheFakes() {
        Ports expected = Worlds.kelleyWall(InMemoryPorts.create(ports.clock(), Worlds.sequentialIds()))
                .ports();

        Worlds.kelleyWall(ports);

        assertThat(sorted(ports.subscriptions().all(), s -> s.id().toString()))
                .isEqualTo(sorted(expected.subscriptions().all(), s -> s.id().toString()));
        assertThat(sorted(ports.directories().all(), d -> d.id().toString()))
                .isEqualTo(sorted(expected.directories().all(), d -> d.id().toString()));
        for (var d : expected.directories().all()) {
            assertThat(ports.directories().domainsOf(d.id()))
                    .isEqualTo(expected.directories().domainsOf(d.id()));
            assertThat(sorted(ports.directoryUsers().inDirectory(d.id()), u -> u.id().toString()))
                    .extracting(WorldContract::withoutPassword)
                    .isEqualTo(sorted(expected.directoryUsers().inDirectory(d.id()), u -> u.id().toString()).stream()
                            .map(WorldContract::withoutPassword)
                            .toList());
            assertThat(ports.directoryRoles().members(d.id(), DirectoryRole.GlobalAdministrator))
                    .containsExactlyInAnyOrderElementsOf(
                            expected.directoryRoles().members(d.id(), DirectoryRole.GlobalAdministrator));
            assertThat(ports.appRegistrations().inDirectory(d.id()))
                    .extracting(AppRegistration::clientId)
                    .containsExactlyInAnyOrderElementsOf(expected.appRegistrations().inDirectory(d.id()).stream()
                            .map(AppRegistration::clientId)
                            .toList());
        }
        assertThat(ports.coAdministrators().of(Worlds.SUBSCRIPTION))
                .isEqualTo(expected.coAdministrators().of(Worlds.SUBSCRIPTION));
        assertThat(ports.resourceGroups().of(Worlds.SUBSCRIPTION))
                .isEqualTo(expected.resourceGroups().of(Worlds.SUBSCRIPTION));
        assertThat(ports.resources().of(Worlds.SUBSCRIPTION))
                .containsExactlyInAnyOrderElementsOf(expected.resources().of(Worlds.SUBSCRIPTION));
        assertThat(ports.roleAssignments().of(Worlds.SUBSCRIPTION))
                .containsExactlyInAnyOrderElementsOf(expected.roleAssignments().of(Worlds.SUBSCRIPTION));
    }

    @Test
    void storedPasswordHashesVerifyWithTheStoresHasher() {
        Worlds.kelleyWall(ports);

        MicrosoftAccount kelley =
                ports.microsoftAccounts().byId(Worlds.KELLEY_MSA).orElseThrow();
        assertThat(ports.passwordHasher().verify(Worlds.PASSWORD, kelley.password()))
                .isTrue();
        assertThat(ports.passwordHasher().verify("wrong", kelley.password())).isFalse();
        AppRegistration app = ports.appRegistrations()
                .byClientId(Worlds.DEMO_AUTOMATION_CLIENT)
                .orElseThrow();
        assertThat(ports.passwordHasher()
                        .verify("demo-automation-secret", app.secrets().get(0).hash()))
                .isTrue();
    }

    @Test
    void aWorldOfSeveralBatchesIsWrittenWhole() {
        // given a world with more users and role assignments than one write batch holds
        int count = 2_345;
        var dir = dev.cerulean.core.common.DirectoryId.of("d0000000-0000-4000-8000-0000000000b1");
        var sub = dev.cerulean.core.common.SubscriptionId.of("50000000-0000-4000-8000-0000000000b1");
        List<World.UserSpec> users = new ArrayList<>();
        List<World.AssignmentSpec> assignments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String upn = "user" + i + "@batches.onmicrosoft.com";
            users.add(new World.UserSpec(
                    null, upn, "User " + i, null, null, null, null, null, "pw-Batch-1", null, List.of()));
            assignments.add(new World.AssignmentSpec(
                    null,
                    "/subscriptions/" + sub,
                    new World.PrincipalRef(upn, null, null, null),
                    "Reader",
                    null,
                    null,
                    null));
        }
        World world = new World(
                List.of(new World.AccountSpec(null, "owner@outlook.com", "Owner", "pw-Owner-1", null, null)),
                List.of(new World.DirectorySpec(
                        dir,
                        "Batches",
                        "batches.onmicrosoft.com",
                        null,
                        null,
                        World.PersonRef.account("owner@outlook.com"),
                        null,
                        List.of(),
                        users,
                        List.of(),
                        List.of())),
                List.of(new World.SubscriptionSpec(
                        sub,
                        "Batches",
                        null,
                        null,
                        dir,
                        World.PersonRef.account("owner@outlook.com"),
                        World.PersonRef.account("owner@outlook.com"),
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        assignments)));

        // when it is loaded
        assertThat(new LoadWorld(ports).load(world).isLoaded()).isTrue();

        // then every user and every assignment is stored, each assignment naming its user
        List<DirectoryUser> stored = ports.directoryUsers().inDirectory(dir);
        assertThat(stored).hasSize(count);
        assertThat(stored)
                .extracting(DirectoryUser::userPrincipalName)
                .contains("user0@batches.onmicrosoft.com", "user2344@batches.onmicrosoft.com");
        assertThat(ports.roleAssignments().of(sub))
                .hasSize(count)
                .extracting(RoleAssignment::principalId)
                .containsExactlyInAnyOrderElementsOf(
                        stored.stream().map(DirectoryUser::id).toList());
        assertThat(ports.subscriptions().byId(sub)).isPresent();
    }
}
