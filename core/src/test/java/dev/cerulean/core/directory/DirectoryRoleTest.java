package dev.cerulean.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.Test;

class DirectoryRoleTest {
    private final Worlds.KelleyWall world = Worlds.kelleyWall();
    private final Ports p = world.ports();
    private final DirectoryUseCases useCases = Worlds.useCases(p).directory();
    private final AssignDirectoryRole assign = useCases.assignDirectoryRole();
    private final RemoveDirectoryRole remove = useCases.removeDirectoryRole();

    @Test
    void globalAdministratorAssignsAndRemovesDirectoryRoles() {
        DirectoryRoleMember member = assign.assign(
                        world.contosoGlobalAdministrator(),
                        Worlds.CONTOSO,
                        Worlds.MEGAN_BOWEN,
                        DirectoryRole.UserAdministrator)
                .orThrow();

        assertThat(member)
                .isEqualTo(
                        new DirectoryRoleMember(Worlds.CONTOSO, DirectoryRole.UserAdministrator, Worlds.MEGAN_BOWEN));
        assertThat(p.directoryRoles().rolesOf(Worlds.CONTOSO, Worlds.MEGAN_BOWEN))
                .containsExactly(DirectoryRole.UserAdministrator);
        assertThat(p.activityLog().all().get(0).operation()).isEqualTo(DirectoryOperations.ASSIGN_ROLE);

        remove.remove(
                        world.contosoGlobalAdministrator(),
                        Worlds.CONTOSO,
                        Worlds.MEGAN_BOWEN,
                        DirectoryRole.UserAdministrator)
                .orThrow();

        assertThat(p.directoryRoles().rolesOf(Worlds.CONTOSO, Worlds.MEGAN_BOWEN))
                .isEmpty();
        assertThat(p.activityLog().all().get(0).operation()).isEqualTo(DirectoryOperations.REMOVE_ROLE);
    }

    @Test
    void assigningAHeldRoleOrRemovingAnUnheldOneChangesNothing() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(assign.assign(
                                world.contosoGlobalAdministrator(),
                                Worlds.CONTOSO,
                                Worlds.KELLEY_CONTOSO,
                                DirectoryRole.GlobalAdministrator)
                        .isOk())
                .isTrue();
        assertThat(remove.remove(
                                world.contosoGlobalAdministrator(),
                                Worlds.CONTOSO,
                                Worlds.LEE_GU,
                                DirectoryRole.BillingAdministrator)
                        .isOk())
                .isTrue();

        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void servicePrincipalsMayHoldDirectoryRoles() {
        assertThat(assign.assign(
                                world.contosoGlobalAdministrator(),
                                Worlds.CONTOSO,
                                Worlds.CONTOSO_AUTOMATION_SP,
                                DirectoryRole.UserAdministrator)
                        .isOk())
                .isTrue();
    }

    @Test
    void NotGlobalAdministrator_memberCannotAssignDirectoryRoles() {
        DirectoryState before = DirectoryState.of(p);

        Outcome<DirectoryRoleMember> outcome =
                assign.assign(world.megan(), Worlds.CONTOSO, Worlds.MEGAN_BOWEN, DirectoryRole.GlobalAdministrator);

        assertThat(outcome.code()).isEqualTo(RuleCode.NotGlobalAdministrator);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void NotGlobalAdministrator_userAdministratorCannotAssignDirectoryRoles() {
        p.directoryRoles().assign(Worlds.CONTOSO, DirectoryRole.UserAdministrator, Worlds.MEGAN_BOWEN);
        DirectoryState before = DirectoryState.of(p);

        assertThat(assign.assign(world.megan(), Worlds.CONTOSO, Worlds.LEE_GU, DirectoryRole.GuestInviter)
                        .code())
                .isEqualTo(RuleCode.NotGlobalAdministrator);
        assertThat(remove.remove(
                                world.megan(), Worlds.CONTOSO, Worlds.KELLEY_CONTOSO, DirectoryRole.GlobalAdministrator)
                        .code())
                .isEqualTo(RuleCode.NotGlobalAdministrator);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void NotGlobalAdministrator_globalAdministratorOfAnotherDirectoryAndApplicationsRefused() {
        DirectoryState before = DirectoryState.of(p);
        Caller contosoApp = new Caller(
                new dev.cerulean.core.account.Identity.App(Worlds.CONTOSO, Worlds.CONTOSO_AUTOMATION_SP),
                Worlds.CONTOSO,
                Worlds.CONTOSO_AUTOMATION_SP,
                null);

        assertThat(assign.assign(
                                world.kelleyMsaInDefault(),
                                Worlds.CONTOSO,
                                Worlds.MEGAN_BOWEN,
                                DirectoryRole.GuestInviter)
                        .code())
                .isEqualTo(RuleCode.NotGlobalAdministrator);
        assertThat(assign.assign(contosoApp, Worlds.CONTOSO, Worlds.MEGAN_BOWEN, DirectoryRole.GuestInviter)
                        .code())
                .isEqualTo(RuleCode.NotGlobalAdministrator);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void UserNotFound_memberMustBeInTheDirectory() {
        DirectoryState before = DirectoryState.of(p);

        // Sam is a user of Default Directory, not of Contoso
        assertThat(assign.assign(
                                world.contosoGlobalAdministrator(),
                                Worlds.CONTOSO,
                                Worlds.SAM_READER,
                                DirectoryRole.GuestInviter)
                        .code())
                .isEqualTo(RuleCode.UserNotFound);
        assertThat(remove.remove(
                                world.contosoGlobalAdministrator(),
                                Worlds.CONTOSO,
                                ObjectId.of("0f000000-0000-4000-8000-000000000000"),
                                DirectoryRole.GuestInviter)
                        .code())
                .isEqualTo(RuleCode.UserNotFound);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void DirectoryNotFound_unknownDirectory() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(assign.assign(
                                world.contosoGlobalAdministrator(),
                                DirectoryId.of("dddddddd-0000-4000-8000-000000000009"),
                                Worlds.MEGAN_BOWEN,
                                DirectoryRole.GuestInviter)
                        .code())
                .isEqualTo(RuleCode.DirectoryNotFound);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void LastGlobalAdministrator_directoryKeepsOneGlobalAdministrator() {
        DirectoryState before = DirectoryState.of(p);

        Outcome<DirectoryRoleMember> outcome = remove.remove(
                world.contosoGlobalAdministrator(),
                Worlds.CONTOSO,
                Worlds.KELLEY_CONTOSO,
                DirectoryRole.GlobalAdministrator);

        assertThat(outcome.code()).isEqualTo(RuleCode.LastGlobalAdministrator);
        assertThat(DirectoryState.of(p)).isEqualTo(before);

        // with a second Global Administrator, the first may go
        assign.assign(
                        world.contosoGlobalAdministrator(),
                        Worlds.CONTOSO,
                        Worlds.LEE_GU,
                        DirectoryRole.GlobalAdministrator)
                .orThrow();
        assertThat(remove.remove(
                                world.contosoGlobalAdministrator(),
                                Worlds.CONTOSO,
                                Worlds.KELLEY_CONTOSO,
                                DirectoryRole.GlobalAdministrator)
                        .isOk())
                .isTrue();
    }

    @Test
    void directoryRolesGrantNothingOnSubscriptions() {
        // given Sam (Reader on rg-web) becomes Global Administrator of the subscription's directory
        Authorize authorize = new Authorize(
                p.subscriptions(), p.coAdministrators(), p.roleAssignments(), p.roleDefinitions(), p.groups());
        Scope subscription = Scope.subscription(Worlds.SUBSCRIPTION);
        String write = "Microsoft.Resources/subscriptions/resourceGroups/write";
        var decisionBefore = authorize.decide(world.samReader(), write, subscription);

        assign.assign(
                        world.kelleyMsaInDefault(),
                        Worlds.DEFAULT_DIRECTORY,
                        Worlds.SAM_READER,
                        DirectoryRole.GlobalAdministrator)
                .orThrow();

        // then the subscription decision is unchanged: still denied
        assertThat(authorize.decide(world.samReader(), write, subscription)).isEqualTo(decisionBefore);
        assertThat(decisionBefore.allowed()).isFalse();
    }
}
