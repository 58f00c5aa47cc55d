package dev.cerulean.core.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.world.World.AccountSpec;
import dev.cerulean.core.world.World.AssignmentSpec;
import dev.cerulean.core.world.World.CustomRoleSpec;
import dev.cerulean.core.world.World.DirectorySpec;
import dev.cerulean.core.world.World.PersonRef;
import dev.cerulean.core.world.World.PrincipalRef;
import dev.cerulean.core.world.World.ResourceGroupSpec;
import dev.cerulean.core.world.World.ResourceSpec;
import dev.cerulean.core.world.World.SubscriptionSpec;
import dev.cerulean.core.world.World.UserSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The small world the world-loading tests start from, and what they check after a refusal. */
abstract class LoadWorldFixture {
    final Ports ports = InMemoryPorts.create(Worlds.fixedClock(), Worlds.sequentialIds());

    static final DirectoryId DIR = DirectoryId.of("d0000000-0000-4000-8000-000000000001");
    static final SubscriptionId SUB = SubscriptionId.of("50000000-0000-4000-8000-000000000001");

    /** A small valid world: one MSA, one directory with one work account, one subscription. */
    static World small(UnaryOperator<SubscriptionSpec> sub, UnaryOperator<DirectorySpec> dir) {
        var directory = new DirectorySpec(
                DIR,
                "Fabrikam",
                "fabrikam.onmicrosoft.com",
                null,
                null,
                PersonRef.account("owner@outlook.com"),
                null,
                List.of(),
                List.of(new UserSpec(
                        null,
                        "ann@fabrikam.onmicrosoft.com",
                        "Ann",
                        null,
                        null,
                        null,
                        null,
                        null,
                        "pw-Ann-1",
                        null,
                        List.of())),
                List.of(),
                List.of());
        var subscription = new SubscriptionSpec(
                SUB,
                "Dev",
                null,
                null,
                DIR,
                PersonRef.account("owner@outlook.com"),
                PersonRef.account("owner@outlook.com"),
                null,
                List.of(),
                List.of(new ResourceGroupSpec(
                        "rg-a",
                        "northeurope",
                        Map.of("env", "dev"),
                        List.of(new ResourceSpec("Microsoft.Sql/servers/databases", "srv/db1", null, null, null)))),
                List.of(new CustomRoleSpec(
                        null,
                        "Vault Reader",
                        "reads vaults",
                        List.of("Microsoft.KeyVault/*/read"),
                        List.of(),
                        List.of())),
                List.of(new AssignmentSpec(
                        null,
                        "/subscriptions/" + SUB + "/resourceGroups/rg-a",
                        new PrincipalRef("ann@fabrikam.onmicrosoft.com", null, null, null),
                        "Vault Reader",
                        "Ann reads the vaults of rg-a",
                        null,
                        null)));
        return new World(
                List.of(new AccountSpec(null, "owner@outlook.com", "Owner", "pw-Owner-1", null, null)),
                List.of(dir.apply(directory)),
                List.of(sub.apply(subscription)));
    }

    List<WorldProblem> problemsOf(World world) {
        var result = new LoadWorld(ports).load(world);
        assertThat(result).isInstanceOf(LoadWorld.Invalid.class);
        return ((LoadWorld.Invalid) result).problems();
    }

    void assertStoreEmpty() {
        assertThat(ports.microsoftAccounts().all()).isEmpty();
        assertThat(ports.directories().all()).isEmpty();
        assertThat(ports.subscriptions().all()).isEmpty();
        assertThat(ports.directoryUsers().inDirectory(DIR)).isEmpty();
        assertThat(ports.roleAssignments().of(SUB)).isEmpty();
    }

    /** {@code s} with {@code assignments} instead of its own, and without co-administrators. */
    static SubscriptionSpec withAssignments(SubscriptionSpec s, List<AssignmentSpec> assignments) {
        return new SubscriptionSpec(
                s.id(),
                s.name(),
                s.offer(),
                s.state(),
                s.directory(),
                s.accountAdministrator(),
                s.serviceAdministrator(),
                null,
                List.of(),
                s.resourceGroups(),
                s.customRoles(),
                assignments);
    }

    static DirectorySpec withUsers(DirectorySpec d, UserSpec extra) {
        var users = new ArrayList<>(d.users());
        users.add(extra);
        return new DirectorySpec(
                d.id(),
                d.name(),
                d.initialDomain(),
                d.country(),
                d.origin(),
                d.createdBy(),
                d.createdAt(),
                d.domains(),
                users,
                d.apps(),
                d.rootRoleAssignments());
    }
}
