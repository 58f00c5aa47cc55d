package dev.cerulean.core.access;

import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.NOW;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.Test;

class AuthorizeTest {
    final AccessFixture f = new AccessFixture();

    @Test
    void decidesFromTheStoresAsTheyAreNow() {
        Scope vm = Scope.of(Worlds.VM_WEB);
        assertThat(f.authorize.decide(f.world.samReader(), "Microsoft.Compute/virtualMachines/read", vm))
                .isEqualTo(Decision.AllowedByRoleAssignment);
        // as every writer of what belongs to a subscription does, in the same transaction
        f.p.roleAssignments().remove(Worlds.SAM_READER_ASSIGNMENT);
        f.p.subscriptions().touch(SUBSCRIPTION);
        assertThat(f.authorize.decide(f.world.samReader(), "Microsoft.Compute/virtualMachines/read", vm))
                .isEqualTo(Decision.DeniedNoPermission);
    }

    @Test
    void unknownSubscriptionDenies() {
        Scope unknown = Scope.subscription(SubscriptionId.of("6c6c6c6c-0000-4000-8000-000000000004"));
        assertThat(f.authorize.decide(f.world.kelleyMsaInDefault(), "*/read", unknown))
                .isEqualTo(Decision.DeniedNoPermission);
        assertThat(f.authorize.accessOf(unknown.subscription())).isEmpty();
    }

    @Test
    void R29_atTheRootOnlyRootScopeAssignmentsOfTheCallersDirectoryCount() {
        String write = "Microsoft.Authorization/roleAssignments/write";
        // classic administrators are nothing at the root
        assertThat(f.authorize.decide(f.world.kelleyMsaInDefault(), write, Scope.ROOT))
                .isEqualTo(Decision.DeniedNoPermission);
        f.p.roleAssignments()
                .add(new RoleAssignment(
                        RoleAssignmentId.of("0a000000-0000-4000-8000-0000000000ff"),
                        Scope.ROOT,
                        Worlds.KELLEY_IN_DEFAULT,
                        RoleAssignment.PrincipalType.User,
                        BuiltInRoles.USER_ACCESS_ADMINISTRATOR.id(),
                        DEFAULT_DIRECTORY,
                        NOW,
                        "test"));
        assertThat(f.authorize.decide(f.world.kelleyMsaInDefault(), write, Scope.ROOT))
                .isEqualTo(Decision.AllowedByRoleAssignment);
        assertThat(f.authorize.decide(
                        f.world.kelleyMsaInDefault(), "Microsoft.Compute/virtualMachines/write", Scope.ROOT))
                .isEqualTo(Decision.DeniedNoPermission);
        assertThat(f.authorize.decide(f.world.contosoGlobalAdministrator(), write, Scope.ROOT))
                .isEqualTo(Decision.DeniedNoPermission);
        assertThat(f.authorize.decide(f.world.samReader(), write, Scope.subscription(SUBSCRIPTION)))
                .isEqualTo(Decision.DeniedNoPermission);
    }
}
