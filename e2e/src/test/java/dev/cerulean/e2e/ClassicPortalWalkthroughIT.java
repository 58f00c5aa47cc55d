package dev.cerulean.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.cerulean.e2e.Labels.exactly;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.cerulean.core.Ports;
import dev.cerulean.core.UseCases;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.world.DemoWorld;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed article, step by step, in a real browser against {@code cerulean serve --world demo}:
 * once in English and once in Swedish, each control found by its role and the visible label
 * walkthrough.md gives, and after each step the data checked through the store's ports.
 */
class ClassicPortalWalkthroughIT {
    static final String KELLEY = DemoWorld.KELLEY,
            ALEX = DemoWorld.ALEX,
            PASSWORD = DemoWorld.PASSWORD,
            GLOBAL_ADMIN = "kelley.wall@contoso.onmicrosoft.com",
            MEGAN = "megan.bowen@contoso.onmicrosoft.com";

    @RegisterExtension
    static final ChromiumPerClass chromium = new ChromiumPerClass();

    @TempDir
    Path data;

    @Test
    void theArticleInEnglish() throws Exception {
        walk(Labels.english());
    }

    @Test
    void theArticleInSwedish() throws Exception {
        walk(Labels.swedish());
    }

    private void walk(Labels l) throws Exception {
        try (DemoServer server = DemoServer.start(data)) {
            Ports p = server.ports();
            Steps s = new Steps(chromium.page(l.locale()), l, "walkthrough-" + l.language());
            Page page = s.page;

            // Step 1.1: sign in to the classic portal as the service administrator
            page.navigate(server.https() + "/classic");
            s.screenshot("step1-1-sign-in");
            s.signIn(KELLEY, PASSWORD, false);
            // 1.2: ACTIVE DIRECTORY lists the directories the account is in; Contoso is not one of them yet
            s.link(l.activeDirectory()).click();
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("Default Directory");
            assertThat(page.getByRole(AriaRole.TABLE)).not().containsText("Contoso");
            assertThat(directoriesOfKelley(p)).containsExactly("Default Directory");
            s.screenshot("step1-2-active-directory");
            // 1.3: NEW > DIRECTORY > CUSTOM CREATE
            s.link(l.newCommand()).click();
            s.link(l.directory()).click();
            s.screenshot("step1-3-new-directory");
            s.link(l.customCreate()).click();
            // 1.4: Add directory: Use existing directory, I am ready to be signed out now, Complete
            assertThat(s.heading(l.addDirectory())).isVisible();
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(exactly(l.useExisting())))
                    .check();
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(exactly(l.ready())))
                    .check();
            s.screenshot("step1-4-add-directory");
            s.button(l.complete()).click();
            assertThat(s.heading(l.signedOut())).isVisible();
            assertThat(p.directoryLinkRequests().latestOf(DemoWorld.KELLEY_MSA)).isPresent();
            s.screenshot("step1-4-signed-out");
            // 1.5: sign in as the Global Administrator of the Office 365 tenant
            s.link(l.signIn()).click();
            s.signIn(GLOBAL_ADMIN, PASSWORD, false);
            // 1.6: use the Contoso directory with Azure? Continue
            assertThat(s.heading("Contoso")).isVisible();
            s.screenshot("step1-6-use-contoso-with-azure");
            s.button(l.continueLabel()).click();
            assertThat(directoriesOfKelley(p)).containsExactly("Contoso", "Default Directory");
            DirectoryUser linked = p.directoryUsers().ofPerson(new Identity.Personal(DemoWorld.KELLEY_MSA)).stream()
                    .filter(u -> u.directory().equals(DemoWorld.CONTOSO))
                    .findFirst()
                    .orElseThrow();
            assertThat(linked.type()).isEqualTo(DirectoryUser.UserType.Member);
            assertThat(p.directoryRoles().rolesOf(DemoWorld.CONTOSO, linked.id()))
                    .contains(DirectoryRole.GlobalAdministrator);
            assertThat(operations(p)).contains("Microsoft.Directory/users/linkMicrosoftAccount/action");
            s.screenshot("step1-6-confirmed");
            // 1.7: Sign out now
            s.button(l.signOutNow()).click();
            assertThat(page.getByLabel(exactly(l.emailField()))).isVisible();
            // 1.8–1.9: the service administrator signs in again and sees Contoso on the dashboard
            s.signIn(KELLEY, PASSWORD, false);
            var dashboard =
                    page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(exactly(l.dashboard())));
            assertThat(dashboard).containsText("Contoso");
            assertThat(dashboard).containsText("Default Directory");
            s.screenshot("step1-9-dashboard");

            // Step 2.1: SETTINGS lists the subscription
            s.link(l.settings()).click();
            var subscription = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Pay-As-You-Go"));
            subscription.check();
            s.screenshot("step2-1-settings");
            // 2.2: EDIT DIRECTORY
            s.button(l.editDirectory()).click();
            assertThat(s.heading(l.changeDirectory())).isVisible();
            // 2.3: pick Contoso, Next
            page.getByLabel(exactly(l.directoryField())).selectOption(DemoWorld.CONTOSO.toString());
            s.screenshot("step2-3-change-the-associated-directory");
            s.button(l.next()).click();
            // 2.4: the co-administrators that will be removed, then the role-assignment users per resource group
            assertThat(page.getByRole(AriaRole.NOTE)).containsText(ALEX);
            s.screenshot("step2-4-co-administrators-removed");
            s.button(l.next()).click();
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("rg-web");
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("sam.reader@kelleywalloutlook.onmicrosoft.com");
            assertThat(p.subscriptions()
                            .byId(DemoWorld.SUBSCRIPTION)
                            .orElseThrow()
                            .directory())
                    .isEqualTo(DemoWorld.DEFAULT_DIRECTORY);
            s.screenshot("step2-4-assigned-users-removed");
            // 2.5: Complete
            s.button(l.complete()).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Contoso");
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("kv-web");
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("vm-web");
            Subscription moved = p.subscriptions().byId(DemoWorld.SUBSCRIPTION).orElseThrow();
            assertThat(moved.directory()).isEqualTo(DemoWorld.CONTOSO);
            assertThat(p.coAdministrators().of(DemoWorld.SUBSCRIPTION)).isEmpty();
            assertThat(p.roleAssignments().of(DemoWorld.SUBSCRIPTION)).isEmpty();
            assertThat(p.activityLog().ofSubscription(DemoWorld.SUBSCRIPTION))
                    .extracting(ActivityLogEntry::message)
                    .contains("moved from tenant " + DemoWorld.DEFAULT_DIRECTORY + " to tenant " + DemoWorld.CONTOSO);
            s.screenshot("step2-5-directory-changed");

            // Step 3.1: ADMINISTRATORS, ADD
            s.link(l.settings()).click();
            s.link(l.administrators()).click();
            s.link(l.add()).click();
            // 3.2: the Office 365 account, the subscription, Complete
            page.getByLabel(exactly(l.coAdminEmail())).fill(MEGAN);
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Pay-As-You-Go"))
                    .check();
            s.screenshot("step3-2-add-co-administrator");
            s.button(l.complete()).click();
            // 3.3: listed as co-administrator on the ADMINISTRATORS tab
            assertThat(page.getByRole(AriaRole.TABLE)).containsText(MEGAN);
            assertThat(p.coAdministrators().of(DemoWorld.SUBSCRIPTION))
                    .extracting(c -> c.administrator().email().value())
                    .containsExactly(MEGAN);
            assertThat(operations(p)).contains("Microsoft.Authorization/classicAdministrators/write");
            s.screenshot("step3-3-co-administrator-added");
            // 3.4a: sign out of the classic portal
            s.button(l.signOut()).click();
            // 3.4b–c: the Azure portal, the co-administrator's credentials, Sign in: the subscription is listed (R30)
            page.navigate(server.https() + "/portal");
            s.signIn(MEGAN, PASSWORD, false);
            assertThat(s.heading(l.subscriptions())).isVisible();
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("Pay-As-You-Go");
            assertThat(page.getByRole(AriaRole.MAIN)).not().containsText(l.noSubscriptions());
            Caller megan = new Caller(
                    new Identity.Work(DemoWorld.CONTOSO, DemoWorld.MEGAN_BOWEN),
                    DemoWorld.CONTOSO,
                    DemoWorld.MEGAN_BOWEN,
                    Email.of(MEGAN));
            assertThat(UseCases.of(p)
                            .access()
                            .azurePortalSubscriptions()
                            .page(megan, "", 0, 50)
                            .orThrow()
                            .subscriptions())
                    .extracting(Subscription::displayName)
                    .containsExactly("Pay-As-You-Go");
            s.screenshot("step3-4-azure-portal-co-administrator");
            page.context().close();
        }
    }

    static List<String> directoriesOfKelley(Ports p) {
        return p.directoryUsers().ofPerson(new Identity.Personal(DemoWorld.KELLEY_MSA)).stream()
                .map(u -> p.directories().byId(u.directory()).orElseThrow().displayName())
                .sorted()
                .toList();
    }

    static List<String> operations(Ports p) {
        return p.activityLog().all().stream().map(ActivityLogEntry::operation).toList();
    }
}
