package dev.cerulean.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.Test;

class InviteGuestTest {
    private static final String SAM = "sam.reader@kelleywalloutlook.onmicrosoft.com";

    private final Worlds.KelleyWall world = Worlds.kelleyWall();
    private final Ports p = world.ports();
    private final DirectoryUseCases useCases = Worlds.useCases(p).directory();
    private final InviteGuest invite = useCases.inviteGuest();
    private final RedeemInvitation redeem = useCases.redeemInvitation();

    @Test
    void globalAdministratorInvitesWorkAccountOfAnotherDirectoryAsPendingGuest() {
        DirectoryUser guest = invite.invite(world.contosoGlobalAdministrator(), Worlds.CONTOSO, SAM)
                .orThrow();

        assertThat(guest.userPrincipalName())
                .isEqualTo("sam.reader_kelleywalloutlook.onmicrosoft.com#EXT#@contoso.onmicrosoft.com");
        assertThat(guest.type()).isEqualTo(DirectoryUser.UserType.Guest);
        assertThat(guest.source()).isEqualTo(DirectoryUser.Source.EXTERNAL_WORK_ACCOUNT);
        assertThat(guest.invitation()).isEqualTo(DirectoryUser.InvitationState.PendingAcceptance);
        assertThat(guest.person()).isEqualTo(new Identity.Work(Worlds.DEFAULT_DIRECTORY, Worlds.SAM_READER));
        assertThat(guest.mail()).isEqualTo(Email.of(SAM));
        assertThat(guest.password()).isNull();
        assertThat(p.directoryUsers().byId(Worlds.CONTOSO, guest.id())).contains(guest);
        assertThat(p.activityLog().all().get(0).operation()).isEqualTo(DirectoryOperations.INVITE_GUEST);
    }

    @Test
    void guestInviterAndUserAdministratorMayInvite() {
        p.directoryRoles().assign(Worlds.CONTOSO, DirectoryRole.GuestInviter, Worlds.MEGAN_BOWEN);
        assertThat(invite.invite(world.megan(), Worlds.CONTOSO, SAM).isOk()).isTrue();

        p.directoryRoles().assign(Worlds.DEFAULT_DIRECTORY, DirectoryRole.UserAdministrator, Worlds.SAM_READER);
        assertThat(invite.invite(world.samReader(), Worlds.DEFAULT_DIRECTORY, "lee.gu@contoso.onmicrosoft.com")
                        .isOk())
                .isTrue();
    }

    @Test
    void invitedPersonRedeemsTheInvitation() {
        DirectoryUser guest = invite.invite(world.contosoGlobalAdministrator(), Worlds.CONTOSO, SAM)
                .orThrow();

        DirectoryUser accepted =
                redeem.redeem(world.samReader(), Worlds.CONTOSO).orThrow();

        assertThat(accepted.id()).isEqualTo(guest.id());
        assertThat(accepted.invitation()).isEqualTo(DirectoryUser.InvitationState.Accepted);
        assertThat(p.directoryUsers().byId(Worlds.CONTOSO, guest.id())).contains(accepted);
        assertThat(p.activityLog().all().get(0).operation()).isEqualTo(DirectoryOperations.REDEEM_INVITATION);

        // redeeming again changes nothing
        DirectoryState before = DirectoryState.of(p);
        assertThat(redeem.redeem(world.samReader(), Worlds.CONTOSO).orThrow()).isEqualTo(accepted);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void UserNotFound_onlyTheInvitedPersonRedeems() {
        invite.invite(world.contosoGlobalAdministrator(), Worlds.CONTOSO, SAM).orThrow();
        DirectoryState before = DirectoryState.of(p);

        assertThat(redeem.redeem(world.kelleyMsaInDefault(), Worlds.CONTOSO).code())
                .isEqualTo(RuleCode.UserNotFound);
        assertThat(redeem.redeem(world.samReader(), Worlds.DEFAULT_DIRECTORY).code())
                .isEqualTo(RuleCode.UserNotFound);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void pendingGuestActsNowhereEvenWithARole() {
        DirectoryUser guest = invite.invite(world.contosoGlobalAdministrator(), Worlds.CONTOSO, SAM)
                .orThrow();
        p.directoryRoles().assign(Worlds.CONTOSO, DirectoryRole.GuestInviter, guest.id());
        Caller samInContoso = new Caller(guest.person(), Worlds.CONTOSO, guest.id(), Email.of(SAM));

        assertThat(invite.invite(samInContoso, Worlds.CONTOSO, "kelley.wall@contoso.onmicrosoft.com")
                        .code())
                .isEqualTo(RuleCode.InsufficientDirectoryRole);

        redeem.redeem(world.samReader(), Worlds.CONTOSO).orThrow();
        // after accepting, the role counts (Kelley's work account is homed in Contoso: already a user)
        assertThat(invite.invite(samInContoso, Worlds.CONTOSO, "kelley.wall@contoso.onmicrosoft.com")
                        .code())
                .isEqualTo(RuleCode.UserAlreadyExists);
    }

    @Test
    void InsufficientDirectoryRole_memberWithoutRoleCannotInvite() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(invite.invite(world.megan(), Worlds.CONTOSO, SAM).code())
                .isEqualTo(RuleCode.InsufficientDirectoryRole);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void UserNotFound_noWorkAccountHasThatEmail() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(invite.invite(world.contosoGlobalAdministrator(), Worlds.CONTOSO, "alex.ops@outlook.com")
                        .code())
                .isEqualTo(RuleCode.UserNotFound);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void UserAlreadyExists_invitedTwiceOrHomedHere() {
        invite.invite(world.contosoGlobalAdministrator(), Worlds.CONTOSO, SAM).orThrow();
        DirectoryState before = DirectoryState.of(p);

        Outcome<DirectoryUser> again = invite.invite(world.contosoGlobalAdministrator(), Worlds.CONTOSO, SAM);
        Outcome<DirectoryUser> homed = invite.invite(
                world.contosoGlobalAdministrator(), Worlds.CONTOSO, "megan.bowen@contoso.onmicrosoft.com");

        assertThat(again.code()).isEqualTo(RuleCode.UserAlreadyExists);
        assertThat(homed.code()).isEqualTo(RuleCode.UserAlreadyExists);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void InvalidEmail_malformedInvitation() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(invite.invite(world.contosoGlobalAdministrator(), Worlds.CONTOSO, "sam@")
                        .code())
                .isEqualTo(RuleCode.InvalidEmail);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }
}
