package dev.cerulean.server.portal.azure;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.group.Group;
import dev.cerulean.core.directory.group.GroupFilter;
import dev.cerulean.core.directory.group.GroupMember;
import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.Test;

/** Microsoft Entra ID's Groups in the Azure portal: create a security group, add and remove members, and the refusals. */
class EntraGroupPagesTest extends AzurePortalFixture {
    static final String GROUPS = "/portal/entra/groups";
    static final String SAM = "sam.reader@kelleywalloutlook.onmicrosoft.com";

    @Test
    void noGroupsAtFirst_thenAGroupIsCreatedAndFoundByTheStartOfItsName() throws Exception {
        browser.signIn(KELLEY, PASSWORD, GROUPS);
        assertThat(text(browser.get(GROUPS).body())).contains("No groups");
        var created = browser.post(GROUPS, "displayName", "Platform engineers", "description", "Run the platform");
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(text(created.body()))
                .contains("The security group Platform engineers was created")
                .contains("Run the platform");
        assertThat(text(browser.get(GROUPS + "?search=platf").body())).contains("Platform engineers");
        assertThat(text(browser.get(GROUPS + "?search=ops").body())).contains("No groups");
        assertThat(text(browser.get(GROUPS + "?lang=sv").body())).contains("Ny säkerhetsgrupp");
    }

    @Test
    void InvalidDisplayName_aBlankNameIsShownAndNothingIsCreated() throws Exception {
        browser.signIn(KELLEY, PASSWORD, GROUPS);
        var refused = browser.post(GROUPS, "displayName", "  ", "description", "");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(refused.body()))
                .contains("Enter a name of 1 to 256 characters")
                .contains("Nothing was changed");
        assertThat(ports.groups().count(Worlds.DEFAULT_DIRECTORY, GroupFilter.ALL))
                .isZero();
    }

    @Test
    void membersAreAddedBySignInNameAndRemoved_GroupMemberExists_andGroupMembershipCycle_areShown() throws Exception {
        browser.signIn(KELLEY, PASSWORD, GROUPS);
        browser.post(GROUPS, "displayName", "Readers", "description", "");
        String group = GROUPS + "/" + only().id();
        assertThat(text(browser.get(group).body())).contains("No members");

        var added = browser.post(group + "/members", "member", SAM);
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(text(added.body()))
                .contains("Sam Reader was added to Readers")
                .contains(SAM);
        var again = browser.post(group + "/members", "member", SAM);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(text(again.body())).contains("already exist");
        var itself = browser.post(group + "/members", "member", only().id().toString());
        assertThat(itself.statusCode()).isEqualTo(400);
        assertThat(text(itself.body())).contains("would make a group a member of itself");
        var nobody = browser.post(group + "/members", "member", "nobody@kelleywalloutlook.onmicrosoft.com");
        assertThat(nobody.statusCode()).isEqualTo(404);
        assertThat(text(nobody.body())).contains("There is no user, group or service principal");

        var removed = browser.post(group + "/members/" + Worlds.SAM_READER + "/remove");
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(text(removed.body())).contains("was removed from Readers").contains("No members");
        assertThat(ports.groups().members(Worlds.DEFAULT_DIRECTORY, only().id()))
                .isEmpty();
    }

    @Test
    void InsufficientDirectoryRole_aMemberWhoDoesNotOwnTheGroupCannotChangeIt() throws Exception {
        browser.signIn(KELLEY, PASSWORD, GROUPS);
        browser.post(GROUPS, "displayName", "Admins only", "description", "");
        ObjectId id = only().id();
        var sam = client();
        sam.signIn(SAM, PASSWORD, GROUPS);
        var refused = sam.post(GROUPS + "/" + id + "/members", "member", SAM);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(text(refused.body())).contains("Nothing was changed");
        assertThat(ports.groups().members(Worlds.DEFAULT_DIRECTORY, id)).isEmpty();
    }

    @Test
    void aGroupOfNoSuchIdIsNotFound() throws Exception {
        browser.signIn(KELLEY, PASSWORD, GROUPS);
        var missing = browser.get(GROUPS + "/00000000-0000-4000-8000-0000000000ff");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(text(missing.body())).contains("There is no group");
    }

    private Group only() {
        return ports.groups()
                .page(Worlds.DEFAULT_DIRECTORY, GroupFilter.ALL, 0, 2)
                .get(0);
    }

    @Test
    void aGroupsMembersAreShownAPageAtATime() throws Exception {
        Group big = new Group(
                new ObjectId(java.util.UUID.randomUUID()),
                Worlds.DEFAULT_DIRECTORY,
                "Everyone",
                "everyone",
                null,
                java.time.Instant.parse("2026-01-01T00:00:00Z"));
        ports.groups().add(big);
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 21; i++) {
            ObjectId member = new ObjectId(java.util.UUID.randomUUID());
            ids.add(member.toString());
            ports.groups()
                    .addMember(Worlds.DEFAULT_DIRECTORY, big.id(), new GroupMember(member, GroupMember.Type.User));
        }
        ids.sort(null);
        String page = GROUPS + "/" + big.id();
        browser.signIn(KELLEY, PASSWORD, page);

        var first = browser.get(page);
        assertThat(text(first.body())).contains("Showing 1 to 20 of 21").doesNotContain(ids.get(20));
        assertThat(first.body()).contains("href=\"" + page + "?from=20\"");
        var second = browser.get(page + "?from=20");
        assertThat(text(second.body()))
                .contains("Showing 21 to 21 of 21")
                .contains(ids.get(20))
                .doesNotContain(ids.get(0));
    }
}
