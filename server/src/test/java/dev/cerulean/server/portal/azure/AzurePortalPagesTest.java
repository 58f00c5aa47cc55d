package dev.cerulean.server.portal.azure;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.fixtures.Worlds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Azure portal's frame and Subscriptions pages, rendered by the precompiled templates. */
class AzurePortalPagesTest extends AzurePortalFixture {
    @Test
    void theFrameShowsThePersonTheDirectoryTheMenuAndTheDirectoriesPanel() throws Exception {
        var home = browser.signIn(KELLEY, PASSWORD, "/portal");
        String page = home.body();
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(page)
                .contains("<html lang=\"en\">")
                .contains("href=\"/static/cerulean-azure.css\"")
                .contains("<nav class=\"menu\" aria-label=\"Portal menu\">")
                .contains("<summary>Directories + subscriptions</summary>")
                .contains("<a class=\"skip\" href=\"#main\">");
        assertThat(text(page))
                .contains(KELLEY)
                .contains("Current directory: Default Directory")
                .contains("Svenska")
                .contains("Sign out");
        assertThat(browser.get("/static/cerulean-azure.css").body()).contains(".topbar");
    }

    @Test
    void R30_theListShowsNameIdRoleAndDirectory() throws Exception {
        var list = browser.signIn(KELLEY, PASSWORD, "/portal/subscriptions");
        assertThat(text(list.body()))
                .contains("Pay-As-You-Go")
                .contains(Worlds.SUBSCRIPTION.toString())
                .contains("My role")
                .contains("Service administrator, Account administrator")
                .contains("Default Directory")
                .doesNotContain("No subscriptions found");
    }

    @Test
    void R30_someoneWithoutARoleSeesTheEmptyState() throws Exception {
        var list = browser.signIn(MEGAN, PASSWORD, "/portal/subscriptions");
        assertThat(text(list.body()))
                .contains("No subscriptions found")
                .contains("You don't have any subscriptions in the directory Contoso")
                .contains("Switch to another directory");
    }

    @Test
    void theOverviewShowsOfferStateDirectoryAndAdministrators() throws Exception {
        browser.signIn(KELLEY, PASSWORD, "/portal");
        var overview = browser.get(SUBSCRIPTION);
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(text(overview.body()))
                .contains("Pay-As-You-Go")
                .contains("Offer")
                .contains("Active")
                .contains("Default Directory")
                .contains(KELLEY)
                .contains(ALEX + " Co-administrator")
                .contains("Access control (IAM)")
                .contains("Change directory");
    }

    @Test
    void SubscriptionNotFound_anUnknownOrInvisibleSubscriptionIsAPageError() throws Exception {
        browser.signIn(MEGAN, PASSWORD, "/portal");
        var hidden = browser.get(SUBSCRIPTION);
        var malformed = browser.get("/portal/subscriptions/not-a-guid");
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).contains("role=\"alert\"");
        assertThat(text(hidden.body()))
                .contains("There is no subscription " + Worlds.SUBSCRIPTION + " that you can see");
    }

    @Test
    void R31_theDirectoriesPageListsEveryDirectoryAndSwitches() throws Exception {
        linkContoso();
        browser.signIn(KELLEY, PASSWORD, "/portal/directories");
        var page = browser.get("/portal/directories");
        assertThat(text(page.body()))
                .contains("Default Directory")
                .contains("Contoso")
                .contains("contoso.onmicrosoft.com");
        assertThat(page.body()).contains("aria-label=\"Switch to Contoso\"");

        var switched = browser.post("/portal/directory", "directory", Worlds.CONTOSO.toString());
        assertThat(switched.body()).contains("role=\"status\"");
        assertThat(text(switched.body()))
                .contains("You are now working in Contoso")
                .contains("Current directory: Contoso");
    }

    @Test
    void DirectoryNotFound_aSwitchToNoDirectoryIsRefused() throws Exception {
        browser.signIn(KELLEY, PASSWORD, "/portal");
        var refused = browser.post("/portal/directory", "directory", "nonsense");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(refused.body())).contains("Pick a directory").contains("Current directory: Default Directory");
    }

    @Test
    void swedishPagesSaySoAndEveryTextIsTranslated() throws Exception {
        browser.acceptLanguage("sv-SE,sv;q=0.9");
        var list = browser.signIn(KELLEY, PASSWORD, "/portal");
        assertThat(list.body()).contains("<html lang=\"sv\">");
        assertThat(text(list.body()))
                .contains("Prenumerationer")
                .contains("Min roll")
                .contains("Aktuell katalog: Default Directory")
                .contains("Kataloger + prenumerationer")
                .contains("English");
        assertThat(text(browser.get(SUBSCRIPTION).body())).contains("Översikt").contains("Medadministratör");
    }

    @Test
    void everyPageCarriesTheSecurityHeadersNoScriptNoInlineStyleAndCsrfTokens() throws Exception {
        browser.signIn(KELLEY, PASSWORD, "/portal");
        for (String path : List.of("/portal", "/portal/subscriptions", SUBSCRIPTION, "/portal/directories")) {
            var r = browser.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
            assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(r.body())
                    .doesNotContain("<script")
                    .doesNotContain("style=")
                    .doesNotContain("<style")
                    .contains("name=\"csrf\" value=\"" + browser.csrf + "\"");
        }
    }

    @Test
    void aSwitchWithoutTheSessionsTokenIsRefusedAndChangesNothing() throws Exception {
        browser.signIn(KELLEY, PASSWORD, "/portal");
        var forged = browser.postExactly("/portal/directory", "directory", Worlds.CONTOSO.toString(), "csrf", "x");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(text(browser.get("/portal").body())).contains("Current directory: Default Directory");
    }
}
