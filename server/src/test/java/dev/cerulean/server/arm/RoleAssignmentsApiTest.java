package dev.cerulean.server.arm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.fixtures.Worlds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RoleAssignmentsApiTest {
    private static final String SUB = "/subscriptions/" + Worlds.SUBSCRIPTION;
    private static final String RG = SUB + "/resourceGroups/rg-web";
    private static final String VM = RG + "/providers/Microsoft.Compute/virtualMachines/vm-web";
    private static final String RA = "/providers/Microsoft.Authorization/roleAssignments/";
    private static final String NEW_ID = "9a000000-0000-4000-8000-000000000001";
    private final ArmTestServer arm = new ArmTestServer();

    @AfterEach
    void stop() {
        arm.close();
    }

    private static String body(String role, Object principal) {
        return "{\"properties\":{\"roleDefinitionId\":\"" + SUB + "/providers/Microsoft.Authorization/roleDefinitions/"
                + role + "\",\"principalId\":\"" + principal
                + "\",\"principalType\":\"User\",\"description\":\"ops\"}}";
    }

    private int assignments() {
        return arm.ports().roleAssignments().countOf(Worlds.SUBSCRIPTION);
    }

    @Test
    void putCreatesWith201ThenTheSamePutAnswers200() {
        String path = SUB + RA + NEW_ID + "?api-version=2022-04-01";
        var created = arm.send(
                "PUT", path, "kelley", body(BuiltInRoles.CONTRIBUTOR.id().toString(), Worlds.SAM_READER));

        assertThat(created.status()).isEqualTo(201);
        var p = created.json().path("properties");
        assertThat(created.json().path("id").asText()).isEqualTo(SUB + RA + NEW_ID);
        assertThat(created.json().path("name").asText()).isEqualTo(NEW_ID);
        assertThat(created.json().path("type").asText()).isEqualTo("Microsoft.Authorization/roleAssignments");
        assertThat(p.path("roleDefinitionId").asText())
                .isEqualTo(SUB + "/providers/Microsoft.Authorization/roleDefinitions/" + BuiltInRoles.CONTRIBUTOR.id());
        assertThat(p.path("principalId").asText()).isEqualTo(Worlds.SAM_READER.toString());
        assertThat(p.path("principalType").asText()).isEqualTo("User");
        assertThat(p.path("scope").asText()).isEqualTo(SUB);
        assertThat(arm.ports()
                        .activityLog()
                        .ofSubscription(Worlds.SUBSCRIPTION)
                        .get(0)
                        .operation())
                .isEqualTo("Microsoft.Authorization/roleAssignments/write");

        var again = arm.send(
                "PUT", path, "kelley", body(BuiltInRoles.CONTRIBUTOR.id().toString(), Worlds.SAM_READER));
        assertThat(again.status()).isEqualTo(200);
        assertThat(arm.get(SUB + RA + NEW_ID, "kelley").json().path("name").asText())
                .isEqualTo(NEW_ID);
    }

    @Test
    void R28_theSameAssignmentUnderAnotherIdIs409RoleAssignmentExistsAndChangesNothing() {
        long version = arm.world.subscription().version();
        int before = assignments();

        var r = arm.send(
                "PUT", RG + RA + NEW_ID, "kelley", body(BuiltInRoles.READER.id().toString(), Worlds.SAM_READER));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.errorCode()).isEqualTo("RoleAssignmentExists");
        assertThat(r.json().path("error").path("message").asText()).contains(Worlds.SAM_READER_ASSIGNMENT.toString());
        assertThat(assignments()).isEqualTo(before);
        assertThat(arm.world.subscription().version()).isEqualTo(version);
    }

    @Test
    void R25_aPrincipalOfAnotherDirectoryIs400AndChangesNothing() {
        int before = assignments();

        var r = arm.send(
                "PUT",
                SUB + RA + NEW_ID,
                "kelley",
                body(BuiltInRoles.READER.id().toString(), Worlds.MEGAN_BOWEN));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("PrincipalNotInDirectory");
        assertThat(assignments()).isEqualTo(before);
    }

    @Test
    void aReaderCannotAssignRoles403AuthorizationFailedNamingCallerActionAndScope() {
        int before = assignments();

        var r = arm.send(
                "PUT", RG + RA + NEW_ID, "sam", body(BuiltInRoles.READER.id().toString(), Worlds.SAM_READER));

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.errorCode()).isEqualTo("AuthorizationFailed");
        assertThat(r.json().path("error").path("message").asText())
                .contains("sam.reader@kelleywalloutlook.onmicrosoft.com")
                .contains(Worlds.SAM_READER.toString())
                .contains("Microsoft.Authorization/roleAssignments/write")
                .contains(RG);
        assertThat(assignments()).isEqualTo(before);
    }

    @Test
    void assignsAtAResourceScopeAndListsItFromTheResourceGroupButNotAtScope() {
        var created = arm.send(
                "PUT", VM + RA + NEW_ID, "kelley", body(BuiltInRoles.READER.id().toString(), Worlds.ALEX_IN_DEFAULT));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("properties").path("scope").asText()).isEqualTo(VM);

        var all =
                arm.get(RG + RA.substring(0, RA.length() - 1), "kelley").json().path("value");
        var atScope = arm.get(RG + "/providers/Microsoft.Authorization/roleAssignments?$filter=atScope()", "kelley")
                .json()
                .path("value");

        assertThat(names(all))
                .contains(NEW_ID, Worlds.SAM_READER_ASSIGNMENT.toString(), Worlds.AUTOMATION_ASSIGNMENT.toString());
        assertThat(names(atScope))
                .doesNotContain(NEW_ID)
                .contains(Worlds.SAM_READER_ASSIGNMENT.toString(), Worlds.AUTOMATION_ASSIGNMENT.toString());
    }

    @Test
    void listFiltersByPrincipalIdAndAssignedTo() {
        String list = SUB + "/providers/Microsoft.Authorization/roleAssignments?$filter=";
        var byPrincipal = arm.get(list + "principalId%20eq%20'" + Worlds.SAM_READER + "'", "kelley")
                .json()
                .path("value");
        var assignedTo = arm.get(list + "atScope()%20and%20assignedTo('" + Worlds.DEMO_AUTOMATION_SP + "')", "kelley")
                .json()
                .path("value");

        assertThat(names(byPrincipal)).containsExactly(Worlds.SAM_READER_ASSIGNMENT.toString());
        assertThat(names(assignedTo)).containsExactly(Worlds.AUTOMATION_ASSIGNMENT.toString());
    }

    @Test
    void anUnsupportedFilterIs400NamingTheFilter() {
        var r = arm.get(
                SUB + "/providers/Microsoft.Authorization/roleAssignments?$filter=principalName%20eq%20'x'", "kelley");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("InvalidFilter");
        assertThat(r.json().path("error").path("target").asText()).isEqualTo("$filter");
    }

    @Test
    void deleteAnswersTheDeletedAssignmentThen204() {
        String path = RG + RA + Worlds.SAM_READER_ASSIGNMENT;

        var deleted = arm.send("DELETE", path, "kelley", null);
        var again = arm.send("DELETE", path, "kelley", null);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("name").asText()).isEqualTo(Worlds.SAM_READER_ASSIGNMENT.toString());
        assertThat(again.status()).isEqualTo(204);
        assertThat(arm.get(path, "kelley").status()).isEqualTo(404);
        assertThat(arm.get(path, "kelley").errorCode()).isEqualTo("RoleAssignmentNotFound");
    }

    @Test
    void anIdThatStartsWithASlashIsTheSameRouteAsTheSdkSendsIt() {
        var r = arm.get("/" + RG + RA + Worlds.SAM_READER_ASSIGNMENT, "kelley");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("properties").path("scope").asText()).isEqualTo(RG);
    }

    @Test
    void pagesOfAtMost100WithAbsoluteNextLinksCoverEveryAssignment() {
        var ports = arm.ports();
        for (int i = 0; i < 230; i++) {
            ports.roleAssignments()
                    .add(new dev.cerulean.core.access.RoleAssignment(
                            dev.cerulean.core.common.RoleAssignmentId.of(
                                    String.format("9b000000-0000-4000-8000-%012d", i)),
                            dev.cerulean.core.common.Scope.subscription(Worlds.SUBSCRIPTION),
                            Worlds.ALEX_IN_DEFAULT,
                            dev.cerulean.core.access.RoleAssignment.PrincipalType.User,
                            BuiltInRoles.READER.id(),
                            Worlds.DEFAULT_DIRECTORY,
                            Worlds.NOW.plusSeconds(i),
                            "test"));
        }
        Set<String> seen = new HashSet<>();
        String next = SUB + "/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01";
        int pages = 0;
        while (next != null) {
            var page = arm.get(next, "kelley");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().path("value").size()).isLessThanOrEqualTo(100);
            seen.addAll(names(page.json().path("value")));
            next = page.json().has("nextLink") ? page.json().path("nextLink").asText() : null;
            if (next != null)
                assertThat(next).startsWith(arm.base() + "/subscriptions/").contains("api-version=2022-04-01");
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(232);
    }

    private static List<String> names(com.fasterxml.jackson.databind.JsonNode value) {
        List<String> out = new ArrayList<>();
        value.forEach(v -> out.add(v.path("name").asText()));
        return out;
    }
}
