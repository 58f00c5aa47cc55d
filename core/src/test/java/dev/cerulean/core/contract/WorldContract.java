package dev.cerulean.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
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
}
