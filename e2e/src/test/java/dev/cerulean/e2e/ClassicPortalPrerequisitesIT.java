package dev.cerulean.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.cerulean.e2e.Labels.exactly;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.cerulean.core.Ports;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.world.DemoWorld;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The article's "Before you begin", each broken on purpose in a real browser: the page names
 * the rule in plain words, offers the article's way out, and the store is as it was.
 */
class ClassicPortalPrerequisitesIT {
    static final String KELLEY = DemoWorld.KELLEY,
            ALEX = DemoWorld.ALEX,
            PASSWORD = DemoWorld.PASSWORD,
            GLOBAL_ADMIN = "kelley.wall@contoso.onmicrosoft.com",
            MEGAN = "megan.bowen@contoso.onmicrosoft.com";

    @RegisterExtension
    static final ChromiumPerClass chromium = new ChromiumPerClass();

    @TempDir
    Path data;

    /** What the refusals must leave alone. */
    record Snapshot(
            List<String> contosoUsers,
            List<String> kelleysDirectories,
            long version,
            List<String> coAdministrators,
            int linkOperations,
            boolean linkRequest) {
        static Snapshot of(Ports p) {
            return new Snapshot(
                    p.directoryUsers().inDirectory(DemoWorld.CONTOSO).stream()
                            .map(u -> u.id() + " " + u.mail())
                            .sorted()
                            .toList(),
                    ClassicPortalWalkthroughIT.directoriesOfKelley(p),
                    p.subscriptions().byId(DemoWorld.SUBSCRIPTION).orElseThrow().version(),
                    p.coAdministrators().of(DemoWorld.SUBSCRIPTION).stream()
                            .map(c -> c.administrator().email().value())
                            .sorted()
                            .toList(),
                    (int) p.activityLog().all().stream()
                            .map(ActivityLogEntry::operation)
                            .filter(o -> o.equals("Microsoft.Directory/users/linkMicrosoftAccount/action"))
                            .count(),
                    p.directoryLinkRequests().latestOf(DemoWorld.KELLEY_MSA).isPresent());
        }
    }

    @Test
    void R5_theServiceAdministratorIsAlreadyAUserOfTheTenant() throws Exception {
        try (DemoServer server = DemoServer.start(data)) {
            Ports p = server.ports();
            p.transactions().inTransaction(() -> {
                p.directoryUsers()
                        .add(new DirectoryUser(
                                new ObjectId(UUID.randomUUID()),
                                DemoWorld.CONTOSO,
                                "Kelley (guest)",
                                "kelley.wall_outlook.com#EXT#@contoso.onmicrosoft.com",
                                Email.of(KELLEY),
                                DirectoryUser.UserType.Guest,
                                DirectoryUser.Source.MICROSOFT_ACCOUNT,
                                new Identity.Personal(DemoWorld.KELLEY_MSA),
                                DirectoryUser.InvitationState.Accepted,
                                null));
                return null;
            });
            Steps s = new Steps(chromium.page("en-US"), Labels.english(), "prerequisites");
            s.useExistingDirectory(server.https(), KELLEY, PASSWORD, false);
            s.link(s.l.signIn()).click();
            s.signIn(GLOBAL_ADMIN, PASSWORD, false);
            Snapshot before = Snapshot.of(p);

            s.button(s.l.continueLabel()).click();

            s.refused("kelley.wall@outlook.com is already a user in Contoso");
            assertThat(s.link("Change the service administrator of the subscription"))
                    .isVisible();
            s.screenshot("R5-already-in-tenant");
            assertThat(Snapshot.of(p)).isEqualTo(before);
        }
    }

    @Test
    void R6_theServiceAdministratorsEmailIsAGlobalAdministratorsEmail() throws Exception {
        try (DemoServer server = DemoServer.start(data)) {
            Ports p = server.ports();
            Steps s = new Steps(chromium.page("en-US"), Labels.english(), "prerequisites");
            s.useExistingDirectory(server.https(), KELLEY, PASSWORD, false);
            p.transactions().inTransaction(() -> {
                DirectoryUser ga = p.directoryUsers()
                        .byId(DemoWorld.CONTOSO, DemoWorld.KELLEY_CONTOSO)
                        .orElseThrow();
                p.directoryUsers()
                        .update(new DirectoryUser(
                                ga.id(),
                                ga.directory(),
                                ga.displayName(),
                                ga.userPrincipalName(),
                                Email.of(KELLEY),
                                ga.type(),
                                ga.source(),
                                ga.person(),
                                ga.invitation(),
                                ga.password()));
                return null;
            });
            s.link(s.l.signIn()).click();
            s.signIn(GLOBAL_ADMIN, PASSWORD, false);
            Snapshot before = Snapshot.of(p);

            s.button(s.l.continueLabel()).click();

            s.refused("is also the email address of a Global Administrator of Contoso");
            s.screenshot("R6-matches-global-administrator");
            assertThat(Snapshot.of(p)).isEqualTo(before);
        }
    }

    @Test
    void R7_anEmailThatIsBothAMicrosoftAccountAndAWorkAccount() throws Exception {
        try (DemoServer server = DemoServer.start(data)) {
            Ports p = server.ports();
            DirectoryId fabrikam = DirectoryId.of("dddddddd-0000-4000-8000-000000000004");
            p.transactions().inTransaction(() -> {
                p.directories()
                        .add(new Directory(
                                fabrikam,
                                "Fabrikam",
                                "US",
                                Directory.DirectoryOrigin.OFFICE_365_SIGNUP,
                                "fabrikamdemo.onmicrosoft.com",
                                null,
                                Instant.now()));
                ObjectId id = new ObjectId(UUID.randomUUID());
                p.directoryUsers()
                        .add(new DirectoryUser(
                                id,
                                fabrikam,
                                "Kelley at Fabrikam",
                                KELLEY,
                                Email.of(KELLEY),
                                DirectoryUser.UserType.Member,
                                DirectoryUser.Source.WORK_ACCOUNT,
                                new Identity.Work(fabrikam, id),
                                null,
                                null));
                return null;
            });
            Snapshot before = Snapshot.of(p);
            Steps s = new Steps(chromium.page("en-US"), Labels.english(), "prerequisites");

            s.useExistingDirectory(server.https(), KELLEY, PASSWORD, true);

            s.refused("is both a Microsoft account and a work or school account");
            assertThat(s.link("Change the service administrator of the subscription"))
                    .isVisible();
            assertThat(s.link("Create a Microsoft account")).isVisible();
            s.screenshot("R7-dual-account-email");
            assertThat(Snapshot.of(p)).isEqualTo(before);
            // the way out: the change-the-service-administrator page names the subscription
            s.link("Change the service administrator of the subscription").click();
            assertThat(s.page.getByRole(
                            AriaRole.RADIO,
                            new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("Pay-As-You-Go"))))
                    .isChecked();
        }
    }

    @Test
    void R8_aCoAdministratorTriesToUseAnExistingDirectory() throws Exception {
        try (DemoServer server = DemoServer.start(data)) {
            Ports p = server.ports();
            Snapshot before = Snapshot.of(p);
            Steps s = new Steps(chromium.page("en-US"), Labels.english(), "prerequisites");

            s.useExistingDirectory(server.https(), ALEX, PASSWORD, false);

            s.refused("Only the service administrator of the subscription can do this");
            s.screenshot("R8-co-administrator-step-1-4");
            assertThat(Snapshot.of(p)).isEqualTo(before);
            assertThat(p.directoryLinkRequests().latestOf(DemoWorld.ALEX_MSA)).isEmpty();
        }
    }

    @Test
    void R9_aCoAdministratorTriesEditDirectoryInSwedish() throws Exception {
        try (DemoServer server = DemoServer.start(data)) {
            Ports p = server.ports();
            Snapshot before = Snapshot.of(p);
            Steps s = new Steps(chromium.page("sv-SE"), Labels.swedish(), "prerequisites");
            s.page.navigate(server.https() + "/classic");
            s.signIn(ALEX, PASSWORD, false);
            s.link(s.l.settings()).click();
            s.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Pay-As-You-Go"))
                    .check();

            s.button(s.l.editDirectory()).click();

            s.refused("Medadministratörer kan inte ändra katalogen för en prenumeration");
            assertThat(s.link("Ändra tjänstadministratören för prenumerationen"))
                    .isVisible();
            s.screenshot("R9-co-administrator-step-2-2-sv");
            assertThat(Snapshot.of(p)).isEqualTo(before);
        }
    }

    @Test
    void R3_aUserWhoIsNotAGlobalAdministratorConfirms() throws Exception {
        try (DemoServer server = DemoServer.start(data)) {
            Ports p = server.ports();
            Steps s = new Steps(chromium.page("en-US"), Labels.english(), "prerequisites");
            s.useExistingDirectory(server.https(), KELLEY, PASSWORD, false);
            s.link(s.l.signIn()).click();
            s.signIn(MEGAN, PASSWORD, false);
            Snapshot before = Snapshot.of(p);

            s.button(s.l.continueLabel()).click();

            s.refused("megan.bowen@contoso.onmicrosoft.com is not a Global Administrator of this directory");
            assertThat(s.link("Sign out and sign in as a Global Administrator").first())
                    .isVisible();
            s.screenshot("R3-not-global-administrator");
            assertThat(Snapshot.of(p)).isEqualTo(before);
        }
    }

    @Test
    void R21_the201stCoAdministratorIsRefused() throws Exception {
        try (DemoServer server = DemoServer.start(data)) {
            Ports p = server.ports();
            p.transactions().inTransaction(() -> {
                for (int i = 2; i <= 200; i++) {
                    p.coAdministrators()
                            .add(new CoAdministrator(
                                    DemoWorld.SUBSCRIPTION,
                                    new ClassicAdministrator(
                                            new Identity.Personal(new MicrosoftAccountId(UUID.randomUUID())),
                                            Email.of("admin" + i + "@outlook.com")),
                                    Instant.now()));
                }
                return null;
            });
            Snapshot before = Snapshot.of(p);
            assertThat(before.coAdministrators()).hasSize(200);
            Steps s = new Steps(chromium.page("en-US"), Labels.english(), "prerequisites");
            s.page.navigate(server.https() + "/classic");
            s.signIn(KELLEY, PASSWORD, false);
            s.link(s.l.settings()).click();
            s.link(s.l.administrators()).click();
            s.link(s.l.add()).click();
            s.page.getByLabel(exactly(s.l.coAdminEmail())).fill("sam.reader@kelleywalloutlook.onmicrosoft.com");

            s.button(s.l.complete()).click();

            s.refused("The subscription already has 200 co-administrators");
            s.screenshot("R21-201st-co-administrator");
            assertThat(Snapshot.of(p)).isEqualTo(before);
        }
    }
}
