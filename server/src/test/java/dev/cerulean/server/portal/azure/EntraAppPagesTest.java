package dev.cerulean.server.portal.azure;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.fixtures.Worlds;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** App registrations with Certificates & secrets in the Azure portal: register, a secret's value shown once, remove, refusals. */
class EntraAppPagesTest extends AzurePortalFixture {
    static final String APPS = "/portal/entra/apps";
    static final String SAM = "sam.reader@kelleywalloutlook.onmicrosoft.com";

    @Test
    void aGlobalAdministratorRegistersAnAppWithItsServicePrincipal() throws Exception {
        browser.signIn(KELLEY, PASSWORD, APPS);
        assertThat(text(browser.get(APPS).body()))
                .contains(demo().displayName())
                .contains(Worlds.DEMO_AUTOMATION_CLIENT.toString());
        var registered = browser.post(APPS, "displayName", "Billing exporter");
        assertThat(registered.statusCode()).isEqualTo(200);
        assertThat(text(registered.body())).contains("The application Billing exporter was registered");
        AppRegistration app = ports.appRegistrations().inDirectory(Worlds.DEFAULT_DIRECTORY).stream()
                .filter(a -> a.displayName().equals("Billing exporter"))
                .findFirst()
                .orElseThrow();
        assertThat(app.servicePrincipal()).isNotNull();
        assertThat(text(browser.get(APPS + "/" + app.objectId()).body())).contains("No client secrets");
    }

    @Test
    void NotGlobalAdministrator_andInvalidDisplayName_registerNothing() throws Exception {
        int before =
                ports.appRegistrations().inDirectory(Worlds.DEFAULT_DIRECTORY).size();
        var sam = client();
        sam.signIn(SAM, PASSWORD, APPS);
        var refused = sam.post(APPS, "displayName", "Sam's app");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(text(refused.body())).contains("Nothing was changed");
        browser.signIn(KELLEY, PASSWORD, APPS);
        var blank = browser.post(APPS, "displayName", " ");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(text(blank.body())).contains("Enter a name of 1 to 256 characters");
        assertThat(ports.appRegistrations().inDirectory(Worlds.DEFAULT_DIRECTORY))
                .hasSize(before);
    }

    @Test
    void aNewSecretsValueIsShownOnceThenOnlyItsHint_andItIsRemoved() throws Exception {
        AppRegistration app = demo();
        String page = APPS + "/" + app.objectId();
        browser.signIn(KELLEY, PASSWORD, page);
        var added = browser.post(page + "/secrets", "lifetime", "ONE_YEAR");
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(text(added.body())).contains("A client secret was added to").contains("shown only this once");
        // the value is in this page only: no cache keeps it
        assertThat(added.headers().firstValue("Cache-Control")).contains("no-store");
        Matcher shown = Pattern.compile("id=\"new-secret\">([^<]+)<").matcher(added.body());
        assertThat(shown.find()).isTrue();
        String value = shown.group(1);
        assertThat(demo().secrets()).hasSize(app.secrets().size() + 1);
        var later = browser.get(page);
        assertThat(later.body()).doesNotContain(value).contains(value.substring(0, 3) + "*****");

        var newest = demo().secrets().get(demo().secrets().size() - 1);
        var removed = browser.post(page + "/secrets/" + newest.keyId() + "/remove");
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(text(removed.body())).contains("The client secret " + newest.keyId() + " was removed");
        assertThat(demo().secrets()).hasSize(app.secrets().size());
    }

    @Test
    void ClientSecretNotFound_removingASecretTheAppDoesNotHave() throws Exception {
        String page = APPS + "/" + demo().objectId();
        browser.signIn(KELLEY, PASSWORD, page);
        var refused = browser.post(page + "/secrets/00000000-0000-4000-8000-0000000000ff/remove");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(text(refused.body())).contains("The application has no client secret with key id");
    }

    @Test
    void NotApplicationOwnerOrAdministrator_aUserWithoutARoleAddsNoSecret() throws Exception {
        String page = APPS + "/" + demo().objectId();
        int before = demo().secrets().size();
        browser.signIn(SAM, PASSWORD, page);
        var refused = browser.post(page + "/secrets", "lifetime", "TWO_YEARS");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(text(refused.body())).contains("may not manage applications").doesNotContain("shown only this once");
        assertThat(demo().secrets()).hasSize(before);
    }

    private AppRegistration demo() {
        return ports.appRegistrations()
                .byClientId(Worlds.DEMO_AUTOMATION_CLIENT)
                .orElseThrow();
    }

    @Test
    void appsAreListedAPageAtATimeByName() throws Exception {
        for (int i = 0; i < 21; i++) {
            ports.appRegistrations()
                    .add(new AppRegistration(
                            java.util.UUID.randomUUID(),
                            Worlds.DEFAULT_DIRECTORY,
                            new dev.cerulean.core.common.ObjectId(java.util.UUID.randomUUID()),
                            String.format("zz paged %02d", i),
                            java.util.List.of(),
                            java.util.List.of()));
        }
        int total =
                ports.appRegistrations().inDirectory(Worlds.DEFAULT_DIRECTORY).size();
        browser.signIn(KELLEY, PASSWORD, APPS);

        var first = browser.get(APPS);
        assertThat(text(first.body()))
                .contains(demo().displayName())
                .contains("Showing 1 to 20 of " + total)
                .doesNotContain("zz paged 20");
        assertThat(first.body()).contains("href=\"/portal/entra/apps?from=20\"");
        var second = browser.get(APPS + "?from=20");
        assertThat(text(second.body()))
                .contains("zz paged 20")
                .contains("Showing 21 to " + total + " of " + total)
                .contains("Previous page")
                .doesNotContain(demo().displayName());
    }
}
