package dev.cerulean.server.portal.azure;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.Test;

/**
 * Change directory's destinations, for a person in 120 more directories: the first page of them
 * (the subscription's own directory listed but not selectable), with a labelled search that narrows
 * them in the store and a count that is read aloud; picking one still leads to the review.
 */
class ChangeDirectoryPickerTest extends AzurePortalFixture {
    private static final String CHANGE = SUBSCRIPTION + "/change-directory";
    private final Identity.Personal kelley = new Identity.Personal(Worlds.KELLEY_MSA);

    private int kelleyIsAGuestInManyDirectories() {
        return Worlds.addGuestDirectoriesOfKelley(ports, 120);
    }

    /** The destination list's options (the top bar's switcher has options too). */
    private static String destinations(String body) {
        int start = body.indexOf("id=\"f-target\"");
        return start < 0 ? "" : body.substring(start, body.indexOf("</select>", start));
    }

    @Test
    void aPersonInMoreThanOnePageOfDirectoriesGetsTheFirstPageAndACount() throws Exception {
        int total = kelleyIsAGuestInManyDirectories();
        browser.signIn(KELLEY, PASSWORD, CHANGE);

        var pick = browser.get(CHANGE);
        assertThat(pick.statusCode()).isEqualTo(200);
        String options = destinations(pick.body());
        assertThat(options.split("<option ").length - 1).isEqualTo(ChangeDirectoryPages.PICK_PAGE);
        assertThat(options).contains("Paged 000").doesNotContain("Paged 119");
        assertThat(text(pick.body())).contains("Showing 1 to 50 of " + total);
        assertThat(pick.body())
                .contains("<label for=\"f-search\">Search your directories by name or domain</label>")
                .contains("role=\"status\" aria-live=\"polite\"")
                .contains("aria-describedby=\"f-target-count\"")
                .contains("<a href=\"" + CHANGE + "?from=50\" rel=\"next\">Next page</a>");
        // the subscription's own directory is listed, not offered
        assertThat(options).containsPattern("<option value=\"" + Worlds.DEFAULT_DIRECTORY + "\" disabled>");
    }

    @Test
    void theSearchNarrowsTheDestinationsAndAPickedOneIsReviewed() throws Exception {
        kelleyIsAGuestInManyDirectories();
        browser.signIn(KELLEY, PASSWORD, CHANGE);

        var found = browser.get(CHANGE + "?search=PAGED11");
        String options = destinations(found.body());
        assertThat(options.split("<option ").length - 1).isEqualTo(10);
        assertThat(options).contains("Paged 110").doesNotContain("Paged 109");
        assertThat(text(found.body())).contains("Showing 1 to 10 of 10");
        assertThat(found.body()).contains("value=\"PAGED11\"");

        var none = browser.get(CHANGE + "?search=northwind");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(destinations(none.body())).isEmpty();
        assertThat(text(none.body())).contains("No other directory's name or domain contains \"northwind\".");

        linkContoso();
        var contoso = browser.get(CHANGE + "?search=contoso");
        assertThat(destinations(contoso.body())).contains("value=\"" + Worlds.CONTOSO + "\"");
        var review = browser.get(CHANGE + "/review?directory=" + Worlds.CONTOSO);
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(text(review.body())).contains("Co-administrators that will be removed");
    }
}
