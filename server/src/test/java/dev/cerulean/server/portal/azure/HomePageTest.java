package dev.cerulean.server.portal.azure;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.Test;

/** Home at /portal: Azure services shortcuts, the current directory, and the first subscriptions. */
class HomePageTest extends AzurePortalFixture {
    @Test
    void homeShowsTheServicesTheCurrentDirectoryAndThePersonsSubscriptions() throws Exception {
        var home = browser.signIn(KELLEY, PASSWORD, "/portal");

        assertThat(home.statusCode()).isEqualTo(200);
        String body = home.body();
        assertThat(body)
                .contains("<a href=\"/portal\" aria-current=\"page\">Home</a>")
                .contains("<a href=\"/portal/subscriptions\">Subscriptions</a>")
                .contains("<a href=\"/portal/subscriptions/" + Worlds.SUBSCRIPTION
                        + "/resourceGroups\">Resource groups</a>")
                .contains("<a href=\"/portal/entra\">Microsoft Entra ID</a>")
                .contains("<a href=\"/portal/subscriptions/" + Worlds.SUBSCRIPTION + "\">Pay-As-You-Go</a>");
        assertThat(text(body))
                .contains("Azure services")
                .contains("You are working in the directory Default Directory.")
                .contains("Service administrator, Account administrator")
                .contains("See all subscriptions")
                .doesNotContain("No subscriptions found");
    }

    @Test
    void R30_someoneWithoutASubscriptionSeesTheEmptyStateAndResourceGroupsLeadsToSubscriptions() throws Exception {
        var home = browser.signIn(MEGAN, PASSWORD, "/portal");

        assertThat(text(home.body()))
                .contains("You are working in the directory Contoso.")
                .contains("No subscriptions found");
        assertThat(home.body())
                .contains("<a href=\"/portal/subscriptions\">Resource groups</a>")
                .doesNotContain("<table");
    }

    @Test
    void theSwedishHomeIsTranslated() throws Exception {
        browser.acceptLanguage("sv-SE,sv;q=0.9");
        var home = browser.signIn(KELLEY, PASSWORD, "/portal");

        assertThat(text(home.body()))
                .contains("Azure-tjänster")
                .contains("Resursgrupper")
                .contains("Du arbetar i katalogen Default Directory.")
                .contains("Visa alla prenumerationer");
    }
}
