package dev.cerulean.server.portal.azure;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.Test;

/** The Roles tab and Check access: what applies where (R26), read without changing anything. */
class AccessInsightPagesTest extends AzurePortalFixture {
    static final String SAM = "sam.reader@kelleywalloutlook.onmicrosoft.com";
    static final String IAM = SUBSCRIPTION + "/iam";
    static final String RG_IAM = SUBSCRIPTION + "/resourceGroups/rg-web/iam";

    @Test
    void theRolesTabShowsEachRoleWithWhatItAllowsAndExcepts() throws Exception {
        browser.signIn(KELLEY, PASSWORD, IAM + "/roles");
        var roles = browser.get(IAM + "/roles");
        assertThat(roles.statusCode()).isEqualTo(200);
        assertThat(text(roles.body()))
                .contains("Owner Built-in Grants full access")
                .contains("Reader Built-in View all resources")
                .contains("*/read")
                .contains("Microsoft.Authorization/*/Write")
                .contains("User Access Administrator");
    }

    @Test
    void R26_checkAccessShowsWhatAppliesAtTheScopeAndNotWhatIsBelowIt() throws Exception {
        browser.signIn(KELLEY, PASSWORD, IAM + "/check");
        var form = browser.get(IAM + "/check");
        assertThat(text(form.body())).contains("Check access").contains("Sam Reader (" + SAM + ")");

        var atSubscription = browser.get(IAM + "/check?type=User&member=" + Worlds.SAM_READER);
        assertThat(text(atSubscription.body())).contains("Sam Reader has no role assignment that applies here");

        var atGroup = browser.get(RG_IAM + "/check?type=User&member=" + Worlds.SAM_READER);
        assertThat(text(atGroup.body())).contains("Access of Sam Reader").contains("Reader Resource group rg-web");

        var automation = browser.get(RG_IAM + "/check?type=ServicePrincipal&member=" + Worlds.DEMO_AUTOMATION_SP);
        assertThat(text(automation.body()))
                .contains("demo-automation")
                .contains("Contributor This subscription Inherited");
    }

    @Test
    void AuthorizationFailed_someoneWhoCannotReadAssignmentsThereCannotCheckAccess() throws Exception {
        browser.signIn(SAM, PASSWORD, IAM + "/check");
        var refused = browser.get(IAM + "/check?type=User&member=" + Worlds.SAM_READER);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(text(refused.body()))
                .contains("is not allowed to perform Microsoft.Authorization/roleAssignments/read");
    }
}
