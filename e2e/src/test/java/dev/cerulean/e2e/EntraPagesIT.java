package dev.cerulean.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.cerulean.e2e.Labels.containing;
import static dev.cerulean.e2e.Labels.exactly;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.cerulean.core.Ports;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.world.DemoWorld;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Microsoft Entra ID in the Azure portal, in a real browser against {@code cerulean serve --world
 * demo}, in English and in Swedish: Contoso's global administrator reads the overview (an Office
 * 365 tenant), creates a user and resets its password (shown once), blocks its sign-in, is refused
 * removing the last Global Administrator, creates a security group with a member, and registers
 * an app whose new client secret is shown once. Each page is checked for labelled controls and
 * keyboard reach and photographed into docs/portal/(en|sv)/entra.
 */
class EntraPagesIT {
    static final String GLOBAL_ADMIN = "kelley.wall@contoso.onmicrosoft.com", PASSWORD = DemoWorld.PASSWORD;

    @RegisterExtension
    static final ChromiumPerClass chromium = new ChromiumPerClass();

    @TempDir
    Path data;

    @Test
    void entraInEnglish() throws Exception {
        walk(Labels.english(), AzureLabels.english(), EntraLabels.english());
    }

    @Test
    void entraInSwedish() throws Exception {
        walk(Labels.swedish(), AzureLabels.swedish(), EntraLabels.swedish());
    }

    private void walk(Labels l, AzureLabels a, EntraLabels e) throws Exception {
        try (DemoServer server = DemoServer.start(data)) {
            Ports p = server.ports();
            Steps s = new Steps(
                    chromium.page(l.locale()),
                    l,
                    AzurePortalWalkthroughIT.shots(l).resolve("entra"));
            Page page = s.page;

            // the overview of Contoso, reached from the left menu
            page.navigate(server.https() + "/portal");
            s.signIn(GLOBAL_ADMIN, PASSWORD, false);
            // the left menu's link (Home also has it among its Azure services)
            page.getByRole(AriaRole.NAVIGATION)
                    .getByRole(
                            AriaRole.LINK,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName(exactly(e.entra())))
                    .click();
            assertThat(page.getByRole(AriaRole.MAIN)).containsText(DemoWorld.CONTOSO.toString());
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("contoso.onmicrosoft.com");
            assertThat(page.getByRole(AriaRole.MAIN)).containsText(e.office365());
            checked(page, a, e);
            s.screenshot("overview");

            // Users: New user, then Reset password (shown once) and Block sign-in
            s.link(e.users()).click();
            checked(page, a, e);
            page.getByLabel(exactly(e.userName())).fill("jo.tester");
            page.getByLabel(exactly(e.displayName())).fill("Jo Tester");
            page.getByLabel(exactly(e.password())).fill("Str0ng-Passw0rd!");
            s.button(e.create()).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("jo.tester@contoso.onmicrosoft.com");
            s.screenshot("users");
            s.link("Jo Tester").click();
            checked(page, a, e);
            s.button(e.resetPassword()).click();
            assertThat(page.locator("#new-password")).isVisible();
            s.screenshot("password-reset");
            s.button(e.blockSignIn()).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Jo Tester");
            DirectoryUser jo = p.directoryUsers()
                    .byPrincipalName(DemoWorld.CONTOSO, "jo.tester@contoso.onmicrosoft.com")
                    .orElseThrow();
            assertThat(jo.accountEnabled()).isFalse();

            // Roles and administrators: the last Global Administrator is not removed
            s.link(e.roles()).click();
            checked(page, a, e);
            s.link("Global Administrator").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(containing("Kelley Wall")))
                    .click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText(e.lastGlobalAdministrator());
            s.screenshot("last-global-administrator");

            // Groups: a security group with Megan Bowen as member
            s.link(e.groups()).click();
            checked(page, a, e);
            page.getByLabel(exactly(e.groupName())).fill("Platform engineers");
            s.button(e.create()).click();
            s.link("Platform engineers").click();
            checked(page, a, e);
            page.getByLabel(exactly(e.member())).fill("megan.bowen@contoso.onmicrosoft.com");
            s.button(e.add()).click();
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("Megan Bowen");
            s.screenshot("group-members");

            // App registrations: register, a client secret shown once, then only its hint
            s.link(e.apps()).click();
            page.getByLabel(exactly(e.appName())).fill("Billing exporter");
            s.button(e.register()).click();
            s.link("Billing exporter").click();
            checked(page, a, e);
            s.button(e.add()).click();
            String value = page.locator("#new-secret").textContent();
            assertThat(value).hasSizeGreaterThan(10);
            s.screenshot("client-secret");
            page.navigate(page.url().replace("/secrets", "")); // the app's page again, as a later visit
            assertThat(page.locator("#new-secret")).hasCount(0);
            assertThat(page.getByRole(AriaRole.TABLE)).containsText(value.substring(0, 3) + "*****");
        }
    }

    /** Labelled controls, one main and h1, and the keyboard reaching the frame and Entra's own menu from the skip link on. */
    private static void checked(Page page, AzureLabels a, EntraLabels e) {
        PageChecks.labelled(page);
        var order = PageChecks.tabOrder(page, 80);
        assertThat(order).first().isEqualTo(a.skip());
        assertThat(order).contains(a.directoriesPanel(), a.signOut(), e.entra(), e.users(), e.roles());
    }

    /** What the Entra pages show in each language (messages_en/sv.properties). */
    record EntraLabels(
            String entra,
            String office365,
            String users,
            String groups,
            String apps,
            String roles,
            String userName,
            String displayName,
            String password,
            String create,
            String resetPassword,
            String blockSignIn,
            String lastGlobalAdministrator,
            String groupName,
            String member,
            String add,
            String appName,
            String register) {
        static EntraLabels english() {
            return new EntraLabels(
                    "Microsoft Entra ID",
                    "Office 365 tenant",
                    "Users",
                    "Groups",
                    "App registrations",
                    "Roles and administrators",
                    "User name",
                    "Display name",
                    "Password",
                    "Create",
                    "Reset password",
                    "Block sign-in",
                    "is the last Global Administrator",
                    "Group name",
                    "User principal name or object ID",
                    "Add",
                    "Name",
                    "Register");
        }

        static EntraLabels swedish() {
            return new EntraLabels(
                    "Microsoft Entra ID",
                    "Office 365-klientorganisation",
                    "Användare",
                    "Grupper",
                    "Appregistreringar",
                    "Roller och administratörer",
                    "Användarnamn",
                    "Visningsnamn",
                    "Lösenord",
                    "Skapa",
                    "Återställ lösenord",
                    "Blockera inloggning",
                    "sista globala administratör",
                    "Gruppnamn",
                    "Användarens huvudnamn eller objekt-ID",
                    "Lägg till",
                    "Namn",
                    "Registrera");
        }
    }
}
