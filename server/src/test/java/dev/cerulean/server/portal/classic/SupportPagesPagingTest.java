package dev.cerulean.server.portal.classic;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.support.SupportRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * "Contact support" reads a page, not everything: the subscription to pick comes from a search
 * in the store (the first 50 matches, with how many there are), and the person's own requests
 * are listed 20 at a time.
 */
class SupportPagesPagingTest extends ClassicPortalFixture {

    private static int options(String body) {
        String select = body.substring(body.indexOf("<select id=\"f-subscription\""));
        return select.substring(0, select.indexOf("</select>")).split("<option ").length - 1;
    }

    private static int requestRows(String body) {
        return body.split("<th scope=\"row\">Request ").length - 1;
    }

    @Test
    void theSubscriptionToPickIsOneOfTheFirstFiftyThatTheSearchFinds() throws Exception {
        kelleyServesMore(60);
        var page = browser.signIn(KELLEY, PASSWORD, SupportPages.PATH);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(options(page.body()))
                .as("no subscription, and the first 50")
                .isEqualTo(1 + SettingsPages.PICKER_PAGE);
        assertThat(text(page.body())).contains("The first 50 of 61 subscriptions; search to find another.");
        assertThat(page.body())
                .contains("<label for=\"f-search\">Search subscriptions by name or ID</label>")
                .contains("aria-describedby=\"f-subscription-count\"");

        var searched = browser.get(SupportPages.PATH + "?search=team%20059");
        assertThat(options(searched.body())).isEqualTo(2);
        assertThat(text(searched.body())).contains("Team 059").contains("Subscriptions to pick from: 1.");
        var none = browser.get(SupportPages.PATH + "?search=northwind");
        assertThat(options(none.body())).isEqualTo(1);
        assertThat(text(none.body())).contains("No subscription's name or ID contains \"northwind\".");
    }

    @Test
    void aRefusedFormKeepsTheSubscriptionPickedFromASearch() throws Exception {
        kelleyServesMore(60);
        browser.signIn(KELLEY, PASSWORD, SupportPages.PATH + "?search=team%20059");
        String picked = subscriptionNamed("Team 059");

        var refused = browser.post(
                SupportPages.PATH, "subject", "", "description", "d", "severity", "B", "subscription", picked);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<option value=\"" + picked + "\" selected>Team 059</option>");
        assertThat(ports.supportRequests().countByAuthor(new Identity.Personal(Worlds.KELLEY_MSA)))
                .isZero();
    }

    @Test
    void thePersonsRequestsAreListedTwentyAtATimeNewestFirst() throws Exception {
        Identity kelley = new Identity.Personal(Worlds.KELLEY_MSA);
        for (int i = 0; i < 25; i++) {
            ports.supportRequests()
                    .add(new SupportRequest(
                            UUID.randomUUID(),
                            String.format("Request %02d", i),
                            "d",
                            SupportRequest.Severity.C,
                            null,
                            kelley,
                            "Kelley Wall",
                            SupportRequest.Status.Open,
                            Worlds.NOW.plusSeconds(i)));
        }
        var first = browser.signIn(KELLEY, PASSWORD, SupportPages.PATH);

        assertThat(requestRows(first.body())).isEqualTo(SupportPages.REQUESTS_PAGE);
        assertThat(text(first.body()))
                .contains("Request 24")
                .doesNotContain("Request 04")
                .contains("Showing 1 to 20 of 25");
        assertThat(first.body()).contains("<a href=\"/classic/support?from=20\" rel=\"next\">Next page</a>");

        var second = browser.get(SupportPages.PATH + "?from=20");
        assertThat(requestRows(second.body())).isEqualTo(5);
        assertThat(text(second.body()))
                .contains("Request 04")
                .contains("Request 00")
                .doesNotContain("Request 05");
        var stale = browser.get(SupportPages.PATH + "?from=500");
        assertThat(requestRows(stale.body())).as("past the end: the first page").isEqualTo(SupportPages.REQUESTS_PAGE);
    }
}
