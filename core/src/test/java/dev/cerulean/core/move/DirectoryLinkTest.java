package dev.cerulean.core.move;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.KELLEY_CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.KELLEY_MSA;
import static dev.cerulean.core.fixtures.Worlds.LEE_GU;
import static dev.cerulean.core.fixtures.Worlds.NOW;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryUser;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "Add directory > Use existing directory": R1–R8 (walkthrough steps 1.4–1.9). */
class DirectoryLinkTest {
    private final MoveWorld w = MoveWorld.kelleyWall();
    private final Ports p = w.ports();

    private DirectoryLinkRequest kelleyRequests() {
        return w.requestLink().request(w.world().kelleyMsaInDefault(), true).orThrow();
    }

    private void assertRefused(Outcome<?> outcome, RuleCode code, WorldSnapshot before) {
        assertThat(outcome.code()).isEqualTo(code);
        assertThat(WorldSnapshot.of(p)).isEqualTo(before);
    }

    /** A work account homed in a third directory whose UPN and mail are {@code email}. */
    private void workAccountElsewhere(String email) {
        p.directories()
                .add(new Directory(
                        MoveWorld.FABRIKAM,
                        "Fabrikam",
                        "US",
                        Directory.DirectoryOrigin.OFFICE_365_SIGNUP,
                        "fabrikam.onmicrosoft.com",
                        null,
                        NOW));
        ObjectId id = ObjectId.of("0f000000-0000-4000-8000-000000000001");
        p.directoryUsers()
                .add(new DirectoryUser(
                        id,
                        MoveWorld.FABRIKAM,
                        "Kelley at Fabrikam",
                        email,
                        Email.of(email),
                        DirectoryUser.UserType.Member,
                        DirectoryUser.Source.WORK_ACCOUNT,
                        new Identity.Work(MoveWorld.FABRIKAM, id),
                        null,
                        null));
    }

    @Test
    void R1_R2_serviceAdministratorWithMicrosoftAccountRecordsARequestThatExpiresInAnHour() {
        DirectoryLinkRequest request = kelleyRequests();

        assertThat(request.requester()).isEqualTo(KELLEY_MSA);
        assertThat(request.requestedAt()).isEqualTo(NOW);
        assertThat(request.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(p.directoryLinkRequests().byId(request.id())).contains(request);
    }

    @Test
    void expiryIsConfigurable() {
        var tenMinutes = new RequestDirectoryLink(
                p.transactions(),
                p.microsoftAccounts(),
                p.subscriptions(),
                p.directoryUsers(),
                p.directoryLinkRequests(),
                p.clock(),
                p.ids(),
                Duration.ofMinutes(10));

        DirectoryLinkRequest request =
                tenMinutes.request(w.world().kelleyMsaInDefault(), true).orThrow();

        assertThat(request.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
    }

    @Test
    void R1_useExistingDirectoryRequiresMicrosoftAccount() {
        WorldSnapshot before = WorldSnapshot.of(p);

        var outcome = w.requestLink().request(w.world().samReader(), true);

        assertRefused(outcome, RuleCode.UseExistingDirectoryRequiresMicrosoftAccount, before);
    }

    @Test
    void R2_notReadyToBeSignedOut() {
        WorldSnapshot before = WorldSnapshot.of(p);

        var outcome = w.requestLink().request(w.world().kelleyMsaInDefault(), false);

        assertRefused(outcome, RuleCode.NotReadyToBeSignedOut, before);
    }

    @Test
    void R8_coAdministratorIsRefused() {
        WorldSnapshot before = WorldSnapshot.of(p);

        var outcome = w.requestLink().request(w.world().alexMsaInDefault(), true);

        assertRefused(outcome, RuleCode.RequiresServiceAdministrator, before);
    }

    @Test
    void R7_emailThatIsAlsoAWorkAccountIsRefusedAndNamesTheSubscriptionToHandOver() {
        workAccountElsewhere("kelley.wall@outlook.com");
        WorldSnapshot before = WorldSnapshot.of(p);

        var outcome = w.requestLink().request(w.world().kelleyMsaInDefault(), true);

        assertRefused(outcome, RuleCode.AmbiguousDualAccountEmail, before);
        assertThat(((Outcome.Rejected<?>) outcome).args())
                .containsExactly("kelley.wall@outlook.com", SUBSCRIPTION.toString());
    }

    @Test
    void R3_confirmingSignInMustBeAGlobalAdministrator() {
        DirectoryLinkRequest request = kelleyRequests();
        WorldSnapshot before = WorldSnapshot.of(p);

        var outcome = w.confirmLink().confirm(w.world().megan(), request.id());

        assertRefused(outcome, RuleCode.NotGlobalAdministrator, before);
    }

    @Test
    void DirectoryLinkRequestNotFound_forAnUnknownRequest() {
        kelleyRequests();
        WorldSnapshot before = WorldSnapshot.of(p);

        var outcome = w.confirmLink().confirm(w.world().contosoGlobalAdministrator(), UUID.randomUUID());

        assertRefused(outcome, RuleCode.DirectoryLinkRequestNotFound, before);
    }

    @Test
    void DirectoryLinkRequestExpired_afterTheExpiry() {
        DirectoryLinkRequest request = kelleyRequests();
        WorldSnapshot before = WorldSnapshot.of(p);
        Clock anHourLater = Clock.fixed(NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC);

        var outcome = w.confirmLink(anHourLater).confirm(w.world().contosoGlobalAdministrator(), request.id());

        assertRefused(outcome, RuleCode.DirectoryLinkRequestExpired, before);
    }

    @Test
    void R4_microsoftAccountBecomesExternalMemberAndGlobalAdministratorOfTheConfirmingDirectory() {
        DirectoryLinkRequest request = kelleyRequests();

        DirectoryUser user = w.confirmLink()
                .confirm(w.world().contosoGlobalAdministrator(), request.id())
                .orThrow();

        assertThat(user.directory()).isEqualTo(CONTOSO);
        assertThat(user.userPrincipalName()).isEqualTo("kelley.wall_outlook.com#EXT#@contoso.onmicrosoft.com");
        assertThat(user.mail()).isEqualTo(Email.of("kelley.wall@outlook.com"));
        assertThat(user.type()).isEqualTo(DirectoryUser.UserType.Member);
        assertThat(user.source()).isEqualTo(DirectoryUser.Source.MICROSOFT_ACCOUNT);
        assertThat(user.person()).isEqualTo(new Identity.Personal(KELLEY_MSA));
        assertThat(p.directoryUsers().byId(CONTOSO, user.id())).contains(user);
        assertThat(p.directoryRoles().rolesOf(CONTOSO, user.id())).containsExactly(DirectoryRole.GlobalAdministrator);
        assertThat(p.directoryLinkRequests().byId(request.id())).isEmpty();
        assertThat(p.directoryUsers().ofPerson(new Identity.Personal(KELLEY_MSA)))
                .extracting(DirectoryUser::directory)
                .containsExactlyInAnyOrder(DEFAULT_DIRECTORY, CONTOSO);
        List<ActivityLogEntry> log = p.activityLog().ofDirectory(CONTOSO);
        assertThat(log).hasSize(1);
        assertThat(log.get(0).operation()).isEqualTo(ConfirmDirectoryLink.OPERATION);
        assertThat(log.get(0).caller()).isEqualTo("kelley.wall@contoso.onmicrosoft.com");
        assertThat(log.get(0).target()).isEqualTo(user.userPrincipalName());
    }

    @Test
    void R5_microsoftAccountAlreadyInTheDirectory() {
        DirectoryLinkRequest request = kelleyRequests();
        p.directoryUsers()
                .add(new DirectoryUser(
                        ObjectId.of("0c000000-0000-4000-8000-0000000000aa"),
                        CONTOSO,
                        "Kelley (guest)",
                        "kelley.wall_outlook.com#EXT#@contoso.onmicrosoft.com",
                        Email.of("kelley.wall@outlook.com"),
                        DirectoryUser.UserType.Guest,
                        DirectoryUser.Source.MICROSOFT_ACCOUNT,
                        new Identity.Personal(KELLEY_MSA),
                        DirectoryUser.InvitationState.Accepted,
                        null));
        WorldSnapshot before = WorldSnapshot.of(p);

        var outcome = w.confirmLink().confirm(w.world().contosoGlobalAdministrator(), request.id());

        assertRefused(outcome, RuleCode.ServiceAdministratorAlreadyInDirectory, before);
    }

    @Test
    void R5_aUserOfTheDirectoryHasTheSameEmail() {
        DirectoryLinkRequest request = kelleyRequests();
        DirectoryUser lee = p.directoryUsers().byId(CONTOSO, LEE_GU).orElseThrow();
        p.directoryUsers().update(withMail(lee, "kelley.wall@outlook.com"));
        WorldSnapshot before = WorldSnapshot.of(p);

        var outcome = w.confirmLink().confirm(w.world().contosoGlobalAdministrator(), request.id());

        assertRefused(outcome, RuleCode.ServiceAdministratorAlreadyInDirectory, before);
    }

    @Test
    void R6_serviceAdministratorEmailMatchesAGlobalAdministratorOfTheDirectory() {
        DirectoryLinkRequest request = kelleyRequests();
        DirectoryUser ga = p.directoryUsers().byId(CONTOSO, KELLEY_CONTOSO).orElseThrow();
        p.directoryUsers().update(withMail(ga, "kelley.wall@outlook.com"));
        WorldSnapshot before = WorldSnapshot.of(p);

        var outcome = w.confirmLink().confirm(w.world().contosoGlobalAdministrator(), request.id());

        assertRefused(outcome, RuleCode.ServiceAdministratorMatchesGlobalAdministrator, before);
    }

    @Test
    void R7_workAccountWithTheEmailAppearedBeforeConfirmation() {
        DirectoryLinkRequest request = kelleyRequests();
        workAccountElsewhere("kelley.wall@outlook.com");
        WorldSnapshot before = WorldSnapshot.of(p);

        var outcome = w.confirmLink().confirm(w.world().contosoGlobalAdministrator(), request.id());

        assertRefused(outcome, RuleCode.AmbiguousDualAccountEmail, before);
    }

    @Test
    void DirectoryMembershipLimitReached_whenTheAccountIsAlreadyInFiveHundredDirectories() {
        DirectoryLinkRequest request = kelleyRequests();
        for (int i = 1; i < dev.cerulean.core.directory.DirectoryLimits.DIRECTORY_MEMBERSHIPS; i++) {
            DirectoryId elsewhere = DirectoryId.of(String.format("dddddddd-0000-4000-8000-%012d", i));
            p.directoryUsers()
                    .add(new DirectoryUser(
                            ObjectId.of(String.format("0e000000-0000-4000-8000-%012d", i)),
                            elsewhere,
                            "Kelley",
                            "kelley.wall_outlook.com#EXT#@d" + i + ".onmicrosoft.com",
                            Email.of("kelley.wall@outlook.com"),
                            DirectoryUser.UserType.Guest,
                            DirectoryUser.Source.MICROSOFT_ACCOUNT,
                            new Identity.Personal(KELLEY_MSA),
                            null,
                            null));
        }
        WorldSnapshot before = WorldSnapshot.of(p);

        var outcome = w.confirmLink().confirm(w.world().contosoGlobalAdministrator(), request.id());

        assertRefused(outcome, RuleCode.DirectoryMembershipLimitReached, before);
    }

    private static DirectoryUser withMail(DirectoryUser u, String mail) {
        return new DirectoryUser(
                u.id(),
                u.directory(),
                u.displayName(),
                u.userPrincipalName(),
                Email.of(mail),
                u.type(),
                u.source(),
                u.person(),
                u.invitation(),
                u.password());
    }
}
