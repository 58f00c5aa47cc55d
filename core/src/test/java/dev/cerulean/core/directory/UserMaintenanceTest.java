package dev.cerulean.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.fixtures.Worlds;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Updating and deleting user objects (the Graph API's PATCH and DELETE /users/{id}). */
class UserMaintenanceTest {
    private final Worlds.KelleyWall world = Worlds.kelleyWall();
    private final Ports p = world.ports();
    private final ActivityRecorder activity = new ActivityRecorder(p.activityLog(), p.clock(), p.ids());
    private final UpdateDirectoryUser update = new UpdateDirectoryUser(
            p.transactions(),
            p.directories(),
            p.directoryUsers(),
            p.directoryRoles(),
            p.appRegistrations(),
            p.passwordHasher(),
            activity);
    private final DeleteDirectoryUser delete = new DeleteDirectoryUser(
            p.transactions(),
            p.directories(),
            p.directoryUsers(),
            p.directoryRoles(),
            p.appRegistrations(),
            p.groups(),
            activity);
    private final Caller contosoApp = new Caller(
            new Identity.App(Worlds.CONTOSO, Worlds.CONTOSO_AUTOMATION_SP),
            Worlds.CONTOSO,
            Worlds.CONTOSO_AUTOMATION_SP,
            null);

    @Test
    void globalAdministratorRenamesMovesAndResetsAWorkAccount() {
        DirectoryUser changed = update.update(
                        world.contosoGlobalAdministrator(),
                        Worlds.CONTOSO,
                        Worlds.LEE_GU,
                        new UpdateDirectoryUser.Changes("Lee Gu (Ops)", "lee@contoso.onmicrosoft.com", "N3w-Passw0rd!"))
                .orThrow();

        assertThat(changed.displayName()).isEqualTo("Lee Gu (Ops)");
        assertThat(changed.userPrincipalName()).isEqualTo("lee@contoso.onmicrosoft.com");
        assertThat(changed.mail()).isEqualTo(Email.of("lee@contoso.onmicrosoft.com"));
        assertThat(p.passwordHasher().verify("N3w-Passw0rd!", changed.password()))
                .isTrue();
        assertThat(p.directoryUsers().byId(Worlds.CONTOSO, Worlds.LEE_GU)).contains(changed);
        assertThat(p.activityLog().all())
                .last()
                .satisfies(e -> assertThat(e.operation()).isEqualTo(UpdateDirectoryUser.OPERATION));
    }

    @Test
    void applicationWithDirectoryReadWriteAllUpdatesAndDeletes() {
        assertThat(update.update(
                                contosoApp,
                                Worlds.CONTOSO,
                                Worlds.LEE_GU,
                                new UpdateDirectoryUser.Changes("Lee", null, null))
                        .isOk())
                .isTrue();
        assertThat(delete.delete(contosoApp, Worlds.CONTOSO, Worlds.LEE_GU).isOk())
                .isTrue();
        assertThat(p.directoryUsers().byId(Worlds.CONTOSO, Worlds.LEE_GU)).isEmpty();
    }

    @Test
    void deletingAUserRemovesItsDirectoryRoles() {
        p.directoryRoles().assign(Worlds.CONTOSO, DirectoryRole.UserAdministrator, Worlds.LEE_GU);

        delete.delete(world.contosoGlobalAdministrator(), Worlds.CONTOSO, Worlds.LEE_GU)
                .orThrow();

        assertThat(p.directoryRoles().rolesOf(Worlds.CONTOSO, Worlds.LEE_GU)).isEmpty();
        assertThat(p.activityLog().all())
                .last()
                .satisfies(e -> assertThat(e.operation()).isEqualTo(DeleteDirectoryUser.OPERATION));
    }

    @Test
    void InsufficientDirectoryRole_memberCannotUpdateOrDelete() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(update.update(
                                world.megan(),
                                Worlds.CONTOSO,
                                Worlds.LEE_GU,
                                new UpdateDirectoryUser.Changes("x", null, null))
                        .code())
                .isEqualTo(RuleCode.InsufficientDirectoryRole);
        assertThat(delete.delete(world.megan(), Worlds.CONTOSO, Worlds.LEE_GU).code())
                .isEqualTo(RuleCode.InsufficientDirectoryRole);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void InsufficientDirectoryRole_userAdministratorCannotTouchAGlobalAdministrator() {
        p.directoryRoles().assign(Worlds.CONTOSO, DirectoryRole.UserAdministrator, Worlds.MEGAN_BOWEN);
        DirectoryState before = DirectoryState.of(p);

        assertThat(update.update(
                                world.megan(),
                                Worlds.CONTOSO,
                                Worlds.KELLEY_CONTOSO,
                                new UpdateDirectoryUser.Changes(null, null, "N3w-Passw0rd!"))
                        .code())
                .isEqualTo(RuleCode.InsufficientDirectoryRole);
        assertThat(delete.delete(world.megan(), Worlds.CONTOSO, Worlds.KELLEY_CONTOSO)
                        .code())
                .isEqualTo(RuleCode.InsufficientDirectoryRole);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
        assertThat(delete.delete(world.megan(), Worlds.CONTOSO, Worlds.LEE_GU).isOk())
                .isTrue();
    }

    @Test
    void UserNotHomedHere_externalUsersHaveNoPasswordOrSignInNameHere() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(update.update(
                                world.kelleyMsaInDefault(),
                                Worlds.DEFAULT_DIRECTORY,
                                Worlds.ALEX_IN_DEFAULT,
                                new UpdateDirectoryUser.Changes(null, null, "N3w-Passw0rd!"))
                        .code())
                .isEqualTo(RuleCode.UserNotHomedHere);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void UserAlreadyExists_andInvalidUserPrincipalName_onRename() {
        DirectoryState before = DirectoryState.of(p);
        Caller admin = world.contosoGlobalAdministrator();

        assertThat(update.update(
                                admin,
                                Worlds.CONTOSO,
                                Worlds.LEE_GU,
                                new UpdateDirectoryUser.Changes(null, "megan.bowen@contoso.onmicrosoft.com", null))
                        .code())
                .isEqualTo(RuleCode.UserAlreadyExists);
        assertThat(update.update(
                                admin,
                                Worlds.CONTOSO,
                                Worlds.LEE_GU,
                                new UpdateDirectoryUser.Changes(null, "lee@fabrikam.com", null))
                        .code())
                .isEqualTo(RuleCode.InvalidUserPrincipalName);
        assertThat(update.update(
                                admin,
                                Worlds.CONTOSO,
                                Worlds.LEE_GU,
                                new UpdateDirectoryUser.Changes(null, null, "weak"))
                        .code())
                .isEqualTo(RuleCode.PasswordTooWeak);
        assertThat(update.update(admin, Worlds.CONTOSO, Worlds.LEE_GU, new UpdateDirectoryUser.Changes(" ", null, null))
                        .code())
                .isEqualTo(RuleCode.InvalidDisplayName);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void anAdministratorDisablesAndEnablesAUserAndChangesItsAlias() {
        Caller admin = world.contosoGlobalAdministrator();

        DirectoryUser disabled = update.update(
                        admin,
                        Worlds.CONTOSO,
                        Worlds.LEE_GU,
                        new UpdateDirectoryUser.Changes(null, null, null, "lee.gu.ops", false))
                .orThrow();
        DirectoryUser renamed = update.update(
                        admin,
                        Worlds.CONTOSO,
                        Worlds.LEE_GU,
                        new UpdateDirectoryUser.Changes(null, "lee@contoso.onmicrosoft.com", null))
                .orThrow();
        DirectoryUser enabled = update.update(
                        contosoApp,
                        Worlds.CONTOSO,
                        Worlds.LEE_GU,
                        new UpdateDirectoryUser.Changes(null, null, null, null, true))
                .orThrow();

        assertThat(disabled.accountEnabled()).isFalse();
        assertThat(disabled.mailNickname()).isEqualTo("lee.gu.ops");
        assertThat(renamed.accountEnabled()).as("a rename keeps the state").isFalse();
        assertThat(renamed.mailNickname()).as("and the alias").isEqualTo("lee.gu.ops");
        assertThat(enabled.accountEnabled()).isTrue();
        assertThat(p.directoryUsers().byId(Worlds.CONTOSO, Worlds.LEE_GU)).contains(enabled);
    }

    @Test
    void InvalidMailNickname_onUpdate() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(update.update(
                                world.contosoGlobalAdministrator(),
                                Worlds.CONTOSO,
                                Worlds.LEE_GU,
                                new UpdateDirectoryUser.Changes(null, null, null, "lee gu", false))
                        .code())
                .isEqualTo(RuleCode.InvalidMailNickname);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void InsufficientDirectoryRole_memberCannotDisableAUser() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(update.update(
                                world.megan(),
                                Worlds.CONTOSO,
                                Worlds.LEE_GU,
                                new UpdateDirectoryUser.Changes(null, null, null, null, false))
                        .code())
                .isEqualTo(RuleCode.InsufficientDirectoryRole);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void UserNotFound_unknownOrOtherDirectoryUser() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(delete.delete(world.contosoGlobalAdministrator(), Worlds.CONTOSO, Worlds.SAM_READER)
                        .code())
                .isEqualTo(RuleCode.UserNotFound);
        assertThat(delete.delete(world.contosoGlobalAdministrator(), Worlds.CONTOSO, new ObjectId(UUID.randomUUID()))
                        .code())
                .isEqualTo(RuleCode.UserNotFound);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void LastGlobalAdministrator_cannotBeDeleted() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(delete.delete(world.contosoGlobalAdministrator(), Worlds.CONTOSO, Worlds.KELLEY_CONTOSO)
                        .code())
                .isEqualTo(RuleCode.LastGlobalAdministrator);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void LastGlobalAdministrator_cannotBeDisabledButOneOfTwoCan() {
        DirectoryState before = DirectoryState.of(p);
        var disable = new UpdateDirectoryUser.Changes(null, null, null, null, false);

        assertThat(update.update(world.contosoGlobalAdministrator(), Worlds.CONTOSO, Worlds.KELLEY_CONTOSO, disable)
                        .code())
                .isEqualTo(RuleCode.LastGlobalAdministrator);
        assertThat(DirectoryState.of(p)).isEqualTo(before);

        p.directoryRoles().assign(Worlds.CONTOSO, DirectoryRole.GlobalAdministrator, Worlds.LEE_GU);
        assertThat(update.update(world.contosoGlobalAdministrator(), Worlds.CONTOSO, Worlds.KELLEY_CONTOSO, disable)
                        .orThrow()
                        .accountEnabled())
                .isFalse();
        assertThat(update.update(contosoApp, Worlds.CONTOSO, Worlds.LEE_GU, disable)
                        .code())
                .as("Lee is now the only enabled one")
                .isEqualTo(RuleCode.LastGlobalAdministrator);
    }

    @Test
    void applicationGrantedRoleManagementAssignsDirectoryRoles() {
        AppRegistration app = p.appRegistrations()
                .byServicePrincipal(Worlds.CONTOSO, Worlds.CONTOSO_AUTOMATION_SP)
                .orElseThrow();
        p.appRegistrations()
                .update(new AppRegistration(
                        app.clientId(),
                        app.directory(),
                        app.servicePrincipal(),
                        app.displayName(),
                        app.secrets(),
                        java.util.List.of(GraphAppRoles.ROLE_MANAGEMENT_READ_WRITE_DIRECTORY)));
        AssignDirectoryRole assign = new AssignDirectoryRole(
                p.transactions(),
                p.directories(),
                p.directoryUsers(),
                p.directoryRoles(),
                p.appRegistrations(),
                activity);

        assertThat(assign.assign(contosoApp, Worlds.CONTOSO, Worlds.LEE_GU, DirectoryRole.UserAdministrator)
                        .isOk())
                .isTrue();
        assertThat(p.directoryRoles().rolesOf(Worlds.CONTOSO, Worlds.LEE_GU)).contains(DirectoryRole.UserAdministrator);
    }
}
