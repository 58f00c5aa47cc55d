package dev.cerulean.server.portal.azure;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.fixtures.Worlds;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Access control (IAM) at a resource: what applies there (R26, inherited marked), assigning and removing there. */
class ResourceAccessTest extends AzurePortalFixture {
    static final String SAM = "sam.reader@kelleywalloutlook.onmicrosoft.com";
    static final String RG = SUBSCRIPTION + "/resourceGroups/rg-web";
    static final String KV_IAM = RG + "/providers/Microsoft.KeyVault/vaults/kv-web/iam";

    @Test
    void theGroupsResourcesLeadToEachResourcesAccessControl() throws Exception {
        browser.signIn(KELLEY, PASSWORD, RG);
        var group = browser.get(RG);
        assertThat(group.body()).contains("<a href=\"" + KV_IAM + "\">Access control (IAM) of kv-web</a>");
        assertThat(browser.get(KV_IAM + "/roles").statusCode()).isEqualTo(200);
        var check = browser.get(KV_IAM + "/check?type=User&member=" + Worlds.SAM_READER);
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(text(check.body())).contains("Reader");
    }

    @Test
    void R26_theResourceShowsTheGroupsAndTheSubscriptionsAssignmentsAsInherited() throws Exception {
        browser.signIn(SAM, PASSWORD, KV_IAM);
        var list = browser.get(KV_IAM);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(text(list.body()))
                .contains("kv-web")
                .contains("Sam Reader")
                .contains("Resource group rg-web Inherited")
                .contains("This subscription Inherited")
                .doesNotContain("Classic administrators");
    }

    @Test
    void anOwnerAssignsARoleAtTheResourceAndRemovesIt() throws Exception {
        browser.signIn(KELLEY, PASSWORD, KV_IAM);
        String id = UUID.randomUUID().toString();
        var done = assignToUser(KV_IAM, BuiltInRoles.CONTRIBUTOR.id().toString(), Worlds.SAM_READER.toString(), id);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(text(done.body())).contains("Contributor was assigned to Sam Reader on kv-web");
        assertThat(ports.roleAssignments().byId(RoleAssignmentId.of(id)))
                .hasValueSatisfying(a -> assertThat(a.scope()).isEqualTo(Scope.of(Worlds.KV_WEB)));
        assertThat(text(browser.get(KV_IAM).body())).contains("Resource kv-web This resource");

        var removed = browser.post(KV_IAM + "/remove", "assignment", id);

        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(removed.body()).contains("role=\"status\"");
        assertThat(ports.roleAssignments().byId(RoleAssignmentId.of(id))).isEmpty();
    }

    @Test
    void ResourceNotFound_anUnknownResourceIsAPageError() throws Exception {
        browser.signIn(KELLEY, PASSWORD, "/portal");
        var missing = browser.get(RG + "/providers/Microsoft.KeyVault/vaults/kv-nowhere/iam");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("role=\"alert\"");
        assertThat(text(missing.body())).contains("kv-nowhere");
    }
}
