package dev.cerulean.server.portal.azure;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.fixtures.Worlds;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Access control (IAM) at subscription scope: the list, Add role assignment and each of its refusals, remove, classic administrators. */
class AccessControlPagesTest extends AzurePortalFixture {
    static final String SAM = "sam.reader@kelleywalloutlook.onmicrosoft.com";
    static final String IAM = SUBSCRIPTION + "/iam";
    static final String OWNER = BuiltInRoles.OWNER.id().toString();

    @Test
    void theListShowsEveryAssignmentThatAppliesWithInheritedOnesMarkedAndFilters() throws Exception {
        ports.roleAssignments()
                .add(new RoleAssignment(
                        RoleAssignmentId.of(UUID.randomUUID().toString()),
                        Scope.ROOT,
                        Worlds.KELLEY_IN_DEFAULT,
                        RoleAssignment.PrincipalType.User,
                        BuiltInRoles.USER_ACCESS_ADMINISTRATOR.id(),
                        Worlds.DEFAULT_DIRECTORY,
                        Worlds.NOW,
                        "test",
                        null));
        browser.signIn(KELLEY, PASSWORD, IAM);
        var list = browser.get(IAM);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(text(list.body()))
                .contains("Role assignments")
                .contains("Sam Reader")
                .contains("Reader")
                .contains("Resource group rg-web")
                .contains("Contributor")
                .contains("Service principal")
                .contains("User Access Administrator")
                .contains("Inherited");
        assertThat(list.body()).contains("aria-label=\"Remove Reader from Sam Reader\"");

        var readers = browser.get(IAM + "?role=" + BuiltInRoles.READER.id() + "&type=");
        assertThat(text(readers.body())).contains("Sam Reader").doesNotContain("Contributor This");
        var groups = browser.get(IAM + "?role=&type=Group");
        assertThat(text(groups.body())).contains("No role assignment matches the filters");
    }

    @Test
    void addRoleAssignmentInThreeStepsGivesTheRoleAndShowsIt() throws Exception {
        browser.signIn(KELLEY, PASSWORD, IAM);
        var roles = browser.get(IAM + "/add");
        assertThat(text(roles.body()))
                .contains("Choose a role")
                .contains("Owner")
                .contains("Reader");
        var members = browser.get(IAM + "/add?role=" + OWNER);
        assertThat(text(members.body()))
                .contains("Role: Owner")
                .contains("Sam Reader (" + SAM + ")")
                .contains("Groups".substring(0, 5))
                .contains("Managed identity");
        var identities = browser.get(IAM + "/add?role=" + OWNER + "&type=ManagedIdentity");
        assertThat(text(identities.body())).contains("vm-web");
        var review = browser.get(IAM + "/add?role=" + OWNER + "&type=User&member=" + Worlds.SAM_READER);
        assertThat(text(review.body()))
                .contains("Review + assign")
                .contains("Owner")
                .contains("Sam Reader");
        String assignment = dev.cerulean.server.testing.TestBrowser.hiddenFields(review.body())
                .get("assignment");

        var done = assignToUser(IAM, OWNER, Worlds.SAM_READER.toString(), assignment);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(text(done.body())).contains("Owner was assigned to Sam Reader on Pay-As-You-Go");
        assertThat(ports.roleAssignments().byId(RoleAssignmentId.of(assignment)))
                .hasValueSatisfying(a -> assertThat(a.roleDefinition()).isEqualTo(BuiltInRoles.OWNER.id()));
    }

    @Test
    void R25_PrincipalNotInDirectory_aContosoUserCannotBeGivenARoleOnADefaultDirectorySubscription() throws Exception {
        browser.signIn(KELLEY, PASSWORD, IAM);
        browser.get(IAM + "/add");
        int before = ports.roleAssignments().of(Worlds.SUBSCRIPTION).size();
        var refused = post(Worlds.MEGAN_BOWEN, OWNER);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("role=\"alert\"");
        assertThat(text(refused.body()))
                .contains("Principal " + Worlds.MEGAN_BOWEN + " does not exist in the directory")
                .contains("Nothing was changed");
        assertThat(ports.roleAssignments().of(Worlds.SUBSCRIPTION)).hasSize(before);
    }

    @Test
    void RoleAssignmentExists_theSameRoleTwiceIsRefused() throws Exception {
        browser.signIn(KELLEY, PASSWORD, IAM);
        browser.get(IAM + "/add");
        assertThat(post(Worlds.KELLEY_IN_DEFAULT, OWNER).statusCode()).isEqualTo(200);
        var again = post(Worlds.KELLEY_IN_DEFAULT, OWNER);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(text(again.body())).contains("The role assignment already exists");
    }

    @Test
    void RoleDefinitionNotFound_anUnknownRoleIsShownOnTheFirstStep() throws Exception {
        browser.signIn(KELLEY, PASSWORD, IAM);
        var unknown = browser.get(IAM + "/add?role=" + UUID.randomUUID());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(text(unknown.body())).contains("does not exist").contains("Choose a role");
        browser.get(IAM + "/add");
        var posted = post(Worlds.SAM_READER, UUID.randomUUID().toString());
        assertThat(posted.statusCode()).isEqualTo(409);
        assertThat(text(posted.body())).contains("The role definition");
    }

    @Test
    void AuthorizationFailed_aReaderCanNeitherListNorAssignNorRemove() throws Exception {
        browser.signIn(SAM, PASSWORD, IAM);
        var list = browser.get(IAM);
        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(text(list.body()))
                .contains("is not allowed to perform Microsoft.Authorization/roleAssignments/read");
        browser.get(IAM + "/add");
        int before = ports.roleAssignments().of(Worlds.SUBSCRIPTION).size();
        var assign = post(Worlds.SAM_READER, OWNER);
        assertThat(assign.statusCode()).isEqualTo(403);
        assertThat(text(assign.body())).contains("Microsoft.Authorization/roleAssignments/write");
        var remove = browser.post(IAM + "/remove", "assignment", Worlds.SAM_READER_ASSIGNMENT.toString());
        assertThat(remove.statusCode()).isEqualTo(403);
        assertThat(ports.roleAssignments().of(Worlds.SUBSCRIPTION)).hasSize(before);
    }

    @Test
    void anOwnerRemovesAnAssignment() throws Exception {
        browser.signIn(KELLEY, PASSWORD, IAM);
        browser.get(IAM);
        var removed = browser.post(IAM + "/remove", "assignment", Worlds.SAM_READER_ASSIGNMENT.toString());
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(text(removed.body())).contains("Reader was removed from Sam Reader");
        assertThat(ports.roleAssignments().byId(Worlds.SAM_READER_ASSIGNMENT)).isEmpty();
    }

    @Test
    void theClassicAdministratorsTabListsAndAddsACoAdministratorUnderTheCoresRules() throws Exception {
        browser.signIn(KELLEY, PASSWORD, IAM + "/classic");
        var tab = browser.get(IAM + "/classic");
        assertThat(text(tab.body()))
                .contains("Classic administrators")
                .contains(KELLEY)
                .contains("Service administrator, Account administrator")
                .contains(ALEX)
                .contains("Co-administrator");
        var invalid = browser.post(IAM + "/classic", "email", "not an email");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(text(invalid.body())).contains("Enter a valid email address");
        var outsider = browser.post(IAM + "/classic", "email", MEGAN);
        assertThat(outsider.statusCode()).isEqualTo(409);
        assertThat(text(outsider.body())).contains(MEGAN + " cannot be added");
        var added = browser.post(IAM + "/classic", "email", SAM);
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(text(added.body())).contains(SAM + " is now a co-administrator of Pay-As-You-Go");
        assertThat(ports.coAdministrators().of(Worlds.SUBSCRIPTION)).hasSize(2);
    }

    @Test
    void R15_onlyTheAccountAdministratorChangesTheServiceAdministrator() throws Exception {
        var alex = client();
        alex.signIn(ALEX, PASSWORD, IAM + "/classic");
        var refused = alex.post(IAM + "/classic/service-administrator", "email", ALEX);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(text(refused.body()))
                .contains("Only the account administrator of the subscription can change its service administrator");
        assertThat(serviceAdministrator()).isEqualTo(KELLEY);

        browser.signIn(KELLEY, PASSWORD, IAM + "/classic");
        var notAllowed = browser.post(IAM + "/classic/service-administrator", "email", MEGAN);
        assertThat(notAllowed.statusCode()).isEqualTo(409);
        assertThat(text(notAllowed.body())).contains(MEGAN + " cannot be the service administrator");
        var changed = browser.post(IAM + "/classic/service-administrator", "email", ALEX);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(text(changed.body())).contains(ALEX + " is now the service administrator of Pay-As-You-Go");
        assertThat(serviceAdministrator()).isEqualTo(ALEX);
    }

    private String serviceAdministrator() {
        return ports.subscriptions()
                .byId(Worlds.SUBSCRIPTION)
                .orElseThrow()
                .serviceAdministrator()
                .email()
                .value();
    }

    private java.net.http.HttpResponse<String> post(ObjectId member, String role) throws Exception {
        return assignToUser(IAM, role, member.toString(), UUID.randomUUID().toString());
    }
}
