package dev.cerulean.server.portal.classic;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.fixtures.Worlds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every classic-portal page owes: CSRF, security headers, the way to sign in, Swedish labels. */
class ClassicPortalPagesTest extends ClassicPortalFixture {
    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        browser.signIn(KELLEY, PASSWORD, SettingsPages.ADMINISTRATORS);
        int logBefore = ports.activityLog().all().size();

        var forged =
                browser.postExactly(SettingsPages.ADD, "email", MEGAN, "subscription", Worlds.SUBSCRIPTION.toString());
        var wrong = browser.postExactly(
                SettingsPages.ADD,
                "email",
                MEGAN,
                "subscription",
                Worlds.SUBSCRIPTION.toString(),
                "csrf",
                "x".repeat(43));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(text(forged.body())).contains("This form has expired").contains("Nothing was changed");
        assertThat(ports.coAdministrators().of(Worlds.SUBSCRIPTION))
                .extracting(c -> c.administrator().email().value())
                .containsExactly(ALEX);
        assertThat(ports.activityLog().all()).hasSize(logBefore);
    }

    @Test
    void everyPortalPageCarriesTheSecurityHeadersAndNoScript() throws Exception {
        var page = browser.signIn(KELLEY, PASSWORD, "/classic");
        for (var r : List.of(page, browser.get("/portal"), browser.get("/classic/support"))) {
            assertThat(r.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp ->
                            assertThat(csp).contains("frame-ancestors 'none'").contains("default-src 'none'"));
            assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(r.body()).doesNotContain("<script").contains("Need help? Contact support");
        }
    }

    @Test
    void aVisitorWithoutSessionIsSentToSignInAndBack() throws Exception {
        var page = browser.get(SettingsPages.ADMINISTRATORS);
        assertThat(page.body())
                .contains("Sign in")
                .contains("name=\"return\" value=\"/classic/settings/administrators\"");
    }

    @Test
    void theLabelsAreSwedishForSwedishBrowsers() throws Exception {
        browser.acceptLanguage("sv-SE,sv;q=0.9");
        var page = browser.signIn(KELLEY, PASSWORD, "/classic/directories/add");
        assertThat(text(page.body()))
                .contains("Lägg till katalogen")
                .contains("Använd befintlig katalog")
                .contains("Jag är redo att bli utloggad nu")
                .contains("Slutför")
                .contains("INSTÄLLNINGAR")
                .contains("NY")
                .contains("Behöver du hjälp? Kontakta supporten");
        assertThat(text(browser.get(SettingsPages.ADMINISTRATORS).body()))
                .contains("ADMINISTRATÖRER")
                .contains("LÄGGA TILL");
        assertThat(text(browser.get("/classic/settings?lang=en").body()))
                .contains("SETTINGS")
                .contains("EDIT DIRECTORY");
    }
}
