package dev.cerulean.core.access;

import static dev.cerulean.core.fixtures.Worlds.ALEX_IN_DEFAULT;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomRolesTest {
    static final RoleDefinitionId VM_OPERATOR = RoleDefinitionId.of("c0000000-0000-4000-8000-000000000001");
    static final List<String> VM_ACTIONS = List.of("Microsoft.Compute/virtualMachines/*", "*/read");

    final AccessFixture f = new AccessFixture();
    final CreateCustomRole create = f.createRole();
    final DeleteCustomRole delete = f.deleteRole();

    static CreateCustomRole.Request request(String name, List<String> actions, List<String> notActions) {
        return new CreateCustomRole.Request(SUBSCRIPTION, VM_OPERATOR, name, "Runs VMs", actions, notActions);
    }

    void assertCreateRefused(Caller caller, CreateCustomRole.Request request, RuleCode code) {
        AccessFixture.Snapshot before = f.snapshot();
        assertThat(create.create(caller, request).code()).isEqualTo(code);
        assertThat(f.snapshot()).isEqualTo(before);
    }

    void assertDeleteRefused(Caller caller, SubscriptionId s, RoleDefinitionId id, RuleCode code) {
        AccessFixture.Snapshot before = f.snapshot();
        assertThat(delete.delete(caller, s, id).code()).isEqualTo(code);
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    void ownerCreatesACustomRoleOfTheSubscription() {
        long version = f.version();
        RoleDefinition role = create.create(
                        f.world.kelleyMsaInDefault(),
                        request(" VM Operator ", VM_ACTIONS, List.of("Microsoft.Compute/virtualMachines/delete")))
                .orThrow();
        assertThat(role.roleName()).isEqualTo("VM Operator");
        assertThat(role.builtIn()).isFalse();
        assertThat(role.subscription()).isEqualTo(SUBSCRIPTION);
        assertThat(role.assignableScopes()).containsExactly(Scope.subscription(SUBSCRIPTION));
        assertThat(f.p.roleDefinitions().of(SUBSCRIPTION)).containsExactly(role);
        assertThat(f.version()).isEqualTo(version + 1);
        ActivityLogEntry entry = f.p.activityLog().ofSubscription(SUBSCRIPTION).get(0);
        assertThat(entry.operation()).isEqualTo("Microsoft.Authorization/roleDefinitions/write");
    }

    @Test
    void aNewIdIsChosenWhenNoneIsGiven() {
        RoleDefinition role = create.create(
                        f.world.kelleyMsaInDefault(),
                        new CreateCustomRole.Request(SUBSCRIPTION, null, "Auditor", null, List.of("*/read"), null))
                .orThrow();
        assertThat(f.p.roleDefinitions().byId(role.id())).contains(role);
        assertThat(role.notActions()).isEmpty();
    }

    @Test
    void puttingTheSameIdAgainReplacesTheDefinition() {
        create.create(f.world.kelleyMsaInDefault(), request("VM Operator", VM_ACTIONS, List.of()))
                .orThrow();
        RoleDefinition changed = create.create(
                        f.world.kelleyMsaInDefault(), request("VM Operator", List.of("*/read"), List.of()))
                .orThrow();
        assertThat(f.p.roleDefinitions().of(SUBSCRIPTION)).containsExactly(changed);
        AccessFixture.Snapshot before = f.snapshot();
        assertThat(create.create(f.world.kelleyMsaInDefault(), request("VM Operator", List.of("*/read"), List.of()))
                        .orThrow())
                .isEqualTo(changed);
        assertThat(f.snapshot()).as("an identical PUT changes nothing").isEqualTo(before);
    }

    @Test
    void invalidRoleDefinitionIsRefused() {
        Caller kelley = f.world.kelleyMsaInDefault();
        assertCreateRefused(kelley, request(" ", VM_ACTIONS, List.of()), RuleCode.InvalidRoleDefinition);
        assertCreateRefused(kelley, request(null, VM_ACTIONS, List.of()), RuleCode.InvalidRoleDefinition);
        assertCreateRefused(kelley, request("x".repeat(300), VM_ACTIONS, List.of()), RuleCode.InvalidRoleDefinition);
        assertCreateRefused(kelley, request("VM Operator", List.of(), List.of()), RuleCode.InvalidRoleDefinition);
        assertCreateRefused(kelley, request("VM Operator", null, List.of()), RuleCode.InvalidRoleDefinition);
        assertCreateRefused(
                kelley,
                request("VM Operator", List.of("Microsoft.Compute//read"), List.of()),
                RuleCode.InvalidRoleDefinition);
        assertCreateRefused(
                kelley,
                request("VM Operator", List.of("*/read"), List.of("not an action")),
                RuleCode.InvalidRoleDefinition);
        assertCreateRefused(
                kelley,
                new CreateCustomRole.Request(
                        SUBSCRIPTION, BuiltInRoles.OWNER.id(), "Mine", "", List.of("*"), List.of()),
                RuleCode.InvalidRoleDefinition);
    }

    @Test
    void nameOfABuiltInOrAnotherCustomRoleIsRefused() {
        Caller kelley = f.world.kelleyMsaInDefault();
        assertCreateRefused(kelley, request("owner", VM_ACTIONS, List.of()), RuleCode.RoleDefinitionNameExists);
        create.create(kelley, request("VM Operator", VM_ACTIONS, List.of())).orThrow();
        assertCreateRefused(
                kelley,
                new CreateCustomRole.Request(
                        SUBSCRIPTION,
                        RoleDefinitionId.of("c0000000-0000-4000-8000-000000000009"),
                        "vm operator",
                        "",
                        VM_ACTIONS,
                        List.of()),
                RuleCode.RoleDefinitionNameExists);
    }

    @Test
    void contributorReaderAndStrangersMayNotCreateRoles() {
        assertCreateRefused(
                f.world.demoAutomation(), request("VM Operator", VM_ACTIONS, List.of()), RuleCode.AuthorizationFailed);
        assertCreateRefused(
                f.world.samReader(), request("VM Operator", VM_ACTIONS, List.of()), RuleCode.AuthorizationFailed);
        assertCreateRefused(
                f.world.contosoGlobalAdministrator(),
                request("VM Operator", VM_ACTIONS, List.of()),
                RuleCode.AuthorizationFailed);
    }

    @Test
    void unknownSubscriptionIsRefused() {
        SubscriptionId unknown = SubscriptionId.of("6c6c6c6c-0000-4000-8000-000000000004");
        assertCreateRefused(
                f.world.kelleyMsaInDefault(),
                new CreateCustomRole.Request(unknown, null, "X", "", List.of("*/read"), List.of()),
                RuleCode.SubscriptionNotFound);
        assertDeleteRefused(f.world.kelleyMsaInDefault(), unknown, VM_OPERATOR, RuleCode.SubscriptionNotFound);
    }

    @Test
    void ownerDeletesAnUnusedCustomRole() {
        create.create(f.world.kelleyMsaInDefault(), request("VM Operator", VM_ACTIONS, List.of()))
                .orThrow();
        long version = f.version();
        assertThat(delete.delete(f.world.alexMsaInDefault(), SUBSCRIPTION, VM_OPERATOR)
                        .orThrow()
                        .id())
                .isEqualTo(VM_OPERATOR);
        assertThat(f.p.roleDefinitions().byId(VM_OPERATOR)).isEmpty();
        assertThat(f.version()).isEqualTo(version + 1);
        assertThat(f.p.activityLog().ofSubscription(SUBSCRIPTION).get(0).operation())
                .isEqualTo("Microsoft.Authorization/roleDefinitions/delete");
    }

    @Test
    void roleDefinitionInUseIsNotDeleted() {
        create.create(f.world.kelleyMsaInDefault(), request("VM Operator", VM_ACTIONS, List.of()))
                .orThrow();
        f.createAssignment()
                .create(
                        f.world.kelleyMsaInDefault(),
                        new CreateRoleAssignment.Request(
                                RoleAssignmentId.of("0a000000-0000-4000-8000-000000000100"),
                                Scope.resourceGroup(SUBSCRIPTION, "rg-web"),
                                VM_OPERATOR,
                                ALEX_IN_DEFAULT))
                .orThrow();
        assertDeleteRefused(f.world.kelleyMsaInDefault(), SUBSCRIPTION, VM_OPERATOR, RuleCode.RoleDefinitionInUse);
    }

    @Test
    void unknownBuiltInOrForeignRolesAreNotFound() {
        assertDeleteRefused(f.world.kelleyMsaInDefault(), SUBSCRIPTION, VM_OPERATOR, RuleCode.RoleDefinitionNotFound);
        assertDeleteRefused(
                f.world.kelleyMsaInDefault(), SUBSCRIPTION, BuiltInRoles.READER.id(), RuleCode.RoleDefinitionNotFound);
    }

    @Test
    void contributorMayNotDeleteRoles() {
        create.create(f.world.kelleyMsaInDefault(), request("VM Operator", VM_ACTIONS, List.of()))
                .orThrow();
        assertDeleteRefused(f.world.demoAutomation(), SUBSCRIPTION, VM_OPERATOR, RuleCode.AuthorizationFailed);
    }
}
