package dev.cerulean.server.portal.classic;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.subscription.Subscription;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The classic portal's lists that grow with the world read one page at a time: ACTIVE DIRECTORY
 * for a Microsoft account that is a guest in 120 more directories, and SETTINGS for one that
 * serves 60 more subscriptions.
 */
class ClassicListPagingTest extends ClassicPortalFixture {
    private int total;

    @BeforeEach
    void kelleyIsAGuestInManyDirectories() {
        total = Worlds.addGuestDirectoriesOfKelley(ports, 120);
    }

    @Test
    void activeDirectoryShowsTheFirstFiftyDirectoriesAndLinksToTheNextPage() throws Exception {
        var page = browser.signIn(KELLEY, PASSWORD, DirectoryPages.DIRECTORIES);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page.body())).contains("Showing 1 to 50 of " + total).doesNotContain("Previous page");
        assertThat(page.body())
                .contains("<a href=\"/classic/directories?from=50\" rel=\"next\">Next page</a>")
                .contains("aria-live=\"polite\"")
                .contains("aria-label=\"Pages of your directories\"");
        assertThat(page.body().split("<tr><th scope=\"row\">")).hasSize(51);
    }

    @Test
    void aLaterPageShowsTheRestAndLinksBack() throws Exception {
        browser.signIn(KELLEY, PASSWORD, DirectoryPages.DIRECTORIES);
        var page = browser.get(DirectoryPages.DIRECTORIES + "?from=100");

        assertThat(text(page.body())).contains("Showing 101 to " + total + " of " + total);
        assertThat(page.body())
                .contains("<a href=\"/classic/directories?from=50\" rel=\"prev\">Previous page</a>")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void aSearchByDomainFindsItsDirectoriesAndPagesWithinThem() throws Exception {
        browser.signIn(KELLEY, PASSWORD, DirectoryPages.DIRECTORIES);
        var page = browser.get(DirectoryPages.DIRECTORIES + "?search=PAGED1");

        assertThat(text(page.body()))
                .contains("Showing 1 to 20 of 20")
                .contains("Paged 100")
                .contains("Paged 119")
                .doesNotContain("Paged 099");
        assertThat(page.body()).contains("value=\"PAGED1\"").contains("Show all");
        var byName = browser.get(DirectoryPages.DIRECTORIES + "?search=Paged%200");
        assertThat(text(byName.body())).contains("Showing 1 to 50 of 100");
        assertThat(byName.body()).contains("href=\"/classic/directories?from=50&amp;search=Paged+0\"");
    }

    @Test
    void aSearchThatFindsNothingSaysSo() throws Exception {
        browser.signIn(KELLEY, PASSWORD, DirectoryPages.DIRECTORIES);
        var page = browser.get(DirectoryPages.DIRECTORIES + "?search=northwind");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page.body()))
                .contains("No directory's name or domain contains \"northwind\".")
                .doesNotContain("Paged 000");
    }

    @Test
    void aBadPageNumberShowsTheFirstPage() throws Exception {
        browser.signIn(KELLEY, PASSWORD, DirectoryPages.DIRECTORIES);
        for (String from : new String[] {"abc", "-5", "99999", "1e9", "99999999999"}) {
            var page = browser.get(DirectoryPages.DIRECTORIES + "?from=" + from);
            assertThat(page.statusCode()).as(from).isEqualTo(200);
            assertThat(text(page.body())).as(from).contains("Showing 1 to 50 of " + total);
        }
    }

    @Test
    void thePagerIsSwedishForSwedishBrowsers() throws Exception {
        browser.acceptLanguage("sv-SE,sv;q=0.9");
        var page = browser.signIn(KELLEY, PASSWORD, DirectoryPages.DIRECTORIES + "?search=zzz");
        assertThat(text(page.body())).contains("Ingen katalogs namn eller domän innehåller \"zzz\".");
        var first = browser.get(DirectoryPages.DIRECTORIES);
        assertThat(text(first.body())).contains("Visar 1 till 50 av " + total).contains("Nästa sida");
    }

    /** 60 more subscriptions where Kelley is the service administrator, beside the demo world's. */
    private int kelleyServesManySubscriptions() {
        Worlds.addTeamSubscriptions(ports, 60);
        Subscription demo = ports.subscriptions().byId(Worlds.SUBSCRIPTION).orElseThrow();
        return ports.subscriptions()
                .countAdministeredIn(
                        demo.directory(), demo.serviceAdministrator().who(), "");
    }

    @Test
    void settingsShowsAPageOfSubscriptionsAndALaterOne() throws Exception {
        int subscriptions = kelleyServesManySubscriptions();
        var first = browser.signIn(KELLEY, PASSWORD, SettingsPages.SUBSCRIPTIONS);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(text(first.body())).contains("Showing 1 to 50 of " + subscriptions);
        assertThat(first.body())
                .contains("<a href=\"/classic/settings?from=50\" rel=\"next\">Next page</a>")
                .contains("aria-label=\"Pages of your subscriptions\"");
        var later = browser.get(SettingsPages.SUBSCRIPTIONS + "?from=50");
        assertThat(text(later.body()))
                .contains("Showing 51 to " + subscriptions + " of " + subscriptions)
                .contains("Previous page");
    }

    @Test
    void settingsSearchesSubscriptionsByNameOrIdAndSaysWhenNoneMatch() throws Exception {
        kelleyServesManySubscriptions();
        browser.signIn(KELLEY, PASSWORD, SettingsPages.SUBSCRIPTIONS);

        var byName = browser.get(SettingsPages.SUBSCRIPTIONS + "?search=team%2005");
        assertThat(text(byName.body()))
                .contains("Showing 1 to 10 of 10")
                .contains("Team 050")
                .doesNotContain("Team 049");
        var byId = browser.get(SettingsPages.SUBSCRIPTIONS + "?search=" + Worlds.SUBSCRIPTION);
        assertThat(text(byId.body())).contains("Showing 1 to 1 of 1").contains(Worlds.SUBSCRIPTION.toString());
        var none = browser.get(SettingsPages.SUBSCRIPTIONS + "?search=northwind");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(text(none.body())).contains("No subscription's name or ID contains \"northwind\".");
        assertThat(none.body()).doesNotContain("form=\"subscriptions-form\"");
    }

    @Test
    void administratorsArePagedBySubscriptionAndSearched() throws Exception {
        int subscriptions = kelleyServesManySubscriptions();
        browser.signIn(KELLEY, PASSWORD, SettingsPages.ADMINISTRATORS);

        var first = browser.get(SettingsPages.ADMINISTRATORS);
        assertThat(text(first.body())).contains("Showing 1 to 20 of " + subscriptions);
        var bad = browser.get(SettingsPages.ADMINISTRATORS + "?from=x9");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(text(bad.body())).contains("Showing 1 to 20 of " + subscriptions);
        var searched = browser.get(SettingsPages.ADMINISTRATORS + "?search=team%20059");
        assertThat(text(searched.body())).contains("Showing 1 to 1 of 1").contains("Team 059");
        var none = browser.get(SettingsPages.ADMINISTRATORS + "?search=northwind");
        assertThat(text(none.body())).contains("No subscription's name or ID contains \"northwind\".");
    }

    @Test
    void allItemsShowsTheFirstDirectoriesAndSubscriptionsAndLinksToTheRest() throws Exception {
        int subscriptions = kelleyServesManySubscriptions();
        var page = browser.signIn(KELLEY, PASSWORD, DirectoryPages.DASHBOARD);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().split("<tr><th scope=\"row\">")).hasSize(2 * DirectoryPages.FIRST_ITEMS + 1);
        assertThat(text(page.body()))
                .contains("Showing 25 of your " + total + " directories: see them all in ACTIVE DIRECTORY")
                .contains("Showing 25 of your " + subscriptions + " subscriptions: see them all in SETTINGS")
                .doesNotContain("Paged 119");
    }
}
