package dev.cerulean.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.cerulean.e2e.Labels.containing;
import static dev.cerulean.e2e.Labels.exactly;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.cerulean.core.Ports;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.world.DemoWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The article's scenario as people do it today, in the Azure portal, in a real browser against
 * {@code cerulean serve --world demo}, in English and in Swedish: the Microsoft account sees only
 * Default Directory; once Contoso's global administrator has let Azure use Contoso it switches
 * directory; it changes the subscription's directory after a review naming the co-administrator
 * and each role assignment removed; it makes a Contoso user Owner through Access control; that
 * user signs in and sees the subscription. Every page is checked for labelled controls and
 * keyboard reach, and photographed into docs/portal/(en|sv).
 */
class AzurePortalWalkthroughIT {
    static final String KELLEY = DemoWorld.KELLEY,
            ALEX = DemoWorld.ALEX,
            PASSWORD = DemoWorld.PASSWORD,
            GLOBAL_ADMIN = "kelley.wall@contoso.onmicrosoft.com",
            MEGAN = "megan.bowen@contoso.onmicrosoft.com",
            SAM = "sam.reader@kelleywalloutlook.onmicrosoft.com";

    @RegisterExtension
    static final ChromiumPerClass chromium = new ChromiumPerClass();

    @TempDir
    Path data;

    @Test
    void theScenarioInEnglish() throws Exception {
        walk(Labels.english(), AzureLabels.english());
    }

    @Test
    void theScenarioInSwedish() throws Exception {
        walk(Labels.swedish(), AzureLabels.swedish());
    }

    /** The documentation's screenshots: docs/portal/en and docs/portal/sv of the project (target/ when run elsewhere). */
    static Path shots(Labels l) {
        Path docs = Paths.get("..", "docs");
        return Files.isDirectory(docs)
                ? docs.resolve("portal").resolve(l.language())
                : Paths.get("target", "screenshots", "portal-" + l.language());
    }

    private void walk(Labels l, AzureLabels a) throws Exception {
        try (DemoServer server = DemoServer.start(data)) {
            Ports p = server.ports();
            Steps s = new Steps(chromium.page(l.locale()), l, shots(l));
            Page page = s.page;
            String portal = server.https() + "/portal";

            // the Microsoft account signs in to the Azure portal: only Default Directory, its subscription listed
            page.navigate(portal);
            s.signIn(KELLEY, PASSWORD, false);
            assertThat(s.heading(a.subscriptions())).isVisible();
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("Pay-As-You-Go");
            assertThat(page.getByRole(AriaRole.TABLE)).containsText(a.myRole());
            checked(page, a);
            s.screenshot("subscriptions");
            page.locator("summary")
                    .filter(new Locator.FilterOptions().setHasText(a.directoriesPanel()))
                    .click();
            Locator switcher = page.getByLabel(exactly(a.switchDirectory()));
            assertThat(switcher.locator("option")).hasCount(1);
            assertThat(switcher).containsText("Default Directory");
            s.screenshot("directories-panel");

            // the overview of the subscription
            s.link("Pay-As-You-Go").click();
            assertThat(page.getByRole(AriaRole.MAIN)).containsText(ALEX);
            assertThat(page.getByRole(AriaRole.MAIN)).containsText(DemoWorld.SUBSCRIPTION.toString());
            checked(page, a);
            s.screenshot("subscription-overview");

            // Contoso's Office 365 global administrator lets Azure use Contoso (the article's step 1)
            s.button(a.signOut()).click();
            s.useExistingDirectory(server.https(), KELLEY, PASSWORD, false);
            s.link(l.signIn()).click();
            s.signIn(GLOBAL_ADMIN, PASSWORD, false);
            s.button(l.continueLabel()).click();
            s.button(l.signOutNow()).click();

            // back in the Azure portal: both directories; switching to Contoso shows no subscription there yet
            page.navigate(portal + "/directories");
            s.signIn(KELLEY, PASSWORD, false);
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("Contoso");
            checked(page, a);
            s.screenshot("directories");
            s.button(a.switchTo() + "Contoso").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText(a.switched() + "Contoso");
            assertThat(page.getByRole(AriaRole.MAIN)).containsText(a.noSubscriptions());
            s.screenshot("switched-to-contoso");
            page.locator("summary")
                    .filter(new Locator.FilterOptions().setHasText(a.directoriesPanel()))
                    .click();
            page.getByLabel(exactly(a.switchDirectory())).selectOption(DemoWorld.DEFAULT_DIRECTORY.toString());
            s.button(a.switchButton()).click();
            assertThat(page.getByRole(AriaRole.BANNER)).containsText(a.currentDirectory() + "Default Directory");

            // Change directory: the destination, the review naming the co-administrator and each assignment
            s.link("Pay-As-You-Go").click();
            s.link(a.changeDirectory()).click();
            checked(page, a);
            page.getByLabel(exactly(a.destination())).selectOption(DemoWorld.CONTOSO.toString());
            s.screenshot("change-directory");
            s.button(a.reviewChange()).click();
            var coAdministrators = page.getByRole(
                    AriaRole.REGION, new Page.GetByRoleOptions().setName(exactly(a.coAdministratorsRemoved())));
            assertThat(coAdministrators).containsText(ALEX);
            Locator main = page.getByRole(AriaRole.MAIN);
            assertThat(main).containsText(SAM);
            assertThat(main).containsText("Reader");
            assertThat(main).containsText("demo-automation");
            assertThat(main).containsText("Contributor");
            assertThat(main).containsText("kv-web");
            assertThat(main).containsText("vm-web");
            Download plan = page.waitForDownload(
                    () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(containing("JSON")))
                            .click());
            assertThat(Files.readString(plan.path())).contains(ALEX).contains(DemoWorld.CONTOSO.toString());
            checked(page, a);
            s.screenshot("change-directory-review");
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(containing(a.understood())))
                    .check();
            s.button(a.changeDirectory()).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText(a.changed());
            assertThat(main).containsText(a.doThisNext());
            assertThat(main).containsText("kv-web");
            Subscription moved = p.subscriptions().byId(DemoWorld.SUBSCRIPTION).orElseThrow();
            assertThat(moved.directory()).isEqualTo(DemoWorld.CONTOSO);
            assertThat(p.coAdministrators().of(DemoWorld.SUBSCRIPTION)).isEmpty();
            assertThat(p.roleAssignments().of(DemoWorld.SUBSCRIPTION)).isEmpty();
            s.screenshot("change-directory-done");

            // Access control (IAM): Megan Bowen of Contoso becomes Owner
            s.link(a.accessControl()).click();
            checked(page, a);
            s.screenshot("access-control");
            s.link("+ " + a.addRoleAssignment()).click();
            checked(page, a);
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Pattern.compile("^\\s*Owner\\s+–")))
                    .check();
            s.screenshot("add-role-assignment-role");
            s.button(a.next()).click();
            checked(page, a);
            page.getByLabel(exactly(a.member()))
                    .selectOption(new SelectOption().setLabel("Megan Bowen (" + MEGAN + ")"));
            s.screenshot("add-role-assignment-members");
            s.button(a.reviewAssign()).click();
            assertThat(main).containsText("Megan Bowen");
            s.screenshot("add-role-assignment-review");
            s.button(a.assign()).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText(a.assigned());
            assertThat(p.roleAssignments().of(DemoWorld.SUBSCRIPTION)).anySatisfy(r -> {
                assertThat(r.principalId()).isEqualTo(DemoWorld.MEGAN_BOWEN);
                assertThat(r.roleDefinition()).isEqualTo(BuiltInRoles.OWNER.id());
            });
            s.screenshot("role-assigned");
            s.link(a.classicAdministrators()).click();
            assertThat(page.getByRole(AriaRole.TABLE)).containsText(KELLEY);
            checked(page, a);
            s.screenshot("classic-administrators");
            s.link(a.activityLog()).click();
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("Microsoft.Subscription/updateTenant/action");
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("Microsoft.Authorization/roleAssignments/write");
            checked(page, a);
            s.screenshot("activity-log");
            s.link(a.resourceGroups()).click();
            checked(page, a);
            s.screenshot("resource-groups");
            s.link("rg-web").click();
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("kv-web");
            checked(page, a);
            s.screenshot("resource-group");
            s.link(a.groupAccess() + "rg-web").click();
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("Megan Bowen");
            checked(page, a);
            s.screenshot("resource-group-access-control");

            // Megan signs in to the Azure portal and sees the subscription, as Owner
            s.button(a.signOut()).click();
            page.navigate(portal);
            s.signIn(MEGAN, PASSWORD, false);
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("Pay-As-You-Go");
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("Owner");
            assertThat(page.getByRole(AriaRole.MAIN)).not().containsText(a.noSubscriptions());
            s.screenshot("owner-sees-subscription");
            page.context().close();
        }
    }

    /** Labelled controls, one main and h1, and the keyboard reaching the frame's controls from the skip link on. */
    private static void checked(Page page, AzureLabels a) {
        PageChecks.labelled(page);
        var order = PageChecks.tabOrder(page, 80);
        assertThat(order).first().isEqualTo(a.skip());
        assertThat(order).contains(a.directoriesPanel(), a.signOut(), a.subscriptions());
        PageChecks.labelled(page);
    }
}
