package dev.cerulean.core.access;

import static dev.cerulean.core.access.Decision.AllowedAsClassicAdministrator;
import static dev.cerulean.core.access.Decision.AllowedByRoleAssignment;
import static dev.cerulean.core.access.Decision.DeniedNoPermission;
import static dev.cerulean.core.access.Decision.DeniedWrongDirectory;
import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.KV_WEB;
import static dev.cerulean.core.fixtures.Worlds.NOW;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static dev.cerulean.core.fixtures.Worlds.VM_WEB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.Subscription;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubscriptionAccessTest {
    static final String WRITE_VM = "Microsoft.Compute/virtualMachines/write";
    static final String READ_VM = "Microsoft.Compute/virtualMachines/read";
    static final String WRITE_ASSIGNMENT = "Microsoft.Authorization/roleAssignments/write";
    static final Scope SUB = Scope.subscription(SUBSCRIPTION);
    static final Scope RG_WEB = Scope.resourceGroup(SUBSCRIPTION, "rg-web");
    static final Scope RG_DATA = Scope.resourceGroup(SUBSCRIPTION, "rg-data");
    static final Scope VAULT = Scope.of(KV_WEB);
    static final Scope VM = Scope.of(VM_WEB);
    static final SubscriptionId OTHER_SUBSCRIPTION = SubscriptionId.of("6c6c6c6c-0000-4000-8000-000000000004");
    static final ObjectId ROBIN = ObjectId.of("0d000000-0000-4000-8000-0000000000aa");

    final AccessFixture f = new AccessFixture();

    SubscriptionAccess access() {
        return f.authorize.accessOf(SUBSCRIPTION).orElseThrow();
    }

    static Caller user(ObjectId id, DirectoryId through) {
        return new Caller(new Identity.Work(DEFAULT_DIRECTORY, id), through, id, Email.of("robin@example.com"));
    }

    void assign(ObjectId principal, RoleDefinitionId role, Scope scope) {
        assign(principal, role, scope, DEFAULT_DIRECTORY);
    }

    void assign(ObjectId principal, RoleDefinitionId role, Scope scope, DirectoryId directory) {
        f.p.roleAssignments()
                .add(new RoleAssignment(
                        new RoleAssignmentId(UUID.randomUUID()),
                        scope,
                        principal,
                        RoleAssignment.PrincipalType.User,
                        role,
                        directory,
                        NOW,
                        "test"));
    }

    @Test
    void serviceAdministratorActsAsOwnerEverywhereInTheSubscription() {
        Caller kelley = f.world.kelleyMsaInDefault();
        for (Scope s : List.of(SUB, RG_WEB, RG_DATA, VAULT)) {
            assertThat(access().decide(kelley, WRITE_ASSIGNMENT, s)).isEqualTo(AllowedAsClassicAdministrator);
            assertThat(access().decide(kelley, "Microsoft.Compute/virtualMachines/delete", s))
                    .isEqualTo(AllowedAsClassicAdministrator);
        }
        assertThat(access().isClassicAdministrator(kelley)).isTrue();
    }

    @Test
    void coAdministratorActsAsOwner() {
        Caller alex = f.world.alexMsaInDefault();
        assertThat(access().decide(alex, WRITE_ASSIGNMENT, SUB)).isEqualTo(AllowedAsClassicAdministrator);
        assertThat(access().decide(alex, WRITE_VM, VM)).isEqualTo(AllowedAsClassicAdministrator);
        assertThat(access().isClassicAdministrator(alex)).isTrue();
    }

    @Test
    void classicAdministratorSignedInThroughAnotherDirectoryIsDenied() {
        Caller kelleyInContoso = new Caller(
                new Identity.Personal(Worlds.KELLEY_MSA), CONTOSO, null, Email.of("kelley.wall@outlook.com"));
        assertThat(access().decide(kelleyInContoso, READ_VM, SUB)).isEqualTo(DeniedWrongDirectory);
        assertThat(access().isClassicAdministrator(kelleyInContoso)).isFalse();
        assertThat(access().hasAnyRole(kelleyInContoso)).isFalse();
    }

    @Test
    void scopesOutsideTheSubscriptionAreDeniedEvenToTheServiceAdministrator() {
        Caller kelley = f.world.kelleyMsaInDefault();
        assertThat(access().decide(kelley, READ_VM, Scope.subscription(OTHER_SUBSCRIPTION)))
                .isEqualTo(DeniedNoPermission);
        assertThat(access().decide(kelley, READ_VM, Scope.ROOT)).isEqualTo(DeniedNoPermission);
    }

    @Test
    void R26_readerAtResourceGroupReadsItAndEverythingBelowButNothingElse() {
        Caller sam = f.world.samReader();
        assertThat(access().decide(sam, "Microsoft.Resources/subscriptions/resourceGroups/read", RG_WEB))
                .isEqualTo(AllowedByRoleAssignment);
        assertThat(access().decide(sam, "Microsoft.KeyVault/vaults/read", VAULT))
                .isEqualTo(AllowedByRoleAssignment);
        assertThat(access().decide(sam, READ_VM, VM)).isEqualTo(AllowedByRoleAssignment);
        // not the parent, not a sibling, no writes
        assertThat(access().decide(sam, "Microsoft.Resources/subscriptions/read", SUB))
                .isEqualTo(DeniedNoPermission);
        assertThat(access().decide(sam, "Microsoft.Resources/subscriptions/resourceGroups/read", RG_DATA))
                .isEqualTo(DeniedNoPermission);
        assertThat(access().decide(sam, WRITE_VM, VM)).isEqualTo(DeniedNoPermission);
        assertThat(access().isClassicAdministrator(sam)).isFalse();
    }

    @Test
    void actionsCompareIgnoringCase() {
        assertThat(access().decide(f.world.samReader(), "MICROSOFT.COMPUTE/VIRTUALMACHINES/READ", VM))
                .isEqualTo(AllowedByRoleAssignment);
        assertThat(access().decide(f.world.samReader(), "microsoft.compute/virtualmachines/Write", VM))
                .isEqualTo(DeniedNoPermission);
    }

    @Test
    void R26_ownerOfOneResourceOwnsItButNotItsSiblingsOrParents() {
        assign(ROBIN, BuiltInRoles.OWNER.id(), VAULT);
        Caller robin = user(ROBIN, DEFAULT_DIRECTORY);
        assertThat(access().decide(robin, "Microsoft.KeyVault/vaults/write", VAULT))
                .isEqualTo(AllowedByRoleAssignment);
        assertThat(access().decide(robin, WRITE_ASSIGNMENT, VAULT)).isEqualTo(AllowedByRoleAssignment);
        assertThat(access().decide(robin, WRITE_VM, VM)).isEqualTo(DeniedNoPermission);
        assertThat(access().decide(robin, "Microsoft.Resources/subscriptions/resourceGroups/read", RG_WEB))
                .isEqualTo(DeniedNoPermission);
        assertThat(access().hasAnyRole(robin)).isTrue();
    }

    @Test
    void contributorManagesResourcesButNotAccess() {
        Caller app = f.world.demoAutomation(); // Contributor at subscription scope, a service principal
        assertThat(access().decide(app, WRITE_VM, VM)).isEqualTo(AllowedByRoleAssignment);
        assertThat(access().decide(app, "Microsoft.Resources/subscriptions/resourceGroups/write", RG_DATA))
                .isEqualTo(AllowedByRoleAssignment);
        assertThat(access().decide(app, "Microsoft.Authorization/roleAssignments/read", SUB))
                .isEqualTo(AllowedByRoleAssignment);
        assertThat(access().decide(app, WRITE_ASSIGNMENT, SUB)).isEqualTo(DeniedNoPermission);
        assertThat(access().decide(app, "Microsoft.Authorization/roleDefinitions/delete", RG_WEB))
                .isEqualTo(DeniedNoPermission);
        assertThat(access().decide(app, "Microsoft.Authorization/elevateAccess/Action", SUB))
                .isEqualTo(DeniedNoPermission);
    }

    @Test
    void userAccessAdministratorManagesAccessAndReadsButChangesNoResource() {
        assign(ROBIN, BuiltInRoles.USER_ACCESS_ADMINISTRATOR.id(), SUB);
        Caller robin = user(ROBIN, DEFAULT_DIRECTORY);
        assertThat(access().decide(robin, WRITE_ASSIGNMENT, RG_WEB)).isEqualTo(AllowedByRoleAssignment);
        assertThat(access().decide(robin, "Microsoft.Authorization/roleAssignments/delete", SUB))
                .isEqualTo(AllowedByRoleAssignment);
        assertThat(access().decide(robin, READ_VM, VM)).isEqualTo(AllowedByRoleAssignment);
        assertThat(access().decide(robin, "Microsoft.Support/supportTickets/write", SUB))
                .isEqualTo(AllowedByRoleAssignment);
        assertThat(access().decide(robin, WRITE_VM, VM)).isEqualTo(DeniedNoPermission);
    }

    @Test
    void severalAssignmentsAddUp() {
        assign(ROBIN, BuiltInRoles.READER.id(), SUB);
        assign(ROBIN, BuiltInRoles.CONTRIBUTOR.id(), VM);
        Caller robin = user(ROBIN, DEFAULT_DIRECTORY);
        assertThat(access().decide(robin, WRITE_VM, VM)).isEqualTo(AllowedByRoleAssignment);
        assertThat(access().decide(robin, "Microsoft.KeyVault/vaults/write", VAULT))
                .isEqualTo(DeniedNoPermission);
        assertThat(access().decide(robin, "Microsoft.KeyVault/vaults/read", VAULT))
                .isEqualTo(AllowedByRoleAssignment);
    }

    @Test
    void roleAssigneeSignedInThroughAnotherDirectoryIsDenied() {
        assign(ROBIN, BuiltInRoles.OWNER.id(), SUB);
        assertThat(access().decide(user(ROBIN, CONTOSO), READ_VM, SUB)).isEqualTo(DeniedWrongDirectory);
    }

    @Test
    void assignmentsOfAnotherDirectoryGrantNothing() {
        // e.g. left behind by a directory change: the principal id means nothing in this directory
        assign(ROBIN, BuiltInRoles.OWNER.id(), SUB, CONTOSO);
        assertThat(access().decide(user(ROBIN, DEFAULT_DIRECTORY), READ_VM, SUB))
                .isEqualTo(DeniedNoPermission);
        assertThat(access().hasAnyRole(user(ROBIN, DEFAULT_DIRECTORY))).isFalse();
    }

    @Test
    void callerWithoutAnObjectInTheDirectoryGetsNothingFromAssignments() {
        Caller nobody = new Caller(new Identity.Personal(Worlds.ALEX_MSA), DEFAULT_DIRECTORY, null, null);
        f.p.coAdministrators().removeAll(SUBSCRIPTION);
        assertThat(access().decide(nobody, READ_VM, SUB)).isEqualTo(DeniedNoPermission);
    }

    @Test
    void unassignedUserOfTheDirectoryIsDenied() {
        Caller lee = user(ROBIN, DEFAULT_DIRECTORY);
        assertThat(access().decide(lee, READ_VM, SUB)).isEqualTo(DeniedNoPermission);
        assertThat(access().hasAnyRole(lee)).isFalse();
    }

    @Test
    void appCallersAreDecidedByTheirServicePrincipalsAssignments() {
        Caller contosoApp = new Caller(
                new Identity.App(CONTOSO, Worlds.CONTOSO_AUTOMATION_SP), CONTOSO, Worlds.CONTOSO_AUTOMATION_SP, null);
        assertThat(access().decide(contosoApp, READ_VM, SUB)).isEqualTo(DeniedWrongDirectory);
        assertThat(access().decide(f.world.demoAutomation(), READ_VM, VM)).isEqualTo(AllowedByRoleAssignment);
        assertThat(access().hasAnyRole(f.world.demoAutomation())).isTrue();
    }

    @Test
    void workAccountServiceAdministratorThatLostAccessGetsNothing() {
        ObjectId formerAdmin = Worlds.KELLEY_CONTOSO;
        Identity work = new Identity.Work(CONTOSO, formerAdmin);
        Subscription moved = f.world
                .subscription()
                .withServiceAdministrator(
                        new ClassicAdministrator(work, Email.of("kelley.wall@contoso.onmicrosoft.com")))
                .withDirectory(DEFAULT_DIRECTORY, true);
        SubscriptionAccess access = SubscriptionAccess.of(moved, List.of(), List.of(), List.of());
        // even when it signs in through the subscription's directory (e.g. as a guest there)
        Caller asGuest = new Caller(work, DEFAULT_DIRECTORY, ROBIN, Email.of("kelley.wall@contoso.onmicrosoft.com"));
        assertThat(access.decide(asGuest, READ_VM, SUB)).isEqualTo(DeniedNoPermission);
        assertThat(access.hasAnyRole(asGuest)).isFalse();
        assertThat(access.isClassicAdministrator(asGuest)).isFalse();
        assertThat(access.decide(new Caller(work, CONTOSO, formerAdmin, null), READ_VM, SUB))
                .isEqualTo(DeniedWrongDirectory);

        SubscriptionAccess notFlagged =
                SubscriptionAccess.of(moved.withDirectory(DEFAULT_DIRECTORY, false), List.of(), List.of(), List.of());
        assertThat(notFlagged.decide(asGuest, READ_VM, SUB)).isEqualTo(AllowedAsClassicAdministrator);
    }

    @Test
    void R29_rootScopeAssignmentOfTheDirectoryAppliesToItsSubscriptions() {
        assign(ROBIN, BuiltInRoles.USER_ACCESS_ADMINISTRATOR.id(), Scope.ROOT);
        Caller robin = user(ROBIN, DEFAULT_DIRECTORY);
        assertThat(access().decide(robin, WRITE_ASSIGNMENT, SUB)).isEqualTo(AllowedByRoleAssignment);
        assertThat(access().decide(robin, WRITE_VM, VM)).isEqualTo(DeniedNoPermission);
    }

    @Test
    void customRolesOfTheSubscriptionApplyAndThoseOfOthersDoNot() {
        RoleDefinition vmOperator = new RoleDefinition(
                RoleDefinitionId.of("c0000000-0000-4000-8000-000000000001"),
                "VM Operator",
                "",
                false,
                SUBSCRIPTION,
                List.of("Microsoft.Compute/virtualMachines/*"),
                List.of("Microsoft.Compute/virtualMachines/delete"),
                List.of(SUB));
        RoleDefinition foreign = new RoleDefinition(
                RoleDefinitionId.of("c0000000-0000-4000-8000-000000000002"),
                "Foreign",
                "",
                false,
                OTHER_SUBSCRIPTION,
                List.of("*"),
                List.of(),
                List.of(Scope.subscription(OTHER_SUBSCRIPTION)));
        f.p.roleDefinitions().add(vmOperator);
        f.p.roleDefinitions().add(foreign);
        assign(ROBIN, vmOperator.id(), RG_WEB);
        assign(ROBIN, foreign.id(), SUB);
        Caller robin = user(ROBIN, DEFAULT_DIRECTORY);
        SubscriptionAccess access = SubscriptionAccess.of(
                f.world.subscription(),
                List.of(),
                f.p.roleAssignments().of(SUBSCRIPTION),
                List.of(vmOperator, foreign));
        assertThat(access.decide(robin, WRITE_VM, VM)).isEqualTo(AllowedByRoleAssignment);
        assertThat(access.decide(robin, "Microsoft.Compute/virtualMachines/delete", VM))
                .isEqualTo(DeniedNoPermission);
        assertThat(access.decide(robin, "Microsoft.KeyVault/vaults/write", VAULT))
                .isEqualTo(DeniedNoPermission);
    }

    @Test
    void decisionsAllocateNothing() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        org.junit.jupiter.api.Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported());
        SubscriptionAccess access = access();
        Caller sam = f.world.samReader();
        Caller alex = f.world.alexMsaInDefault();
        Caller robin = user(ROBIN, DEFAULT_DIRECTORY);
        int allowed = 0;
        for (int i = 0; i < 20_000; i++) allowed += decideFour(access, sam, alex, robin);
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 20_000; i++) allowed += decideFour(access, sam, alex, robin);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allowed).as("three allowed and one denied, as expected").isEqualTo(120_000);
        assertThat(allocated).as("bytes allocated by 80,000 decisions").isLessThan(80_000);
    }

    private static int decideFour(SubscriptionAccess a, Caller sam, Caller alex, Caller robin) {
        int n = 0;
        if (a.decide(sam, "Microsoft.KeyVault/vaults/READ", VAULT).allowed()) n++;
        if (a.decide(alex, WRITE_VM, VM).allowed()) n++;
        if (a.decide(robin, READ_VM, VM).allowed()) n++;
        return n + (a.decide(sam, WRITE_VM, VM).allowed() ? 0 : 1);
    }
}
