package dev.cerulean.server.portal.classic;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.move.ChangeDirectory;
import dev.cerulean.core.move.ConfirmDirectoryLink;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.server.testing.TestBrowser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The article's three steps over HTTP, page by page, checking the data after each. */
class ClassicPortalTest extends ClassicPortalFixture {
    @Test
    void theArticleStepByStep() throws Exception {
        // step 1.1–1.2: the service administrator sees its directory, not Contoso yet
        var signedIn = browser.signIn(KELLEY, PASSWORD, "/classic/directories");
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(text(signedIn.body()))
                .contains("ACTIVE DIRECTORY")
                .contains("Default Directory")
                .doesNotContain("Contoso");
        // 1.3–1.4: NEW > DIRECTORY > CUSTOM CREATE, Add directory, Use existing directory, ready, Complete
        assertThat(text(browser.get(DirectoryPages.NEW + "?item=directory").body()))
                .contains("CUSTOM CREATE");
        assertThat(text(browser.get(DirectoryPages.ADD).body()))
                .contains("Add directory")
                .contains("Use existing directory")
                .contains("I am ready to be signed out now")
                .contains("Complete");
        var out = browser.post(DirectoryPages.ADD, "choice", "existing", "ready", "yes");
        assertThat(text(out.body())).contains("You have been signed out");
        assertThat(ports.directoryLinkRequests().latestOf(Worlds.KELLEY_MSA)).isPresent();
        assertThat(browser.get("/classic").body()).contains("Email address").doesNotContain("Default Directory");
        // 1.5–1.6: the Global Administrator of Contoso signs in and continues
        var question = browser.signInAs(GLOBAL_ADMIN, "Work", PASSWORD, DirectoryPages.LINK);
        assertThat(text(question.body()))
                .contains("Use the Contoso directory with Azure?")
                .contains(KELLEY);
        var confirmed = browser.post(DirectoryPages.LINK);
        assertThat(text(confirmed.body())).contains("Sign out now");
        assertThat(directoriesOfKelley())
                .containsExactly(Worlds.DEFAULT_DIRECTORY.toString(), Worlds.CONTOSO.toString());
        assertThat(ports.activityLog().all())
                .extracting(ActivityLogEntry::operation)
                .contains(ConfirmDirectoryLink.OPERATION);
        // 1.7–1.9: sign out now, the service administrator sees both directories on the dashboard
        browser.post("/logout", "post_logout_redirect_uri", "/login?return=%2Fclassic");
        var dashboard = browser.signIn(KELLEY, PASSWORD, "/classic");
        assertThat(text(dashboard.body()))
                .contains("Dashboard")
                .contains("Default Directory")
                .contains("Contoso");

        // step 2.1–2.2: SETTINGS, select the subscription, EDIT DIRECTORY
        assertThat(text(browser.get(SettingsPages.SUBSCRIPTIONS).body()))
                .contains("Pay-As-You-Go")
                .contains("EDIT DIRECTORY");
        var pick = browser.get(EditDirectoryPages.PATH + "?subscription=" + Worlds.SUBSCRIPTION);
        assertThat(text(pick.body()))
                .contains("Change the associated directory")
                .contains("Contoso (contoso.onmicrosoft.com)")
                .contains("Next");
        // 2.3–2.4: Next, the two review screens
        String review =
                EditDirectoryPages.REVIEW + "?subscription=" + Worlds.SUBSCRIPTION + "&directory=" + Worlds.CONTOSO;
        var screen1 = browser.get(review + "&screen=1");
        assertThat(text(screen1.body()))
                .contains("Screen 1 of 2")
                .contains(ALEX)
                .doesNotContain("sam.reader");
        long version =
                ports.subscriptions().byId(Worlds.SUBSCRIPTION).orElseThrow().version();
        var screen2 = browser.get(review + "&screen=2&version=" + version);
        assertThat(text(screen2.body()))
                .contains("Screen 2 of 2")
                .contains("Resource group rg-web")
                .contains("sam.reader@kelleywalloutlook.onmicrosoft.com")
                .contains("Reader")
                .contains("Complete")
                .contains("Download the plan of this change (JSON)");
        // the review as a plan to keep, before the change
        var plan = browser.get(
                EditDirectoryPages.PLAN + "?subscription=" + Worlds.SUBSCRIPTION + "&directory=" + Worlds.CONTOSO);
        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(plan.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment");
        var planJson = new com.fasterxml.jackson.databind.ObjectMapper().readTree(plan.body());
        assertThat(planJson.get("subscription").get("version").asLong()).isEqualTo(version);
        assertThat(planJson.get("coAdministrators").findValuesAsText("email")).containsExactly(ALEX);
        // 2.5: Complete
        var moved = browser.post(
                EditDirectoryPages.COMPLETE,
                "subscription",
                Worlds.SUBSCRIPTION.toString(),
                "directory",
                Worlds.CONTOSO.toString(),
                "from",
                Worlds.DEFAULT_DIRECTORY.toString(),
                "version",
                Long.toString(version));
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(text(moved.body()))
                .contains("The directory was changed")
                .contains("kv-web")
                .contains("vm-web")
                .contains("Directory: Contoso");
        assertThat(ports.subscriptions().byId(Worlds.SUBSCRIPTION).orElseThrow().directory())
                .isEqualTo(Worlds.CONTOSO);
        assertThat(ports.coAdministrators().of(Worlds.SUBSCRIPTION)).isEmpty();
        assertThat(ports.roleAssignments().of(Worlds.SUBSCRIPTION)).isEmpty();
        assertThat(ports.activityLog().all())
                .extracting(ActivityLogEntry::operation)
                .contains(ChangeDirectory.OPERATION);

        // step 3.1–3.3: ADMINISTRATORS, ADD Megan, Complete, listed
        assertThat(text(browser.get(SettingsPages.ADMINISTRATORS).body()))
                .contains("ADMINISTRATORS")
                .contains("ADD");
        var added = browser.post(SettingsPages.ADD, "email", MEGAN, "subscription", Worlds.SUBSCRIPTION.toString());
        assertThat(text(added.body()))
                .contains(MEGAN + " is now a co-administrator of Pay-As-You-Go")
                .contains("Co-administrator");
        assertThat(ports.coAdministrators().of(Worlds.SUBSCRIPTION))
                .extracting(c -> c.administrator().email().value())
                .containsExactly(MEGAN);
        // 3.4: Megan signs in to the Azure portal and sees the subscription (R30)
        TestBrowser megan = client();
        var portal = megan.signIn(MEGAN, PASSWORD, "/portal");
        assertThat(text(portal.body()))
                .contains("Subscriptions")
                .contains("Pay-As-You-Go")
                .doesNotContain("No subscriptions found");
    }

    @Test
    void R30_theAzurePortalSaysNoSubscriptionsFoundAndTheSwitcherListsEveryDirectory() throws Exception {
        var megan = browser.signIn(MEGAN, PASSWORD, "/portal");
        assertThat(text(megan.body())).contains("No subscriptions found").contains("Contoso");

        TestBrowser kelley = client();
        var home = kelley.signIn(KELLEY, PASSWORD, "/portal");
        assertThat(text(home.body())).contains("Pay-As-You-Go").contains("Current directory: Default Directory");
    }

    @Test
    void R31_switchingDirectoryIsANewSessionThroughThatDirectory() throws Exception {
        TestBrowser gaBrowser = client();
        requestLink(browser);
        browser.signInAs(GLOBAL_ADMIN, "Work", PASSWORD, DirectoryPages.LINK);
        browser.post(DirectoryPages.LINK);
        browser.signIn(KELLEY, PASSWORD, "/portal");

        var switched = browser.post("/portal/directory", "directory", Worlds.CONTOSO.toString());

        assertThat(text(switched.body()))
                .contains("You are now working in Contoso")
                .contains("No subscriptions found");
        assertThat(gaBrowser).isNotNull();
    }

    @Test
    void aCoAdministratorIsRemoved() throws Exception {
        browser.signIn(KELLEY, PASSWORD, SettingsPages.ADMINISTRATORS);
        var removed = browser.post(SettingsPages.REMOVE, "administrator", Worlds.SUBSCRIPTION + "|" + ALEX);
        assertThat(text(removed.body())).contains(ALEX + " is no longer a co-administrator");
        assertThat(ports.coAdministrators().of(Worlds.SUBSCRIPTION)).isEmpty();
    }

    @Test
    void R9_aCoAdministratorIsToldItCannotChangeTheDirectoryAndNothingChanges() throws Exception {
        long before =
                ports.subscriptions().byId(Worlds.SUBSCRIPTION).orElseThrow().version();
        browser.signIn(ALEX, PASSWORD, "/classic/settings");
        var refused = browser.get(EditDirectoryPages.PATH + "?subscription=" + Worlds.SUBSCRIPTION);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(text(refused.body()))
                .contains("Co-administrators cannot change the directory of a subscription")
                .contains("Nothing was changed")
                .contains("Change the service administrator of the subscription");
        assertThat(ports.subscriptions().byId(Worlds.SUBSCRIPTION).orElseThrow().version())
                .isEqualTo(before);
    }

    @Test
    void R8_aCoAdministratorCannotUseAnExistingDirectory() throws Exception {
        browser.signIn(ALEX, PASSWORD, "/classic");
        var refused = browser.post(DirectoryPages.ADD, "choice", "existing", "ready", "yes");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(text(refused.body())).contains("Only the service administrator of the subscription can do this");
        assertThat(ports.directoryLinkRequests().latestOf(Worlds.ALEX_MSA)).isEmpty();
        assertThat(browser.get("/classic").body()).contains("Signed in as alex.ops@outlook.com");
    }

    @Test
    void R3_aUserWhoIsNotGlobalAdministratorCannotConfirm() throws Exception {
        requestLink(browser);
        browser.signIn(MEGAN, PASSWORD, DirectoryPages.LINK);
        var refused = browser.post(DirectoryPages.LINK);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(text(refused.body())).contains("is not a Global Administrator of this directory");
        assertThat(directoriesOfKelley()).containsExactly(Worlds.DEFAULT_DIRECTORY.toString());
    }

    @Test
    void DirectoryLinkRequestExpired_aConfirmationAfterTheConfiguredExpiryIsRefused() throws Exception {
        requestLink(browser);
        clock.advance(Duration.ofMinutes(31));
        browser.signInAs(GLOBAL_ADMIN, "Work", PASSWORD, DirectoryPages.LINK);
        var refused = browser.post(DirectoryPages.LINK);
        assertThat(text(refused.body())).contains("has expired");
        assertThat(directoriesOfKelley()).containsExactly(Worlds.DEFAULT_DIRECTORY.toString());
    }

    @Test
    void PreconditionFailed_aStalePreviewChangesNothing() throws Exception {
        requestLink(browser);
        browser.signInAs(GLOBAL_ADMIN, "Work", PASSWORD, DirectoryPages.LINK);
        browser.post(DirectoryPages.LINK);
        browser.signIn(KELLEY, PASSWORD, SettingsPages.SUBSCRIPTIONS);
        long version =
                ports.subscriptions().byId(Worlds.SUBSCRIPTION).orElseThrow().version();
        browser.get(EditDirectoryPages.REVIEW + "?subscription=" + Worlds.SUBSCRIPTION + "&directory=" + Worlds.CONTOSO
                + "&screen=2&version=" + version);
        // meanwhile, in another browser, the co-administrator is removed
        TestBrowser other = client();
        other.signIn(KELLEY, PASSWORD, SettingsPages.ADMINISTRATORS);
        other.post(SettingsPages.REMOVE, "administrator", Worlds.SUBSCRIPTION + "|" + ALEX);
        assertThat(ports.subscriptions().byId(Worlds.SUBSCRIPTION).orElseThrow().version())
                .isNotEqualTo(version);
        List<CoAdministrator> coAdminsBefore = ports.coAdministrators().of(Worlds.SUBSCRIPTION);
        List<RoleAssignment> assignmentsBefore = ports.roleAssignments().of(Worlds.SUBSCRIPTION);

        var stale = browser.post(
                EditDirectoryPages.COMPLETE,
                "subscription",
                Worlds.SUBSCRIPTION.toString(),
                "directory",
                Worlds.CONTOSO.toString(),
                "from",
                Worlds.DEFAULT_DIRECTORY.toString(),
                "version",
                Long.toString(version));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(text(stale.body()))
                .contains("The subscription changed after you reviewed")
                .contains("Nothing was changed");
        assertThat(ports.subscriptions().byId(Worlds.SUBSCRIPTION).orElseThrow().directory())
                .isEqualTo(Worlds.DEFAULT_DIRECTORY);
        assertThat(ports.coAdministrators().of(Worlds.SUBSCRIPTION)).isEqualTo(coAdminsBefore);
        assertThat(ports.roleAssignments().of(Worlds.SUBSCRIPTION)).isEqualTo(assignmentsBefore);
    }

    @Test
    void aSupportRequestIsStoredListedForItsAuthorAndLogged() throws Exception {
        browser.signIn(KELLEY, PASSWORD, SupportPages.PATH);
        var created = browser.post(
                SupportPages.PATH,
                "subject",
                "Cannot see Contoso",
                "description",
                "After step 1.",
                "severity",
                "B",
                "subscription",
                Worlds.SUBSCRIPTION.toString());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(text(created.body()))
                .contains("Support request Cannot see Contoso was created")
                .contains("Cannot see Contoso");
        assertThat(ports.supportRequests().byAuthor(new Identity.Personal(Worlds.KELLEY_MSA), 0, 100))
                .hasSize(1);
        assertThat(ports.activityLog().all())
                .extracting(ActivityLogEntry::operation)
                .contains("Microsoft.Support/supportTickets/write");
        TestBrowser alex = client();
        alex.signIn(ALEX, PASSWORD, SupportPages.PATH);
        assertThat(text(alex.get(SupportPages.PATH).body())).doesNotContain("Cannot see Contoso");
    }

    @Test
    void creatingANewDirectoryMakesTheCreatorItsGlobalAdministrator() throws Exception {
        browser.signIn(KELLEY, PASSWORD, DirectoryPages.ADD);
        var created = browser.post(
                DirectoryPages.ADD, "choice", "new", "name", "Fabrikam", "domain", "fabrikamdemo", "country", "SE");
        assertThat(text(created.body())).contains("Directory Fabrikam (fabrikamdemo.onmicrosoft.com) is ready");
        assertThat(directoriesOfKelley()).hasSize(2);
        var bad =
                browser.post(DirectoryPages.ADD, "choice", "new", "name", "X", "domain", "NOT VALID", "country", "SE");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(directoriesOfKelley()).hasSize(2);
    }
}
