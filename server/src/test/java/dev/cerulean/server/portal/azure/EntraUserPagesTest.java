package dev.cerulean.server.portal.azure;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.world.DemoWorld;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Microsoft Entra ID's Overview and Users in the Azure portal: each change, its notice, and each refusal the core makes. */
class EntraUserPagesTest extends AzurePortalFixture {
    static final String USERS = "/portal/entra/users";
    static final String SAM = "sam.reader@kelleywalloutlook.onmicrosoft.com";

    @Test
    void theOverviewNamesTheDirectoryItsTypeAndHowManyUsersAndGroupsItHas() throws Exception {
        browser.signInAs(GLOBAL_ADMIN, "Work", PASSWORD, "/portal/entra");
        var page = browser.get("/portal/entra");
        assertThat(page.statusCode()).isEqualTo(200);
        String shown = text(page.body());
        assertThat(shown)
                .contains(Worlds.CONTOSO.toString())
                .contains("contoso.onmicrosoft.com")
                .contains("Tenant type")
                .contains("Users " + ports.directoryUsers().countIn(Worlds.CONTOSO));
        assertThat(page.body()).contains("href=\"/portal/entra\" aria-current=\"page\"");

        var swedish = browser.get("/portal/entra?lang=sv");
        assertThat(text(swedish.body())).contains("Klientorganisations-ID").contains("Primär domän");
    }

    @Test
    void usersAreListedAPageAtATimeAndFoundByTheStartOfTheirSignInName() throws Exception {
        browser.signIn(KELLEY, PASSWORD, USERS);
        var list = browser.get(USERS);
        assertThat(text(list.body())).contains("Sam Reader").contains("Showing 1 to 3 of 3");
        var found = browser.get(USERS + "?search=SAM.");
        assertThat(text(found.body()))
                .contains("Sam Reader")
                .contains("Showing 1 to 1 of 1")
                .doesNotContain("alex.ops");
        var byId = browser.get(USERS + "?search=" + Worlds.SAM_READER);
        assertThat(text(byId.body())).contains("Sam Reader").contains("Showing 1 to 1 of 1");
        var none = browser.get(USERS + "?search=nobody");
        assertThat(text(none.body())).contains("No user whose name or email starts with nobody");
        // the name people know, not only the sign-in name
        var byDisplayName = browser.get(USERS + "?search=sam%20rea");
        assertThat(text(byDisplayName.body())).contains("Sam Reader").contains("Showing 1 to 1 of 1");
        var beyond = browser.get(USERS + "?from=20");
        assertThat(text(beyond.body())).contains("No users").contains("Previous page");
    }

    @Test
    void aLongListIsPagedAndTheSearchIsKeptFromPageToPage() throws Exception {
        for (int i = 0; i < 25; i++) {
            ObjectId id = ObjectId.of(String.format("00000000-0000-4000-8000-0000000f%04d", i));
            ports.directoryUsers()
                    .add(new DirectoryUser(
                            id,
                            Worlds.DEFAULT_DIRECTORY,
                            "Tester " + i,
                            String.format("tester%02d@kelleywalloutlook.onmicrosoft.com", i),
                            null,
                            DirectoryUser.UserType.Member,
                            DirectoryUser.Source.WORK_ACCOUNT,
                            new Identity.Work(Worlds.DEFAULT_DIRECTORY, id),
                            null,
                            null));
        }
        browser.signIn(KELLEY, PASSWORD, USERS);
        var first = browser.get(USERS + "?search=tester");
        assertThat(text(first.body()))
                .contains("Showing 1 to 20 of 25")
                .contains("Tester 19")
                .doesNotContain("Tester 20");
        assertThat(first.body()).contains("href=\"/portal/entra/users?from=20&amp;search=tester\"");
        var second = browser.get(USERS + "?from=20&search=tester");
        assertThat(text(second.body()))
                .contains("Showing 21 to 25 of 25")
                .contains("Tester 24")
                .doesNotContain("Sam Reader");
    }

    @Test
    void aGlobalAdministratorCreatesAUserWhoIsListed() throws Exception {
        browser.signIn(KELLEY, PASSWORD, USERS);
        var created = browser.post(
                USERS,
                "userName",
                "jo.tester",
                "domain",
                "kelleywalloutlook.onmicrosoft.com",
                "displayName",
                "Jo Tester",
                "password",
                "Str0ng-Passw0rd!",
                "accountEnabled",
                "yes");
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(text(created.body()))
                .contains("The user Jo Tester (jo.tester@kelleywalloutlook.onmicrosoft.com) was created")
                .contains("Jo Tester");
        assertThat(ports.directoryUsers()
                        .byPrincipalName(Worlds.DEFAULT_DIRECTORY, "jo.tester@kelleywalloutlook.onmicrosoft.com"))
                .isPresent();
    }

    @Test
    void UserAlreadyExists_andPasswordTooWeak_areShownAndNothingIsCreated() throws Exception {
        browser.signIn(KELLEY, PASSWORD, USERS);
        int before = ports.directoryUsers().countIn(Worlds.DEFAULT_DIRECTORY);
        var taken = browser.post(
                USERS,
                "userName",
                "sam.reader",
                "domain",
                "kelleywalloutlook.onmicrosoft.com",
                "displayName",
                "Sam Again",
                "password",
                "Str0ng-Passw0rd!");
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(text(taken.body())).contains("is already a user of").contains("Nothing was changed");
        var weak = browser.post(
                USERS,
                "userName",
                "weak",
                "domain",
                "kelleywalloutlook.onmicrosoft.com",
                "displayName",
                "Weak",
                "password",
                "abc");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(text(weak.body())).contains("Passwords must have at least");
        assertThat(weak.body()).contains("value=\"Weak\"");
        assertThat(ports.directoryUsers().countIn(Worlds.DEFAULT_DIRECTORY)).isEqualTo(before);
    }

    @Test
    void InsufficientDirectoryRole_aUserWithoutARoleCannotCreateInviteOrDelete() throws Exception {
        browser.signIn(SAM, PASSWORD, USERS);
        int before = ports.directoryUsers().countIn(Worlds.DEFAULT_DIRECTORY);
        var create = browser.post(
                USERS,
                "userName",
                "sams.friend",
                "domain",
                "kelleywalloutlook.onmicrosoft.com",
                "displayName",
                "Friend",
                "password",
                "Str0ng-Passw0rd!");
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(text(create.body())).contains("This needs the Global Administrator");
        var invite = browser.post(USERS + "/invite", "email", "megan.bowen@contoso.onmicrosoft.com");
        assertThat(invite.statusCode()).isEqualTo(403);
        var delete = browser.post(USERS + "/" + Worlds.KELLEY_IN_DEFAULT + "/delete");
        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(ports.directoryUsers().countIn(Worlds.DEFAULT_DIRECTORY)).isEqualTo(before);
    }

    @Test
    void aResetPasswordIsShownOnceAndSignsTheUserIn() throws Exception {
        browser.signIn(KELLEY, PASSWORD, USERS);
        var reset = browser.post(USERS + "/" + Worlds.SAM_READER + "/password");
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(text(reset.body()))
                .contains("The password of Sam Reader was reset")
                .contains("shown only this once");
        Matcher shown = Pattern.compile("id=\"new-password\">([^<]+)<").matcher(reset.body());
        assertThat(shown.find()).isTrue();
        String password = shown.group(1);
        assertThat(browser.get(USERS + "/" + Worlds.SAM_READER).body()).doesNotContain(password);

        var sam = client();
        var in = sam.signIn(SAM, password, "/portal");
        assertThat(text(in.body())).contains(SAM).contains("Pay-As-You-Go");
    }

    @Test
    void blockingSignInAndAllowingItAgain() throws Exception {
        browser.signIn(KELLEY, PASSWORD, USERS);
        var blocked = browser.post(USERS + "/" + Worlds.SAM_READER + "/sign-in", "enabled", "no");
        assertThat(text(blocked.body()))
                .contains("Sam Reader can no longer sign in")
                .contains("Blocked");
        assertThat(sam().accountEnabled()).isFalse();
        var allowed = browser.post(USERS + "/" + Worlds.SAM_READER + "/sign-in", "enabled", "yes");
        assertThat(text(allowed.body())).contains("Sam Reader may sign in again");
        assertThat(sam().accountEnabled()).isTrue();
    }

    @Test
    void LastGlobalAdministrator_theOnlyGlobalAdministratorIsNotDeleted() throws Exception {
        browser.signIn(KELLEY, PASSWORD, USERS);
        var refused = browser.post(USERS + "/" + Worlds.KELLEY_IN_DEFAULT + "/delete");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(text(refused.body())).contains("is the last Global Administrator of the directory");
        assertThat(ports.directoryUsers().byId(Worlds.DEFAULT_DIRECTORY, Worlds.KELLEY_IN_DEFAULT))
                .isPresent();

        var deleted = browser.post(USERS + "/" + Worlds.SAM_READER + "/delete");
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(text(deleted.body())).contains("The user " + SAM + " was deleted");
        assertThat(ports.directoryUsers().byId(Worlds.DEFAULT_DIRECTORY, Worlds.SAM_READER))
                .isEmpty();
    }

    @Test
    void anInvitedGuestAppearsPending_UserNotFound_andInvalidEmail_areShown() throws Exception {
        browser.signIn(KELLEY, PASSWORD, USERS);
        var invited = browser.post(USERS + "/invite", "email", "megan.bowen@contoso.onmicrosoft.com");
        assertThat(invited.statusCode()).isEqualTo(200);
        assertThat(text(invited.body()))
                .contains(
                        "megan.bowen@contoso.onmicrosoft.com was invited as megan.bowen_contoso.onmicrosoft.com#EXT#");
        var unknown = browser.post(USERS + "/invite", "email", "nobody@fabrikam.example");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(text(unknown.body())).contains("There is no user nobody@fabrikam.example");
        var bad = browser.post(USERS + "/invite", "email", "not an address");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(text(bad.body())).contains("Enter a valid email address");
    }

    @Test
    void UserNotHomedHere_anExternalUsersPasswordIsNotReset() throws Exception {
        browser.signIn(KELLEY, PASSWORD, USERS);
        var user = browser.get(USERS + "/" + Worlds.KELLEY_IN_DEFAULT);
        assertThat(text(user.body())).contains("Microsoft account").doesNotContain("Reset password");
        var refused = browser.post(USERS + "/" + Worlds.KELLEY_IN_DEFAULT + "/password");
        assertThat(refused.statusCode()).isNotEqualTo(200);
        assertThat(text(refused.body()))
                .contains("only a member's own directory can do this")
                .doesNotContain("Temporary password");
    }

    @Test
    void LastGlobalAdministrator_theOnlyGlobalAdministratorsSignInIsNotBlocked() throws Exception {
        browser.signIn(KELLEY, PASSWORD, USERS);
        var refused = browser.post(USERS + "/" + Worlds.KELLEY_IN_DEFAULT + "/sign-in", "enabled", "no");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(text(refused.body())).contains("is the last Global Administrator of the directory");
        assertThat(ports.directoryUsers()
                        .byId(Worlds.DEFAULT_DIRECTORY, Worlds.KELLEY_IN_DEFAULT)
                        .orElseThrow()
                        .accountEnabled())
                .isTrue();
    }

    @Test
    void InsufficientDirectoryRole_aUserAdministratorResetsAUsersPasswordButNotAGlobalAdministrators()
            throws Exception {
        ports.directoryRoles().assign(Worlds.CONTOSO, DirectoryRole.UserAdministrator, Worlds.MEGAN_BOWEN);
        browser.signInAs(MEGAN, "Work", PASSWORD, USERS);
        var lee = browser.post(USERS + "/" + DemoWorld.LEE_GU + "/password");
        assertThat(lee.statusCode()).isEqualTo(200);
        assertThat(text(lee.body())).contains("The password of Lee Gu was reset");
        var admin = browser.post(USERS + "/" + Worlds.KELLEY_CONTOSO + "/password");
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(text(admin.body()))
                .contains("This needs the Global Administrator directory role")
                .doesNotContain("Temporary password");
    }

    @Test
    void aFormWithoutItsCsrfTokenChangesNothing() throws Exception {
        browser.signIn(KELLEY, PASSWORD, USERS);
        var forged = browser.postExactly(USERS + "/" + Worlds.SAM_READER + "/delete", "csrf", "forged");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(ports.directoryUsers().byId(Worlds.DEFAULT_DIRECTORY, Worlds.SAM_READER))
                .isPresent();
    }

    @Test
    void aUserOfNoSuchIdIsNotFound() throws Exception {
        browser.signIn(KELLEY, PASSWORD, USERS);
        var missing = browser.get(USERS + "/00000000-0000-4000-8000-0000000000ff");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(text(missing.body())).contains("There is no user");
    }

    private DirectoryUser sam() {
        return ports.directoryUsers()
                .byId(Worlds.DEFAULT_DIRECTORY, Worlds.SAM_READER)
                .orElseThrow();
    }
}
