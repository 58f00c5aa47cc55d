package dev.cerulean.core.move;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.CreateRoleAssignment;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.directory.group.CreateGroup;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.move.MovePlan.PlannedAssignment;
import org.junit.jupiter.api.Test;

/** The plan of a directory change: the preview's lists, each principal described, identities and vaults. */
class PlanDirectoryChangeTest extends LinkedWorldTest {
    private final PlanDirectoryChange plan = Worlds.useCases(p).move().planDirectoryChange();

    @Test
    void R12_thePlanDescribesEveryAssignmentsPrincipalIdentitiesAndVaults() {
        var uses = Worlds.useCases(p);
        var group = uses.groups()
                .create()
                .create(kelley, DEFAULT_DIRECTORY, CreateGroup.Request.security("Web ops", "web-ops", null))
                .orThrow();
        uses.access()
                .createRoleAssignment()
                .create(
                        kelley,
                        new CreateRoleAssignment.Request(
                                RoleAssignmentId.of("0a000000-0000-4000-8000-0000000000c1"),
                                Scope.subscription(SUBSCRIPTION),
                                BuiltInRoles.READER.id(),
                                group.id()))
                .orThrow();

        MovePlan planned = plan.plan(kelley, SUBSCRIPTION, CONTOSO).orThrow();

        assertThat(planned.format()).isEqualTo(MovePlan.FORMAT);
        assertThat(planned.source()).isEqualTo(DEFAULT_DIRECTORY);
        assertThat(planned.destination()).isEqualTo(CONTOSO);
        assertThat(planned.subscriptionVersion()).isEqualTo(w.subscription().version());
        assertThat(planned.roleAssignments())
                .extracting(PlannedAssignment::id)
                .containsExactlyInAnyOrderElementsOf(p.roleAssignments().of(SUBSCRIPTION).stream()
                        .map(RoleAssignment::id)
                        .toList());
        PlannedAssignment sam = planned.roleAssignments().stream()
                .filter(a -> a.id().equals(Worlds.SAM_READER_ASSIGNMENT))
                .findFirst()
                .orElseThrow();
        assertThat(sam.roleName()).isEqualTo("Reader");
        assertThat(sam.principal().userPrincipalName()).isEqualTo("sam.reader@kelleywalloutlook.onmicrosoft.com");
        PlannedAssignment automation = planned.roleAssignments().stream()
                .filter(a -> a.id().equals(Worlds.AUTOMATION_ASSIGNMENT))
                .findFirst()
                .orElseThrow();
        assertThat(automation.principal().appId()).isEqualTo(Worlds.DEMO_AUTOMATION_CLIENT);
        assertThat(planned.roleAssignments())
                .filteredOn(a -> a.principal().type() == RoleAssignment.PrincipalType.Group)
                .singleElement()
                .satisfies(a -> assertThat(a.principal().displayName()).isEqualTo("Web ops"));
        assertThat(planned.coAdministrators())
                .extracting(MovePlan.PlannedAdministrator::email)
                .containsExactly("alex.ops@outlook.com");
        assertThat(planned.serviceAdministrator().microsoftAccount()).isTrue();
        assertThat(planned.serviceAdministratorLosesAccess()).isFalse();
        assertThat(planned.keyVaults()).singleElement().satisfies(v -> {
            assertThat(v.resource()).isEqualTo(Worlds.KV_WEB);
            assertThat(v.tenantId()).isEqualTo(DEFAULT_DIRECTORY);
        });
        assertThat(planned.managedIdentities()).singleElement().satisfies(i -> {
            assertThat(i.resource()).isEqualTo(Worlds.VM_WEB);
            assertThat(i.systemAssigned()).isTrue();
            assertThat(i.principalId()).isEqualTo(Worlds.VM_WEB_IDENTITY);
        });
    }

    @Test
    void RequiresOwner_aReaderGetsNoPlanAndNothingChanges() {
        assertRefused(() -> plan.plan(w.world().samReader(), SUBSCRIPTION, CONTOSO), RuleCode.RequiresOwner);
    }

    @Test
    void SameDirectory_thereIsNothingToPlan() {
        assertRefused(() -> plan.plan(kelley, SUBSCRIPTION, DEFAULT_DIRECTORY), RuleCode.SameDirectory);
    }
}
