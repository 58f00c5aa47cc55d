package dev.cerulean.server.portal.azure;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.Test;

/** Change directory in the Azure portal (modern mode): each rule shown as a page error, the review, the move. */
class ChangeDirectoryPagesTest extends AzurePortalFixture {
    static final String SAM = "sam.reader@kelleywalloutlook.onmicrosoft.com";
    static final String CHANGE = SUBSCRIPTION + "/change-directory";

    long version() {
        return ports.subscriptions().byId(Worlds.SUBSCRIPTION).orElseThrow().version();
    }

    @Test
    void R12_theReviewNamesEveryCoAdministratorAndAssignmentAndTheMoveShowsTheFollowUps() throws Exception {
        linkContoso();
        browser.signIn(KELLEY, PASSWORD, CHANGE);
        var pick = browser.get(CHANGE);
        assertThat(pick.statusCode()).isEqualTo(200);
        assertThat(text(pick.body())).contains("Destination directory").contains("Contoso (contoso.onmicrosoft.com)");

        var review = browser.get(CHANGE + "/review?directory=" + Worlds.CONTOSO);
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(text(review.body()))
                .contains("Co-administrators that will be removed")
                .contains(ALEX)
                .contains("Users")
                .contains(SAM)
                .contains("Reader")
                .contains("Service principals")
                .contains("To fix after the move")
                .contains("Download the move plan (JSON)");
        var plan = browser.get(CHANGE + "/plan?directory=" + Worlds.CONTOSO);
        assertThat(plan.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(plan.body()).contains("\"coAdministrators\"").contains(ALEX);

        var done = browser.post(
                CHANGE,
                "directory",
                Worlds.CONTOSO.toString(),
                "from",
                Worlds.DEFAULT_DIRECTORY.toString(),
                "version",
                Long.toString(version()),
                "understood",
                "yes");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(text(done.body()))
                .contains("The directory was changed")
                .contains("now trusts Contoso")
                .contains("Do this next")
                .contains("Current directory: Contoso");
        assertThat(ports.subscriptions().byId(Worlds.SUBSCRIPTION).orElseThrow().directory())
                .isEqualTo(Worlds.CONTOSO);
        assertThat(ports.coAdministrators().of(Worlds.SUBSCRIPTION)).isEmpty();

        // R34: the activity log, read in the new directory, tells the move
        var log = browser.get(SUBSCRIPTION + "/activity-log");
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(text(log.body()))
                .contains("Microsoft.Subscription/updateTenant/action")
                .contains("moved from tenant " + Worlds.DEFAULT_DIRECTORY + " to tenant " + Worlds.CONTOSO)
                .contains("Succeeded");
    }

    @Test
    void AuthorizationFailed_someoneWhoCannotReadTheSubscriptionCannotReadItsActivityLog() throws Exception {
        browser.signIn(SAM, PASSWORD, SUBSCRIPTION + "/activity-log");
        var refused = browser.get(SUBSCRIPTION + "/activity-log");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(text(refused.body())).contains("Microsoft.Insights/eventtypes/values/read");
    }

    @Test
    void withoutTheConfirmationNothingMoves() throws Exception {
        linkContoso();
        browser.signIn(KELLEY, PASSWORD, CHANGE);
        long before = version();
        var refused = browser.post(
                CHANGE,
                "directory",
                Worlds.CONTOSO.toString(),
                "from",
                Worlds.DEFAULT_DIRECTORY.toString(),
                "version",
                Long.toString(before));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(refused.body())).contains("Confirm that you understand what the move removes");
        assertThat(version()).isEqualTo(before);
    }

    @Test
    void R9_RequiresOwner_aReaderIsToldOnlyAnOwnerCanAndSeesNoForm() throws Exception {
        browser.signIn(SAM, PASSWORD, CHANGE);
        var refused = browser.get(CHANGE);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("role=\"alert\"").doesNotContain("name=\"directory\" required");
        assertThat(text(refused.body()))
                .contains("Only an Owner of the subscription can change its directory")
                .contains("Nothing was changed");
    }

    @Test
    void R9_CoAdministratorCannotChangeDirectory_evenInTheAzurePortal() throws Exception {
        browser.signIn(ALEX, PASSWORD, CHANGE);
        var refused = browser.get(CHANGE);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(text(refused.body())).contains("Co-administrators cannot change the directory of a subscription");
    }

    @Test
    void R10_CallerNotInTargetDirectory_aDirectoryThePersonIsNotInIsRefused() throws Exception {
        browser.signIn(KELLEY, PASSWORD, CHANGE);
        var pick = browser.get(CHANGE);
        assertThat(text(pick.body())).contains("No other directory");
        long before = version();
        var refused = browser.get(CHANGE + "/review?directory=" + Worlds.CONTOSO);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(text(refused.body())).contains(KELLEY + " is not in that directory");
        assertThat(version()).isEqualTo(before);
    }

    @Test
    void SameDirectory_andDirectoryNotFound_areShownOnTheFirstStep() throws Exception {
        browser.signIn(KELLEY, PASSWORD, CHANGE);
        var same = browser.get(CHANGE + "/review?directory=" + Worlds.DEFAULT_DIRECTORY);
        var none = browser.get(CHANGE + "/review?directory=nonsense");
        var plan = browser.get(CHANGE + "/plan");
        assertThat(same.statusCode()).isEqualTo(409);
        assertThat(text(same.body())).contains("The subscription is already associated with this directory");
        assertThat(none.statusCode()).isEqualTo(409);
        assertThat(text(none.body())).contains("Pick a directory");
        assertThat(plan.statusCode()).isEqualTo(409);
    }

    @Test
    void R11_OfferTypeNotSupported_aCspSubscriptionCannotMoveAndItsNameIsEscaped() throws Exception {
        var demo = ports.subscriptions().byId(Worlds.SUBSCRIPTION).orElseThrow();
        var csp = new dev.cerulean.core.subscription.Subscription(
                dev.cerulean.core.common.SubscriptionId.of("5b5b5b5b-0000-4000-8000-0000000000c5"),
                "<b>Partner</b> & Co",
                dev.cerulean.core.subscription.Offer.parse("MS-AZR-0145P").orElseThrow(),
                demo.state(),
                demo.directory(),
                demo.accountAdministrator(),
                demo.serviceAdministrator(),
                false,
                1);
        ports.subscriptions().add(csp);
        browser.signIn(KELLEY, PASSWORD, "/portal");
        assertThat(browser.get("/portal").body())
                .contains("&lt;b&gt;Partner&lt;/b&gt; &amp; Co")
                .doesNotContain("<b>Partner");
        var refused = browser.get("/portal/subscriptions/" + csp.id() + "/change-directory");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(text(refused.body()))
                .contains("CSP (MS-AZR-0145P) subscriptions cannot be moved to another directory");
    }

    @Test
    void PreconditionFailed_aStaleReviewChangesNothing() throws Exception {
        linkContoso();
        browser.signIn(KELLEY, PASSWORD, CHANGE);
        browser.get(CHANGE + "/review?directory=" + Worlds.CONTOSO);
        long before = version();
        var stale = browser.post(
                CHANGE,
                "directory",
                Worlds.CONTOSO.toString(),
                "from",
                Worlds.DEFAULT_DIRECTORY.toString(),
                "version",
                Long.toString(before - 1),
                "understood",
                "yes");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(text(stale.body())).contains("The subscription changed after you reviewed");
        assertThat(ports.subscriptions().byId(Worlds.SUBSCRIPTION).orElseThrow().directory())
                .isEqualTo(Worlds.DEFAULT_DIRECTORY);
        assertThat(ports.coAdministrators().of(Worlds.SUBSCRIPTION)).hasSize(1);
    }
}
