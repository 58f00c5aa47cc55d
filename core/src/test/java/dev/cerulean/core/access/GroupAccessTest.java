package dev.cerulean.core.access;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.SAM_READER;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.UseCases;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.directory.group.CreateGroup;
import dev.cerulean.core.directory.group.Group;
import dev.cerulean.core.fixtures.Worlds;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Role assignments that name a group (R25, R26): every member, direct or through nested groups,
 * holds the role; a membership change is seen by the next decision, through the same cache.
 */
class GroupAccessTest {
    private static final String WRITE = "Microsoft.Resources/subscriptions/resourceGroups/write";
    private static final Scope RG_WEB = Scope.parse("/subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg-web")
            .orElseThrow();

    private final Worlds.KelleyWall world = Worlds.kelleyWall();
    private final Ports p = world.ports();
    private final UseCases uses = Worlds.useCases(p);
    private final Caller kelley = world.kelleyMsaInDefault();
    private final Caller sam = world.samReader();

    private Group group(String name) {
        return uses.groups()
                .create()
                .create(kelley, DEFAULT_DIRECTORY, CreateGroup.Request.security(name, name, null))
                .orThrow();
    }

    private RoleAssignment assignContributor(Group g) {
        return uses.access()
                .createRoleAssignment()
                .create(
                        kelley,
                        new CreateRoleAssignment.Request(
                                new RoleAssignmentId(UUID.fromString("0a000000-0000-4000-8000-0000000000a1")),
                                RG_WEB,
                                BuiltInRoles.CONTRIBUTOR.id(),
                                g.id()))
                .orThrow()
                .assignment();
    }

    @Test
    void R25_aGroupOfTheDirectoryMayHoldARole() {
        Group ops = group("ops");

        RoleAssignment a = assignContributor(ops);

        assertThat(a.principalType()).isEqualTo(RoleAssignment.PrincipalType.Group);
        assertThat(p.roleAssignments().of(SUBSCRIPTION)).contains(a);
    }

    @Test
    void R25_aGroupOfAnotherDirectoryMayNot() {
        Group contosoGroup = uses.groups()
                .create()
                .create(
                        world.contosoGlobalAdministrator(),
                        CONTOSO,
                        CreateGroup.Request.security("contoso-ops", "contoso-ops", null))
                .orThrow();

        var outcome = uses.access()
                .createRoleAssignment()
                .create(
                        kelley,
                        new CreateRoleAssignment.Request(
                                new RoleAssignmentId(UUID.randomUUID()),
                                RG_WEB,
                                BuiltInRoles.CONTRIBUTOR.id(),
                                contosoGroup.id()));

        assertThat(outcome.code()).isEqualTo(RuleCode.PrincipalNotInDirectory);
    }

    @Test
    void R26_aMemberOfANestedGroupHoldsTheRoleUntilRemoved() {
        Group outer = group("outer");
        Group inner = group("inner");
        assignContributor(outer);
        var members = uses.groups().members();
        members.addMember(kelley, DEFAULT_DIRECTORY, outer.id(), inner.id()).orThrow();
        assertThat(uses.access().authorize().decide(sam, WRITE, RG_WEB)).isEqualTo(Decision.DeniedNoPermission);

        members.addMember(kelley, DEFAULT_DIRECTORY, inner.id(), SAM_READER).orThrow();
        assertThat(uses.access().authorize().decide(sam, WRITE, RG_WEB)).isEqualTo(Decision.AllowedByRoleAssignment);
        assertThat(uses.resource()
                        .resourceGroups()
                        .page(sam, SUBSCRIPTION, dev.cerulean.core.subscription.ResourceGroupFilter.ALL, 0, 100)
                        .orThrow()
                        .items())
                .extracting(g -> g.name())
                .contains("rg-web");

        members.removeMember(kelley, DEFAULT_DIRECTORY, inner.id(), SAM_READER).orThrow();
        assertThat(uses.access().authorize().decide(sam, WRITE, RG_WEB)).isEqualTo(Decision.DeniedNoPermission);
    }

    @Test
    void R30_aMemberOfANestedGroupWithARoleSeesTheSubscriptionInTheList() {
        p.roleAssignments().remove(Worlds.SAM_READER_ASSIGNMENT);
        var list = uses.access().subscriptionsWithAnyRole();
        assertThat(list.page(sam, 0, 50).subscriptions()).isEmpty();
        Group outer = group("outer");
        Group inner = group("inner");
        assignContributor(outer);
        uses.groups()
                .members()
                .addMember(kelley, DEFAULT_DIRECTORY, outer.id(), inner.id())
                .orThrow();
        uses.groups()
                .members()
                .addMember(kelley, DEFAULT_DIRECTORY, inner.id(), SAM_READER)
                .orThrow();

        assertThat(list.page(sam, 0, 50).subscriptions())
                .extracting(s -> s.subscription().id())
                .containsExactly(SUBSCRIPTION);
    }

    @Test
    void R26_aGroupGrantReachesNoFurtherThanItsScope() {
        Group ops = group("ops");
        assignContributor(ops);
        uses.groups()
                .members()
                .addMember(kelley, DEFAULT_DIRECTORY, ops.id(), SAM_READER)
                .orThrow();

        assertThat(uses.access().authorize().decide(sam, WRITE, Scope.subscription(SUBSCRIPTION)))
                .isEqualTo(Decision.DeniedNoPermission);
    }

    @Test
    void effectivePermissionsNameTheRolesHeldThroughGroups() {
        Group ops = group("ops");
        assignContributor(ops);
        uses.groups()
                .members()
                .addMember(kelley, DEFAULT_DIRECTORY, ops.id(), SAM_READER)
                .orThrow();

        assertThat(uses.access().effectivePermissions().at(sam, RG_WEB).orThrow())
                .contains(BuiltInRoles.CONTRIBUTOR);
    }

    @Test
    void assignedToListsThePrincipalsOwnAssignmentsAndThoseOfItsGroups() {
        Group outer = group("outer");
        Group inner = group("inner");
        RoleAssignment viaGroup = assignContributor(outer);
        uses.groups()
                .members()
                .addMember(kelley, DEFAULT_DIRECTORY, outer.id(), inner.id())
                .orThrow();
        uses.groups()
                .members()
                .addMember(kelley, DEFAULT_DIRECTORY, inner.id(), SAM_READER)
                .orThrow();
        Scope subscription = Scope.subscription(SUBSCRIPTION);

        var assignedTo = uses.access().listRoleAssignments().list(kelley, subscription, SAM_READER, true);
        var principalId = uses.access().listRoleAssignments().list(kelley, subscription, SAM_READER, false);

        assertThat(assignedTo.orThrow())
                .extracting(RoleAssignment::id)
                .containsExactlyInAnyOrder(Worlds.SAM_READER_ASSIGNMENT, viaGroup.id());
        assertThat(principalId.orThrow()).extracting(RoleAssignment::id).containsExactly(Worlds.SAM_READER_ASSIGNMENT);
    }

    @Test
    void R26_aManagedIdentityInAGroupHoldsTheGroupsRole() {
        Group ops = group("ops");
        assignContributor(ops);
        Caller vm = new Caller(
                new dev.cerulean.core.account.Identity.App(DEFAULT_DIRECTORY, Worlds.VM_WEB_IDENTITY),
                DEFAULT_DIRECTORY,
                Worlds.VM_WEB_IDENTITY,
                null);
        assertThat(uses.access().authorize().decide(vm, WRITE, RG_WEB)).isEqualTo(Decision.DeniedNoPermission);

        var added = uses.groups().members().addMember(kelley, DEFAULT_DIRECTORY, ops.id(), Worlds.VM_WEB_IDENTITY);

        assertThat(added.orThrow().type())
                .isEqualTo(dev.cerulean.core.directory.group.GroupMember.Type.ServicePrincipal);
        assertThat(uses.access().authorize().decide(vm, WRITE, RG_WEB)).isEqualTo(Decision.AllowedByRoleAssignment);
    }

    @Test
    void aDeletedGroupsAssignmentStaysAndGrantsNothing() {
        Group ops = group("ops");
        RoleAssignment a = assignContributor(ops);
        uses.groups()
                .members()
                .addMember(kelley, DEFAULT_DIRECTORY, ops.id(), SAM_READER)
                .orThrow();

        uses.groups().update().delete(kelley, DEFAULT_DIRECTORY, ops.id()).orThrow();

        assertThat(p.roleAssignments().of(SUBSCRIPTION)).contains(a);
        assertThat(uses.access().authorize().decide(sam, WRITE, RG_WEB)).isEqualTo(Decision.DeniedNoPermission);
    }
}
