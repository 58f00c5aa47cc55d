package dev.cerulean.server.portal.classic;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.subscription.Subscription;
import org.junit.jupiter.api.Test;

/**
 * The classic portal's pickers read a page of subscriptions, not all of them: ADD (a
 * co-administrator) and the change-the-service-administrator page, for a person who serves and is
 * account administrator of 60 more subscriptions, show the first 50 and a search that narrows them
 * in the store.
 */
class ClassicPickerPagingTest extends ClassicPortalFixture {
    private static final String SERVICE_ADMINISTRATOR = WaysOut.CHANGE_SERVICE_ADMINISTRATOR;

    /** Kelley serves and is account administrator of 60 more subscriptions; how many in all. */
    private int kelleyHasManySubscriptions() {
        kelleyServesMore(60);
        Subscription demo = ports.subscriptions().byId(Worlds.SUBSCRIPTION).orElseThrow();
        return ports.subscriptions()
                .countAdministeredIn(
                        demo.directory(), demo.serviceAdministrator().who(), "");
    }

    private static int checkboxes(String body) {
        return body.split("type=\"checkbox\" name=\"subscription\"").length - 1;
    }

    private static int radios(String body) {
        return body.split("type=\"radio\" id=\"f-subscription-").length - 1;
    }

    @Test
    void addShowsTheFirstPageOfSubscriptionsWithALabelledSearchAndACountReadAloud() throws Exception {
        int total = kelleyHasManySubscriptions();
        var page = browser.signIn(KELLEY, PASSWORD, SettingsPages.ADD);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(checkboxes(page.body())).isEqualTo(SettingsPages.PICKER_PAGE);
        assertThat(text(page.body())).contains("Showing 1 to 50 of " + total).doesNotContain("Team 059");
        assertThat(page.body())
                .contains("<label for=\"f-search\">Search subscriptions by name or ID</label>")
                .contains("role=\"status\" aria-live=\"polite\"")
                .contains("aria-describedby=\"f-subscription-count\"")
                .contains("<a href=\"/classic/settings/administrators/add?from=50\" rel=\"next\">Next page</a>");
    }

    @Test
    void addsSearchNarrowsThePickInTheStoreAndTheCoAdministratorIsAdded() throws Exception {
        kelleyHasManySubscriptions();
        browser.signIn(KELLEY, PASSWORD, SettingsPages.ADD);

        var searched = browser.get(SettingsPages.ADD + "?search=team%20059");
        assertThat(checkboxes(searched.body())).isEqualTo(1);
        assertThat(text(searched.body())).contains("Showing 1 to 1 of 1").contains("Team 059");
        String id = subscriptionNamed("Team 059");
        var none = browser.get(SettingsPages.ADD + "?search=northwind");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(text(none.body())).contains("No subscription's name or ID contains \"northwind\".");

        var added = browser.post(SettingsPages.ADD, "email", ALEX, "subscription", id);
        assertThat(added.statusCode()).as(text(added.body())).isEqualTo(200);
        assertThat(ports.coAdministrators().of(SubscriptionId.parse(id).orElseThrow()))
                .anySatisfy(c -> assertThat(c.administrator().email().value()).isEqualTo(ALEX));
    }

    @Test
    void theServiceAdministratorPickerShowsAPageAndSearchesKeepingTheNamedSubscription() throws Exception {
        kelleyHasManySubscriptions();
        var accountAdministrator = ports.subscriptions()
                .byId(Worlds.SUBSCRIPTION)
                .orElseThrow()
                .accountAdministrator()
                .who();
        int total = ports.subscriptions().countWithAccountAdministrator(accountAdministrator, "");
        var page = browser.signIn(KELLEY, PASSWORD, SERVICE_ADMINISTRATOR);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(radios(page.body())).isEqualTo(SettingsPages.PICKER_PAGE);
        assertThat(text(page.body())).contains("Showing 1 to 50 of " + total);
        assertThat(page.body()).contains("<label for=\"f-search\">Search subscriptions by name or ID</label>");

        var searched = browser.get(SERVICE_ADMINISTRATOR + "?search=TEAM%2005");
        assertThat(radios(searched.body())).isEqualTo(10);
        assertThat(text(searched.body())).contains("Showing 1 to 10 of 10").doesNotContain("Team 049");
        var named = browser.get(SERVICE_ADMINISTRATOR + "?subscription=" + Worlds.SUBSCRIPTION + "&search=team%20001");
        assertThat(named.body())
                .contains("id=\"f-subscription-" + Worlds.SUBSCRIPTION + "\"")
                .contains("<input type=\"hidden\" name=\"subscription\" value=\"" + Worlds.SUBSCRIPTION + "\">");
        assertThat(text(named.body())).contains("Team 001");
        var none = browser.get(SERVICE_ADMINISTRATOR + "?search=northwind");
        assertThat(text(none.body())).contains("No subscription's name or ID contains \"northwind\".");
    }

    @Test
    void editDirectoryOffersAPageOfThePersonsDirectoriesWithASearchAndTheCurrentOneNotSelectable() throws Exception {
        int total = Worlds.addGuestDirectoriesOfKelley(ports, 120);
        String pick = EditDirectoryPages.PATH + "?subscription=" + Worlds.SUBSCRIPTION;
        var page = browser.signIn(KELLEY, PASSWORD, pick);

        assertThat(page.statusCode()).isEqualTo(200);
        String options = page.body().substring(page.body().indexOf("id=\"f-directory\""));
        options = options.substring(0, options.indexOf("</select>"));
        assertThat(options.split("<option ").length - 1).isEqualTo(SettingsPages.PICKER_PAGE);
        assertThat(options)
                .containsPattern("<option value=\"" + Worlds.DEFAULT_DIRECTORY + "\" disabled>")
                .contains("Paged 000")
                .doesNotContain("Paged 119");
        assertThat(text(page.body())).contains("Showing 1 to 50 of " + total);
        assertThat(page.body())
                .contains("<label for=\"f-search\">Search your directories by name or domain</label>")
                .contains("aria-describedby=\"f-directory-count\"")
                .contains("<a href=\"" + EditDirectoryPages.PATH + "?from=50&amp;subscription=" + Worlds.SUBSCRIPTION
                        + "\" rel=\"next\">Next page</a>");

        var searched = browser.get(pick + "&search=paged%20119");
        assertThat(text(searched.body())).contains("Paged 119").contains("Showing 1 to 1 of 1");
        var none = browser.get(pick + "&search=northwind");
        assertThat(text(none.body())).contains("No directory's name or domain contains \"northwind\".");
    }
}
