package dev.cerulean.server.portal.azure;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.Test;

/** Directories + subscriptions: the default directory a person lands in when signing in (R31). */
class DefaultDirectoryPagesTest extends AzurePortalFixture {
    @Test
    void R31_setAsDefaultMarksTheDirectoryAndTheNextSignInLandsThere() throws Exception {
        linkContoso();
        browser.signIn(KELLEY, PASSWORD, "/portal/directories");
        var page = browser.get("/portal/directories");
        assertThat(page.body()).contains("aria-label=\"Set Contoso as your default directory\"");

        var set = browser.post("/portal/directories/default", "directory", Worlds.CONTOSO.toString());

        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(set.body()).contains("role=\"status\"");
        assertThat(text(set.body()))
                .contains("Contoso is now your default directory")
                .contains("Contoso Default directory")
                .contains("Current directory: Default Directory");
        assertThat(set.body()).doesNotContain("aria-label=\"Set Contoso as your default directory\"");

        var again = client();
        var landed = again.signIn(KELLEY, PASSWORD, "/portal");
        assertThat(text(landed.body())).contains("Current directory: Contoso");
    }

    @Test
    void DefaultDirectoryNotJoined_aDirectoryThePersonIsNotInIsRefusedAndChangesNothing() throws Exception {
        browser.signIn(KELLEY, PASSWORD, "/portal/directories");

        var refused = browser.post("/portal/directories/default", "directory", Worlds.CONTOSO.toString());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("role=\"alert\"");
        assertThat(text(refused.body()))
                .contains("You are not a member of the directory " + Worlds.CONTOSO)
                .doesNotContain("Default Directory Default directory");
        var again = client();
        assertThat(text(again.signIn(KELLEY, PASSWORD, "/portal").body()))
                .contains("Current directory: Default Directory");
    }

    @Test
    void theSwedishPanelSaysStandardkatalog() throws Exception {
        browser.acceptLanguage("sv-SE,sv;q=0.9");
        browser.signIn(KELLEY, PASSWORD, "/portal/directories");

        var set = browser.post("/portal/directories/default", "directory", Worlds.DEFAULT_DIRECTORY.toString());

        assertThat(text(set.body()))
                .contains("Default Directory är nu din standardkatalog")
                .contains("Standardkatalog");
    }
}
