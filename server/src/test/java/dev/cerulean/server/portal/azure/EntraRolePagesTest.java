package dev.cerulean.server.portal.azure;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.Test;

/** Roles and administrators in the Azure portal: assign and remove directory roles, and the refusals the core makes. */
class EntraRolePagesTest extends AzurePortalFixture {
    static final String ROLES = "/portal/entra/roles";
    static final String SAM = "sam.reader@kelleywalloutlook.onmicrosoft.com";

    @Test
    void theRolesAreListedWithHowManyHoldEach() throws Exception {
        browser.signIn(KELLEY, PASSWORD, ROLES);
        var page = browser.get(ROLES);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page.body())).contains("Global Administrator 1").contains("User Administrator 0");
        assertThat(text(browser.get(ROLES + "/UserAdministrator").body())).contains("No members");
        assertThat(browser.get(ROLES + "/NoSuchRole").statusCode()).isEqualTo(404);
    }

    @Test
    void aGlobalAdministratorAssignsARoleAndRemovesIt() throws Exception {
        browser.signIn(KELLEY, PASSWORD, ROLES);
        var assigned = browser.post(ROLES + "/UserAdministrator/members", "principal", SAM);
        assertThat(assigned.statusCode()).isEqualTo(200);
        assertThat(text(assigned.body()))
                .contains("Sam Reader now holds User Administrator")
                .contains(SAM);
        assertThat(ports.directoryRoles().rolesOf(Worlds.DEFAULT_DIRECTORY, Worlds.SAM_READER))
                .contains(DirectoryRole.UserAdministrator);

        var removed = browser.post(ROLES + "/UserAdministrator/members/" + Worlds.SAM_READER + "/remove");
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(text(removed.body())).contains("no longer holds User Administrator");
        assertThat(ports.directoryRoles().rolesOf(Worlds.DEFAULT_DIRECTORY, Worlds.SAM_READER))
                .isEmpty();
    }

    @Test
    void LastGlobalAdministrator_theOnlyOneIsNotRemoved() throws Exception {
        browser.signIn(KELLEY, PASSWORD, ROLES);
        var refused = browser.post(ROLES + "/GlobalAdministrator/members/" + Worlds.KELLEY_IN_DEFAULT + "/remove");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(text(refused.body()))
                .contains("is the last Global Administrator of the directory")
                .contains("Nothing was changed");
        assertThat(ports.directoryRoles().members(Worlds.DEFAULT_DIRECTORY, DirectoryRole.GlobalAdministrator))
                .containsExactly(Worlds.KELLEY_IN_DEFAULT);
    }

    @Test
    void NotGlobalAdministrator_aUserWithoutTheRoleAssignsNothing() throws Exception {
        browser.signIn(SAM, PASSWORD, ROLES);
        var refused = browser.post(ROLES + "/GlobalAdministrator/members", "principal", SAM);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(text(refused.body())).contains("Nothing was changed");
        assertThat(ports.directoryRoles().rolesOf(Worlds.DEFAULT_DIRECTORY, Worlds.SAM_READER))
                .isEmpty();
    }

    @Test
    void anUnknownPrincipalIsNamedAndNothingIsAssigned() throws Exception {
        browser.signIn(KELLEY, PASSWORD, ROLES);
        var refused = browser.post(ROLES + "/GuestInviter/members", "principal", "nobody@example.com");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(text(refused.body())).contains("There is no user, group or service principal nobody@example.com");
        assertThat(browser.get(ROLES + "/GuestInviter?lang=sv").body()).contains("Lägg till tilldelning");
    }

    @Test
    void aRolesHoldersAreCountedAndShownAPageAtATime() throws Exception {
        for (int i = 0; i < 21; i++) {
            ports.directoryRoles()
                    .assign(
                            Worlds.DEFAULT_DIRECTORY,
                            DirectoryRole.GuestInviter,
                            new dev.cerulean.core.common.ObjectId(java.util.UUID.randomUUID()));
        }
        browser.signIn(KELLEY, PASSWORD, ROLES);

        assertThat(text(browser.get(ROLES).body())).contains("Guest Inviter 21");
        var first = browser.get(ROLES + "/GuestInviter");
        assertThat(text(first.body())).contains("Showing 1 to 20 of 21");
        assertThat(first.body()).contains("href=\"" + ROLES + "/GuestInviter?from=20\"");
        assertThat(text(browser.get(ROLES + "/GuestInviter?from=20").body())).contains("Showing 21 to 21 of 21");
    }
}
