package dev.cerulean.server.portal.azure;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.subscription.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Azure portal's lists that grow with the world read one page at a time: Directories +
 * subscriptions (and the top bar's switcher) for an account in 120 more directories, a
 * subscription's activity log; the Subscriptions list and Access control page what they read.
 */
class AzureListPagingTest extends AzurePortalFixture {
    private final Identity.Personal kelley = new Identity.Personal(Worlds.KELLEY_MSA);

    private int kelleyIsAGuestInManyDirectories() {
        return Worlds.addGuestDirectoriesOfKelley(ports, 120);
    }

    @Test
    void directoriesShowsAPageAndALaterOneWithClearLinks() throws Exception {
        int total = kelleyIsAGuestInManyDirectories();
        browser.signIn(KELLEY, PASSWORD, "/portal/directories");

        var first = browser.get("/portal/directories");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(text(first.body())).contains("Showing 1 to 50 of " + total);
        assertThat(first.body())
                .contains("<a href=\"/portal/directories?from=50\" rel=\"next\">Next page</a>")
                .contains("aria-label=\"Pages of your directories\"");
        var later = browser.get("/portal/directories?from=100");
        assertThat(text(later.body())).contains("Showing 101 to " + total + " of " + total);
        assertThat(later.body()).contains("<a href=\"/portal/directories?from=50\" rel=\"prev\">Previous page</a>");
    }

    @Test
    void directoriesAreSearchedByNameOrDomainAndANoMatchSaysSo() throws Exception {
        kelleyIsAGuestInManyDirectories();
        browser.signIn(KELLEY, PASSWORD, "/portal/directories");

        var found = browser.get("/portal/directories?search=paged11");
        assertThat(text(found.body()))
                .contains("Showing 1 to 10 of 10")
                .contains("Paged 110")
                .doesNotContain("Paged 109");
        var none = browser.get("/portal/directories?search=northwind");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(text(none.body())).contains("No directory's name or domain contains \"northwind\".");
        for (String from : List.of("x", "-1", "5000")) {
            var bad = browser.get("/portal/directories?from=" + from);
            assertThat(bad.statusCode()).as(from).isEqualTo(200);
            assertThat(text(bad.body())).as(from).contains("Showing 1 to 50 of");
        }
    }

    @Test
    void theTopBarSwitcherOffersTheFirstDirectoriesAndTheCurrentOneNotAll() throws Exception {
        kelleyIsAGuestInManyDirectories();
        var home = browser.signIn(KELLEY, PASSWORD, "/portal");

        String body = home.body();
        int options = body.split("<option ").length - 1;
        // the first directories, plus the current one when it is not among them
        assertThat(options).isBetween(AzureLayout.SWITCHER, AzureLayout.SWITCHER + 1);
        assertThat(body)
                .contains("Paged 000")
                .doesNotContain("Paged 119")
                .contains("selected>")
                .contains("All directories");
    }

    @Test
    void theActivityLogShowsAPageOfTheNewestEntriesAndALaterOne() throws Exception {
        var subscription = ports.subscriptions().byId(Worlds.SUBSCRIPTION).orElseThrow();
        List<ActivityLogEntry> entries = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            entries.add(new ActivityLogEntry(
                    UUID.randomUUID(),
                    Worlds.NOW.plusSeconds(60L * i),
                    KELLEY,
                    String.format("Test.Paged/op%03d/write", i),
                    "/subscriptions/" + subscription.id(),
                    ActivityLogEntry.Status.Succeeded,
                    UUID.randomUUID().toString(),
                    "paged",
                    subscription.id(),
                    subscription.directory()));
        }
        ports.activityLog().appendAll(entries);
        int total = ports.activityLog().countOfSubscription(subscription.id());
        browser.signIn(KELLEY, PASSWORD, SUBSCRIPTION + "/activity-log");

        var first = browser.get(SUBSCRIPTION + "/activity-log");
        assertThat(text(first.body()))
                .contains("Showing 1 to 50 of " + total)
                .contains("Test.Paged/op129/write")
                .doesNotContain("Test.Paged/op079/write");
        var later = browser.get(SUBSCRIPTION + "/activity-log?from=50");
        assertThat(text(later.body()))
                .contains("Showing 51 to 100 of " + total)
                .contains("Test.Paged/op079/write")
                .contains("Previous page");
        var bad = browser.get(SUBSCRIPTION + "/activity-log?from=oops");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(text(bad.body())).contains("Showing 1 to 50 of " + total);
    }

    /** 60 more subscriptions Kelley serves, beside the demo world's. */
    private int kelleyServesManySubscriptions() {
        Worlds.addTeamSubscriptions(ports, 60);
        Subscription demo = ports.subscriptions().byId(Worlds.SUBSCRIPTION).orElseThrow();
        return ports.subscriptions().inDirectory(demo.directory()).size();
    }

    @Test
    void subscriptionsShowAPageALaterOneAndASearch() throws Exception {
        int total = kelleyServesManySubscriptions();
        browser.signIn(KELLEY, PASSWORD, "/portal/subscriptions");

        var first = browser.get("/portal/subscriptions");
        assertThat(text(first.body())).contains("Showing 1 to 50 of " + total);
        assertThat(first.body())
                .contains("<a href=\"/portal/subscriptions?from=50\" rel=\"next\">Next page</a>")
                .contains("aria-label=\"Pages of your subscriptions\"");
        var later = browser.get("/portal/subscriptions?from=50");
        assertThat(text(later.body()))
                .contains("Showing 51 to " + total + " of " + total)
                .contains("Previous page");
        var found = browser.get("/portal/subscriptions?search=team%2005");
        assertThat(text(found.body()))
                .contains("Showing 1 to 10 of 10")
                .contains("Team 059")
                .doesNotContain("Team 049");
        var none = browser.get("/portal/subscriptions?search=northwind");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(text(none.body())).contains("No subscription's name or ID contains \"northwind\".");
        var bad = browser.get("/portal/subscriptions?from=-3");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(text(bad.body())).contains("Showing 1 to 50 of " + total);
    }

    @Test
    void accessControlShowsAPageOfAssignmentsAndKeepsItsFiltersInThePageLinks() throws Exception {
        var demo = ports.subscriptions().byId(Worlds.SUBSCRIPTION).orElseThrow();
        for (int i = 0; i < 120; i++) {
            ports.roleAssignments()
                    .add(new RoleAssignment(
                            new RoleAssignmentId(UUID.randomUUID()),
                            Scope.subscription(demo.id()),
                            new ObjectId(UUID.randomUUID()),
                            RoleAssignment.PrincipalType.ServicePrincipal,
                            BuiltInRoles.READER.id(),
                            demo.directory(),
                            Worlds.NOW.plusSeconds(i),
                            KELLEY));
        }
        browser.signIn(KELLEY, PASSWORD, SUBSCRIPTION + "/iam");

        var first = browser.get(SUBSCRIPTION + "/iam");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(text(first.body())).containsPattern("Showing 1 to 50 of \\d{3}");
        assertThat(first.body().split("<th scope=\"row\">")).hasSize(51);
        String reader = BuiltInRoles.READER.id().toString();
        var filtered = browser.get(SUBSCRIPTION + "/iam?role=" + reader + "&from=100");
        assertThat(text(filtered.body())).contains("Showing 101 to ").contains("Previous page");
        assertThat(filtered.body())
                .contains("href=\"" + SUBSCRIPTION + "/iam?from=50&amp;role=" + reader + "\" rel=\"prev\"");
        var servicePrincipals = browser.get(SUBSCRIPTION + "/iam?type=ServicePrincipal&from=50");
        assertThat(text(servicePrincipals.body())).containsPattern("Showing 51 to 100 of 1[2-9]\\d");
        assertThat(servicePrincipals.body()).contains("iam?from=100&amp;type=ServicePrincipal\" rel=\"next\"");
        var users = browser.get(SUBSCRIPTION + "/iam?type=User");
        assertThat(text(users.body())).doesNotContainPattern("of 1[2-9]\\d");
        var bad = browser.get(SUBSCRIPTION + "/iam?from=zz");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(text(bad.body())).contains("Showing 1 to 50 of ");
    }

    @Test
    void addRoleAssignmentOffersTheFirstFiftyMembersAndASearchInTheStore() throws Exception {
        for (int i = 0; i < 60; i++) {
            ports.directoryUsers()
                    .add(dev.cerulean.core.contract.ContractData.workUser(
                            Worlds.DEFAULT_DIRECTORY,
                            String.format("paged-user-%03d@kelleywalloutlook.onmicrosoft.com", i),
                            null));
        }
        int total = ports.directoryUsers().countIn(Worlds.DEFAULT_DIRECTORY);
        String add = AccessControlPagesTest.IAM + "/add?role=" + AccessControlPagesTest.OWNER + "&type=User";
        var page = browser.signIn(KELLEY, PASSWORD, add);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(options(page.body())).isEqualTo(Principals.PICK);
        assertThat(text(page.body())).contains("The first 50 of " + total + "; search to find another.");
        assertThat(page.body())
                .contains("<label for=\"f-search\">Search users by the start of their name or email</label>")
                .contains("aria-describedby=\"f-member-count\"");

        var searched = browser.get(add + "&search=PAGED-USER-05");
        assertThat(options(searched.body())).isEqualTo(10);
        assertThat(text(searched.body())).contains("To choose from: 10.").contains("paged-user-059");
        var none = browser.get(add + "&search=northwind");
        assertThat(options(none.body())).isZero();
        assertThat(text(none.body())).contains("Nothing found for \"northwind\".");
        // Check access picks its member the same way
        var check = browser.get(AccessControlPagesTest.IAM + "/check?type=User&search=paged-user-00");
        assertThat(text(check.body())).contains("To choose from: 10.").contains("paged-user-009");
        assertThat(check.body()).contains("<input type=\"hidden\" name=\"search\" value=\"paged-user-00\">");
    }

    /** The options of the member picker. */
    private static int options(String body) {
        int start = body.indexOf("id=\"f-member\"");
        return start < 0
                ? 0
                : body.substring(start, body.indexOf("</select>", start)).split("<option ").length - 1;
    }
}
