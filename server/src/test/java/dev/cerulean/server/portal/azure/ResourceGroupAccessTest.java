package dev.cerulean.server.portal.azure;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.fixtures.Worlds;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Access control (IAM) at a resource group: what applies there (R26), assigning there, and the refusals. */
class ResourceGroupAccessTest extends AzurePortalFixture {
    static final String SAM = "sam.reader@kelleywalloutlook.onmicrosoft.com";
    static final String GROUPS = SUBSCRIPTION + "/resourceGroups";
    static final String RG_IAM = GROUPS + "/rg-web/iam";

    @Test
    void theGroupsListLeadsToEachGroupsAccessControl() throws Exception {
        browser.signIn(KELLEY, PASSWORD, GROUPS);
        var groups = browser.get(GROUPS);
        assertThat(groups.statusCode()).isEqualTo(200);
        assertThat(text(groups.body())).contains("rg-web").contains("westeurope");
        assertThat(groups.body()).contains("href=\"" + RG_IAM + "\"");
    }

    @Test
    void R26_aReaderOfTheGroupSeesItsOwnAssignmentHereAndTheSubscriptionsAsInherited() throws Exception {
        browser.signIn(SAM, PASSWORD, RG_IAM);
        var list = browser.get(RG_IAM);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(text(list.body()))
                .contains("Sam Reader")
                .contains("Resource group rg-web This resource")
                .contains("demo-automation")
                .contains("This subscription Inherited")
                .doesNotContain("Classic administrators");
    }

    @Test
    void anOwnerAssignsARoleAtTheGroup() throws Exception {
        browser.signIn(KELLEY, PASSWORD, RG_IAM);
        var review = browser.get(
                RG_IAM + "/add?role=" + BuiltInRoles.CONTRIBUTOR.id() + "&type=User&member=" + Worlds.SAM_READER);
        assertThat(text(review.body())).contains("rg-web").contains("Contributor");
        String id = UUID.randomUUID().toString();
        var done = assignToUser(RG_IAM, BuiltInRoles.CONTRIBUTOR.id().toString(), Worlds.SAM_READER.toString(), id);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(text(done.body())).contains("Contributor was assigned to Sam Reader on rg-web");
        assertThat(ports.roleAssignments().byId(RoleAssignmentId.of(id)))
                .hasValueSatisfying(
                        a -> assertThat(a.scope()).isEqualTo(Scope.resourceGroup(Worlds.SUBSCRIPTION, "rg-web")));
    }

    @Test
    void AuthorizationFailed_aReaderOfTheGroupCannotAssignThere() throws Exception {
        browser.signIn(SAM, PASSWORD, RG_IAM);
        browser.get(RG_IAM + "/add");
        int before = ports.roleAssignments().of(Worlds.SUBSCRIPTION).size();
        var refused = assignToUser(
                RG_IAM,
                BuiltInRoles.OWNER.id().toString(),
                Worlds.SAM_READER.toString(),
                UUID.randomUUID().toString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(text(refused.body()))
                .contains("is not allowed to perform Microsoft.Authorization/roleAssignments/write");
        assertThat(ports.roleAssignments().of(Worlds.SUBSCRIPTION)).hasSize(before);
    }

    @Test
    void ResourceGroupNotFound_anUnknownGroupIsAPageError() throws Exception {
        browser.signIn(KELLEY, PASSWORD, "/portal");
        var missing = browser.get(GROUPS + "/rg-nowhere/iam");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("role=\"alert\"");
        assertThat(text(missing.body())).contains("rg-nowhere");
    }
}
