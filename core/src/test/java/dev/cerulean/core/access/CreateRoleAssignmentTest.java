package dev.cerulean.core.access;

import static dev.cerulean.core.fixtures.Worlds.ALEX_IN_DEFAULT;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.DEMO_AUTOMATION_SP;
import static dev.cerulean.core.fixtures.Worlds.KV_WEB;
import static dev.cerulean.core.fixtures.Worlds.NOW;
import static dev.cerulean.core.fixtures.Worlds.SAM_READER;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.fixtures.Worlds;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CreateRoleAssignmentTest {
    static final RoleAssignmentId NEW_ID = RoleAssignmentId.of("0a000000-0000-4000-8000-000000000100");
    static final Scope SUB = Scope.subscription(SUBSCRIPTION);
    static final Scope RG_WEB = Scope.resourceGroup(SUBSCRIPTION, "rg-web");

    final AccessFixture f = new AccessFixture();
    final CreateRoleAssignment create = f.createAssignment();

    Outcome<CreateRoleAssignment.Result> assign(
            Caller caller, RoleAssignmentId id, Scope scope, RoleDefinitionId role, ObjectId principal) {
        return create.create(caller, new CreateRoleAssignment.Request(id, scope, role, principal));
    }

    /** Asserts the refusal's code and that nothing changed. */
    void assertRefused(
            Caller caller, RoleAssignmentId id, Scope scope, RoleDefinitionId role, ObjectId principal, RuleCode code) {
        AccessFixture.Snapshot before = f.snapshot();
        Outcome<CreateRoleAssignment.Result> outcome = assign(caller, id, scope, role, principal);
        assertThat(outcome.code()).isEqualTo(code);
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    void R27_serviceAdministratorAssignsARoleWhichIsLoggedAndMovesTheVersion() {
        long version = f.version();
        Outcome<CreateRoleAssignment.Result> outcome =
                assign(f.world.kelleyMsaInDefault(), NEW_ID, RG_WEB, BuiltInRoles.CONTRIBUTOR.id(), ALEX_IN_DEFAULT);

        RoleAssignment a = outcome.orThrow().assignment();
        assertThat(outcome.orThrow().created()).isTrue();
        assertThat(a.scope()).isEqualTo(RG_WEB);
        assertThat(a.principalType()).isEqualTo(RoleAssignment.PrincipalType.User);
        assertThat(a.directory()).isEqualTo(DEFAULT_DIRECTORY);
        assertThat(a.createdAt()).isEqualTo(NOW);
        assertThat(a.createdBy()).isEqualTo(Worlds.KELLEY_IN_DEFAULT.toString());
        assertThat(f.p.roleAssignments().byId(NEW_ID)).contains(a);
        assertThat(f.version()).isEqualTo(version + 1);
        ActivityLogEntry entry = f.p.activityLog().ofSubscription(SUBSCRIPTION).get(0);
        assertThat(entry.operation()).isEqualTo("Microsoft.Authorization/roleAssignments/write");
        assertThat(entry.status()).isEqualTo(ActivityLogEntry.Status.Succeeded);
        assertThat(entry.caller()).isEqualTo("kelley.wall@outlook.com");
        assertThat(entry.target()).isEqualTo(RG_WEB + "/providers/Microsoft.Authorization/roleAssignments/" + NEW_ID);
        // and the assignment takes effect
        Caller alex = new Caller(
                new dev.cerulean.core.account.Identity.Work(DEFAULT_DIRECTORY, ALEX_IN_DEFAULT),
                DEFAULT_DIRECTORY,
                ALEX_IN_DEFAULT,
                null);
        assertThat(f.authorize
                        .decide(alex, "Microsoft.Compute/virtualMachines/write", Scope.of(Worlds.VM_WEB))
                        .allowed())
                .isTrue();
    }

    @Test
    void coAdministratorAssignsARoleToAServicePrincipalOnAResource() {
        Outcome<CreateRoleAssignment.Result> outcome = assign(
                f.world.alexMsaInDefault(), NEW_ID, Scope.of(KV_WEB), BuiltInRoles.READER.id(), DEMO_AUTOMATION_SP);
        assertThat(outcome.orThrow().assignment().principalType())
                .isEqualTo(RoleAssignment.PrincipalType.ServicePrincipal);
    }

    @Test
    void sameIdAndSameContentAnswersTheStoredAssignmentAndChangesNothing() {
        RoleAssignment first = assign(
                        f.world.kelleyMsaInDefault(), NEW_ID, RG_WEB, BuiltInRoles.READER.id(), ALEX_IN_DEFAULT)
                .orThrow()
                .assignment();
        AccessFixture.Snapshot before = f.snapshot();
        Outcome<CreateRoleAssignment.Result> again = assign(
                f.world.alexMsaInDefault(),
                NEW_ID,
                Scope.resourceGroup(SUBSCRIPTION, "RG-WEB"),
                BuiltInRoles.READER.id(),
                ALEX_IN_DEFAULT);
        assertThat(again.orThrow()).isEqualTo(new CreateRoleAssignment.Result(first, false));
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    void sameIdWithOtherContentIsRefused() {
        assign(f.world.kelleyMsaInDefault(), NEW_ID, RG_WEB, BuiltInRoles.READER.id(), ALEX_IN_DEFAULT)
                .orThrow();
        assertRefused(
                f.world.kelleyMsaInDefault(),
                NEW_ID,
                RG_WEB,
                BuiltInRoles.OWNER.id(),
                ALEX_IN_DEFAULT,
                RuleCode.RoleAssignmentUpdateNotPermitted);
    }

    @Test
    void readerMayNotAssignRoles() {
        assertRefused(
                f.world.samReader(),
                NEW_ID,
                RG_WEB,
                BuiltInRoles.READER.id(),
                ALEX_IN_DEFAULT,
                RuleCode.AuthorizationFailed);
    }

    @Test
    void contributorMayNotAssignRoles() {
        assertRefused(
                f.world.demoAutomation(),
                NEW_ID,
                SUB,
                BuiltInRoles.READER.id(),
                ALEX_IN_DEFAULT,
                RuleCode.AuthorizationFailed);
    }

    @Test
    void callerOfAnotherDirectoryMayNotAssignRoles() {
        assertRefused(
                f.world.contosoGlobalAdministrator(),
                NEW_ID,
                SUB,
                BuiltInRoles.READER.id(),
                ALEX_IN_DEFAULT,
                RuleCode.AuthorizationFailed);
    }

    @Test
    void authorizationFailureNamesCallerActionAndScope() {
        Outcome<CreateRoleAssignment.Result> outcome =
                assign(f.world.samReader(), NEW_ID, RG_WEB, BuiltInRoles.READER.id(), ALEX_IN_DEFAULT);
        assertThat(((Outcome.Rejected<?>) outcome).args())
                .containsExactly(
                        "sam.reader@kelleywalloutlook.onmicrosoft.com",
                        "Microsoft.Authorization/roleAssignments/write",
                        RG_WEB.toString());
    }

    @Test
    void R26_ownerOfAResourceGroupAssignsBelowItButNotBesideOrAbove() {
        f.p.roleAssignments()
                .add(new RoleAssignment(
                        RoleAssignmentId.of("0a000000-0000-4000-8000-0000000000aa"),
                        RG_WEB,
                        ALEX_IN_DEFAULT,
                        RoleAssignment.PrincipalType.User,
                        BuiltInRoles.OWNER.id(),
                        DEFAULT_DIRECTORY,
                        NOW,
                        "t"));
        f.p.coAdministrators().removeAll(SUBSCRIPTION);
        f.p.resourceGroups()
                .add(new dev.cerulean.core.subscription.ResourceGroup(
                        SUBSCRIPTION, "rg-data", "westeurope", java.util.Map.of()));
        Caller alex = f.world.alexMsaInDefault();
        assertThat(assign(alex, NEW_ID, Scope.of(KV_WEB), BuiltInRoles.READER.id(), SAM_READER)
                        .isOk())
                .isTrue();
        RoleAssignmentId other = RoleAssignmentId.of("0a000000-0000-4000-8000-000000000101");
        assertRefused(
                alex,
                other,
                Scope.resourceGroup(SUBSCRIPTION, "rg-data"),
                BuiltInRoles.READER.id(),
                SAM_READER,
                RuleCode.AuthorizationFailed);
        assertRefused(alex, other, SUB, BuiltInRoles.READER.id(), SAM_READER, RuleCode.AuthorizationFailed);
    }

    @Test
    void R25_principalNotInDirectory_userOfAnotherDirectory() {
        assertRefused(
                f.world.kelleyMsaInDefault(),
                NEW_ID,
                SUB,
                BuiltInRoles.READER.id(),
                Worlds.MEGAN_BOWEN,
                RuleCode.PrincipalNotInDirectory);
    }

    @Test
    void R25_principalNotInDirectory_servicePrincipalOfAnotherDirectory() {
        assertRefused(
                f.world.kelleyMsaInDefault(),
                NEW_ID,
                SUB,
                BuiltInRoles.READER.id(),
                Worlds.CONTOSO_AUTOMATION_SP,
                RuleCode.PrincipalNotInDirectory);
    }

    @Test
    void R25_aSystemAssignedIdentityOfTheSubscriptionsDirectoryHoldsARoleAsAServicePrincipal() {
        RoleAssignment a = assign(
                        f.world.kelleyMsaInDefault(), NEW_ID, RG_WEB, BuiltInRoles.READER.id(), Worlds.VM_WEB_IDENTITY)
                .orThrow()
                .assignment();

        assertThat(a.principalType()).isEqualTo(RoleAssignment.PrincipalType.ServicePrincipal);
        assertThat(f.p.roleAssignments().byId(NEW_ID)).contains(a);
    }

    @Test
    void R25_principalNotInDirectory_disabledManagedIdentity() {
        // after a directory change the identity is disabled and still the old directory's
        var vm = f.p.resources().byId(Worlds.VM_WEB).orElseThrow();
        f.p.resources().update(vm.withIdentity(vm.identity().enabled(false)));

        assertRefused(
                f.world.kelleyMsaInDefault(),
                NEW_ID,
                SUB,
                BuiltInRoles.READER.id(),
                Worlds.VM_WEB_IDENTITY,
                RuleCode.PrincipalNotInDirectory);
    }

    @Test
    void R25_principalNotInDirectory_managedIdentityOfAnotherDirectory() {
        var vm = f.p.resources().byId(Worlds.VM_WEB).orElseThrow();
        f.p.resources()
                .update(vm.withIdentity(new dev.cerulean.core.subscription.Resource.ManagedIdentity(
                        vm.identity().principalId(),
                        Worlds.CONTOSO,
                        true,
                        vm.identity().clientId())));

        assertRefused(
                f.world.kelleyMsaInDefault(),
                NEW_ID,
                SUB,
                BuiltInRoles.READER.id(),
                Worlds.VM_WEB_IDENTITY,
                RuleCode.PrincipalNotInDirectory);
    }

    @Test
    void R25_principalNotInDirectory_unknownObject() {
        assertRefused(
                f.world.kelleyMsaInDefault(),
                NEW_ID,
                SUB,
                BuiltInRoles.READER.id(),
                ObjectId.of("0f000000-0000-4000-8000-000000000001"),
                RuleCode.PrincipalNotInDirectory);
    }

    @Test
    void unknownRoleIsRefused() {
        assertRefused(
                f.world.kelleyMsaInDefault(),
                NEW_ID,
                SUB,
                RoleDefinitionId.of("0f000000-0000-4000-8000-000000000002"),
                ALEX_IN_DEFAULT,
                RuleCode.RoleDefinitionNotFound);
    }

    @Test
    void customRoleOfAnotherSubscriptionIsRefusedAndOneOfThisSubscriptionIsAccepted() {
        RoleDefinition foreign = new RoleDefinition(
                RoleDefinitionId.of("c0000000-0000-4000-8000-000000000002"),
                "Foreign",
                "",
                false,
                SubscriptionId.of("6c6c6c6c-0000-4000-8000-000000000004"),
                List.of("*/read"),
                List.of(),
                List.of());
        RoleDefinition own = new RoleDefinition(
                RoleDefinitionId.of("c0000000-0000-4000-8000-000000000003"),
                "Own",
                "",
                false,
                SUBSCRIPTION,
                List.of("*/read"),
                List.of(),
                List.of(SUB));
        f.p.roleDefinitions().add(foreign);
        f.p.roleDefinitions().add(own);
        assertRefused(
                f.world.kelleyMsaInDefault(),
                NEW_ID,
                SUB,
                foreign.id(),
                ALEX_IN_DEFAULT,
                RuleCode.RoleDefinitionNotFound);
        assertThat(assign(f.world.kelleyMsaInDefault(), NEW_ID, SUB, own.id(), ALEX_IN_DEFAULT)
                        .isOk())
                .isTrue();
    }

    @Test
    void absentResourceGroupOrResourceIsRefused() {
        assertRefused(
                f.world.kelleyMsaInDefault(),
                NEW_ID,
                Scope.resourceGroup(SUBSCRIPTION, "rg-missing"),
                BuiltInRoles.READER.id(),
                ALEX_IN_DEFAULT,
                RuleCode.ResourceGroupNotFound);
        assertRefused(
                f.world.kelleyMsaInDefault(),
                NEW_ID,
                Scope.of(ResourceId.of(SUBSCRIPTION, "rg-web", "Microsoft.KeyVault/vaults", "kv-missing")),
                BuiltInRoles.READER.id(),
                ALEX_IN_DEFAULT,
                RuleCode.ResourceNotFound);
    }

    @Test
    void unknownSubscriptionIsRefused() {
        assertRefused(
                f.world.kelleyMsaInDefault(),
                NEW_ID,
                Scope.subscription(SubscriptionId.of("6c6c6c6c-0000-4000-8000-000000000004")),
                BuiltInRoles.READER.id(),
                ALEX_IN_DEFAULT,
                RuleCode.SubscriptionNotFound);
    }

    @Test
    void R28_roleAssignmentExists() {
        // Sam is Reader at rg-web already (under another id); the scope's case does not matter
        assertRefused(
                f.world.kelleyMsaInDefault(),
                NEW_ID,
                Scope.resourceGroup(SUBSCRIPTION, "RG-Web"),
                BuiltInRoles.READER.id(),
                SAM_READER,
                RuleCode.RoleAssignmentExists);
        // another role, or another scope, is a new assignment
        assertThat(assign(f.world.kelleyMsaInDefault(), NEW_ID, RG_WEB, BuiltInRoles.CONTRIBUTOR.id(), SAM_READER)
                        .isOk())
                .isTrue();
    }

    @Test
    void R28_roleAssignmentLimitExceeded() {
        fillTo(CreateRoleAssignment.LIMIT - 1);
        assertThat(assign(f.world.kelleyMsaInDefault(), NEW_ID, RG_WEB, BuiltInRoles.OWNER.id(), ALEX_IN_DEFAULT)
                        .isOk())
                .as("the 4,000th assignment")
                .isTrue();
        assertThat(f.p.roleAssignments().countOf(SUBSCRIPTION)).isEqualTo(4000);

        assertRefused(
                f.world.kelleyMsaInDefault(),
                RoleAssignmentId.of("0a000000-0000-4000-8000-000000000101"),
                SUB,
                BuiltInRoles.READER.id(),
                ALEX_IN_DEFAULT,
                RuleCode.RoleAssignmentLimitExceeded);
        assertThat(f.p.roleAssignments().countOf(SUBSCRIPTION)).isEqualTo(4000);
    }

    /** Adds assignments for made-up principals, spread over the subscription, a group and a resource. */
    private void fillTo(int count) {
        List<Scope> scopes = List.of(SUB, RG_WEB, Scope.of(KV_WEB), Scope.of(Worlds.VM_WEB));
        for (int i = f.p.roleAssignments().countOf(SUBSCRIPTION); i < count; i++) {
            f.p.roleAssignments()
                    .add(new RoleAssignment(
                            new RoleAssignmentId(UUID.randomUUID()),
                            scopes.get(i % 4),
                            new ObjectId(UUID.randomUUID()),
                            RoleAssignment.PrincipalType.User,
                            BuiltInRoles.READER.id(),
                            DEFAULT_DIRECTORY,
                            NOW,
                            "fill"));
        }
        assertThat(f.p.roleAssignments().countOf(SUBSCRIPTION)).isEqualTo(count);
    }
}
