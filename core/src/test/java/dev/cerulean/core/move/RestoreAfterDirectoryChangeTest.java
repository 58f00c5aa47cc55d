package dev.cerulean.core.move;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.CreateRoleAssignment;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.move.RestoreReport.Item;
import dev.cerulean.core.move.RestoreReport.Kind;
import dev.cerulean.core.move.RestoreReport.Status;
import dev.cerulean.core.subscription.Resource;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Restore after a directory change: the plan's custom roles, identities, key vaults and the
 * assignments of mapped principals, again in the new directory; idempotent, logged, dry-runnable.
 */
class RestoreAfterDirectoryChangeTest extends RehearsalTest {
    private final RestoreAfterDirectoryChange restore = uses.move().restoreAfterDirectoryChange();

    private static Item item(RestoreReport report, String targetEnd) {
        return report.items().stream()
                .filter(i -> i.target().endsWith(targetEnd))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void restoresRolesIdentitiesVaultsAndTheMappedPrincipalsAssignments_eachWriteLogged() {
        MovePlan plan = planned();
        move();
        int logged = p.activityLog().ofSubscription(SUBSCRIPTION).size();

        RestoreReport report =
                restore.restore(kelleyInContoso(), plan, mapping(), false).orThrow();

        assertThat(report.dryRun()).isFalse();
        assertThat(item(report, operator.id().toString()).status()).isEqualTo(Status.RESTORED);
        assertThat(p.roleDefinitions().byId(operator.id())).hasValueSatisfying(d -> {
            assertThat(d.roleName()).isEqualTo("VM operator");
            assertThat(d.subscription()).isEqualTo(SUBSCRIPTION);
        });
        Item sam = item(report, OPERATOR_ASSIGNMENT.toString());
        assertThat(sam.status()).isEqualTo(Status.RESTORED);
        assertThat(sam.restoredAs()).isEqualTo(SAM_IN_CONTOSO);
        assertThat(p.roleAssignments().byId(OPERATOR_ASSIGNMENT)).hasValueSatisfying(a -> {
            assertThat(a.principalId()).isEqualTo(SAM_IN_CONTOSO);
            assertThat(a.roleDefinition()).isEqualTo(operator.id());
            assertThat(a.directory()).isEqualTo(CONTOSO);
        });
        assertThat(p.roleAssignments().byId(GROUP_ASSIGNMENT))
                .hasValueSatisfying(a -> assertThat(a.principalId()).isEqualTo(contosoWebOps.id()));
        Item automation = item(report, Worlds.AUTOMATION_ASSIGNMENT.toString());
        assertThat(automation.status()).isEqualTo(Status.SKIPPED);
        assertThat(p.roleAssignments().byId(Worlds.AUTOMATION_ASSIGNMENT)).isEmpty();

        Resource vm = p.resources().byId(Worlds.VM_WEB).orElseThrow();
        assertThat(vm.identity().enabled()).isTrue();
        assertThat(vm.identity().tenantId()).isEqualTo(CONTOSO);
        assertThat(vm.identity().principalId()).isNotEqualTo(Worlds.VM_WEB_IDENTITY);
        Item identity = item(report, Worlds.VM_WEB.toString());
        assertThat(identity.kind()).isEqualTo(Kind.SYSTEM_ASSIGNED_IDENTITY);
        assertThat(identity.restoredAs()).isEqualTo(vm.identity().principalId());
        assertThat(p.roleAssignments().byId(VM_ASSIGNMENT))
                .hasValueSatisfying(
                        a -> assertThat(a.principalId()).isEqualTo(vm.identity().principalId()));
        assertThat(p.resources().byId(Worlds.KV_WEB).orElseThrow().tenantId()).isEqualTo(CONTOSO);
        assertThat(item(report, Worlds.KV_WEB.toString()).status()).isEqualTo(Status.RESTORED);

        var entries = p.activityLog().ofSubscription(SUBSCRIPTION);
        assertThat(entries.size() - logged).isEqualTo((int) report.count(Status.RESTORED));
        assertThat(entries)
                .anySatisfy(e -> assertThat(e.target()).endsWith(OPERATOR_ASSIGNMENT.toString()))
                .anySatisfy(e -> assertThat(e.operation()).isEqualTo("Microsoft.KeyVault/vaults/write"));
    }

    @Test
    void aSecondRunChangesNothingAndSaysSo() {
        MovePlan plan = planned();
        move();
        restore.restore(kelleyInContoso(), plan, mapping(), false).orThrow();
        WorldSnapshot before = WorldSnapshot.of(p);

        RestoreReport again =
                restore.restore(kelleyInContoso(), plan, mapping(), false).orThrow();

        assertThat(again.changedNothing()).isTrue();
        assertThat(again.items()).extracting(Item::status).containsOnly(Status.ALREADY_PRESENT, Status.SKIPPED);
        // the automation's assignment and Alex, the co-administrator, both unmapped
        assertThat(again.count(Status.SKIPPED)).isEqualTo(2);
        assertThat(WorldSnapshot.of(p)).isEqualTo(before);
    }

    @Test
    void aDryRunReportsWhatTheRunDoesAndWritesNothing() {
        MovePlan plan = planned();
        move();
        WorldSnapshot before = WorldSnapshot.of(p);

        RestoreReport dry =
                restore.restore(kelleyInContoso(), plan, mapping(), true).orThrow();

        assertThat(WorldSnapshot.of(p)).isEqualTo(before);
        assertThat(dry.dryRun()).isTrue();
        RestoreReport real =
                restore.restore(kelleyInContoso(), plan, mapping(), false).orThrow();
        assertThat(dry.items())
                .extracting(Item::target)
                .isEqualTo(real.items().stream().map(Item::target).toList());
        assertThat(dry.items())
                .extracting(Item::status)
                .isEqualTo(real.items().stream().map(Item::status).toList());
        assertThat(dry.count(Status.RESTORED))
                .isEqualTo(real.count(Status.RESTORED))
                .isPositive();
    }

    @Test
    void PrincipalNotInDirectory_anAssignmentMappedOutsideTheNewDirectoryIsRefusedTheOthersRestored() {
        MovePlan plan = planned();
        move();
        var mapping = new MoveMapping(
                Map.of(Worlds.SAM_READER, Worlds.SAM_READER, webOps.id(), contosoWebOps.id()), Set.of());

        RestoreReport report =
                restore.restore(kelleyInContoso(), plan, mapping, false).orThrow();

        Item sam = item(report, OPERATOR_ASSIGNMENT.toString());
        assertThat(sam.status()).isEqualTo(Status.REFUSED);
        assertThat(sam.code()).isEqualTo(RuleCode.PrincipalNotInDirectory);
        assertThat(p.roleAssignments().byId(OPERATOR_ASSIGNMENT)).isEmpty();
        assertThat(item(report, GROUP_ASSIGNMENT.toString()).status()).isEqualTo(Status.RESTORED);
        assertThat(item(report, Worlds.VM_WEB.toString()).status()).isEqualTo(Status.SKIPPED);
        assertThat(item(report, VM_ASSIGNMENT.toString()).status()).isEqualTo(Status.SKIPPED);
    }

    @Test
    void SubscriptionNotMoved_restoringBeforeTheChangeChangesNothing() {
        MovePlan plan = planned();

        assertRefused(() -> restore.restore(kelley, plan, mapping(), false), RuleCode.SubscriptionNotMoved);
    }

    @Test
    void SubscriptionNotFound_thePlansSubscriptionIsNotThere() {
        MovePlan plan = planned();
        move();
        MovePlan elsewhere = new MovePlan(
                plan.format(),
                new SubscriptionId(UUID.fromString("99999999-0000-4000-8000-000000000000")),
                plan.subscriptionName(),
                plan.subscriptionVersion(),
                plan.source(),
                plan.destination(),
                plan.generatedAt(),
                plan.roleAssignments(),
                plan.customRoles(),
                plan.coAdministrators(),
                plan.serviceAdministrator(),
                plan.serviceAdministratorLosesAccess(),
                plan.managedIdentities(),
                plan.keyVaults());

        assertRefused(
                () -> restore.restore(kelleyInContoso(), elsewhere, mapping(), false), RuleCode.SubscriptionNotFound);
    }

    @Test
    void AuthorizationFailed_aCallerWhoMayNotWriteRoleAssignmentsRestoresNothing() {
        MovePlan plan = planned();
        move();

        assertRefused(() -> restore.restore(w.world().megan(), plan, mapping(), false), RuleCode.AuthorizationFailed);
        assertRefused(() -> restore.restore(w.world().megan(), plan, mapping(), true), RuleCode.AuthorizationFailed);
    }

    @Test
    void PrincipalNotInPlan_aMappingNamingAStrangerOrReenablingANonIdentity() {
        MovePlan plan = planned();
        move();
        var stranger = new MoveMapping(Map.of(Worlds.MEGAN_BOWEN, SAM_IN_CONTOSO), Set.of());
        var notAnIdentity = new MoveMapping(Map.of(), Set.of(Worlds.SAM_READER));

        assertRefused(() -> restore.restore(kelleyInContoso(), plan, stranger, false), RuleCode.PrincipalNotInPlan);
        assertRefused(
                () -> restore.restore(kelleyInContoso(), plan, notAnIdentity, false), RuleCode.PrincipalNotInPlan);
    }

    @Test
    void RoleAssignmentExists_accessRestoredByHandUnderAnotherIdIsAlreadyPresent() {
        MovePlan plan = planned();
        move();
        Caller admin = kelleyInContoso();
        uses.access()
                .createRoleAssignment()
                .create(
                        admin,
                        new CreateRoleAssignment.Request(
                                new RoleAssignmentId(UUID.randomUUID()),
                                Scope.subscription(SUBSCRIPTION),
                                BuiltInRoles.READER.id(),
                                contosoWebOps.id()))
                .orThrow();

        RestoreReport report = restore.restore(admin, plan, mapping(), false).orThrow();

        Item group = item(report, GROUP_ASSIGNMENT.toString());
        assertThat(group.status()).isEqualTo(Status.ALREADY_PRESENT);
        assertThat(group.code()).isEqualTo(RuleCode.RoleAssignmentExists);
        assertThat(p.roleAssignments().of(SUBSCRIPTION))
                .filteredOn(a -> a.principalId().equals(contosoWebOps.id()))
                .extracting(RoleAssignment::id)
                .doesNotContain(GROUP_ASSIGNMENT);
    }
}
