package dev.cerulean.server.arm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.fixtures.Worlds;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** properties.description of role assignments: kept, answered everywhere, null when none, refused when too long. */
class RoleAssignmentDescriptionApiTest {
    private static final String SUB = "/subscriptions/" + Worlds.SUBSCRIPTION;
    private static final String RA = "/providers/Microsoft.Authorization/roleAssignments/";
    private static final String NEW_ID = "9a000000-0000-4000-8000-000000000002";
    private static final String PATH = SUB + RA + NEW_ID + "?api-version=2022-04-01";
    private final ArmTestServer arm = new ArmTestServer();

    @AfterEach
    void stop() {
        arm.close();
    }

    private static String body(String descriptionJson) {
        return "{\"properties\":{\"roleDefinitionId\":\"" + SUB + "/providers/Microsoft.Authorization/roleDefinitions/"
                + BuiltInRoles.CONTRIBUTOR.id() + "\",\"principalId\":\"" + Worlds.SAM_READER
                + "\",\"principalType\":\"User\""
                + (descriptionJson == null ? "" : ",\"description\":" + descriptionJson) + "}}";
    }

    private JsonNode listed(String id) {
        var list = arm.get(SUB + "/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01", "kelley");
        for (JsonNode a : list.json().path("value")) if (a.path("name").asText().equals(id)) return a;
        throw new AssertionError("not listed: " + id);
    }

    @Test
    void aPutWithADescriptionKeepsItAndEveryAnswerCarriesIt() {
        var created = arm.send("PUT", PATH, "kelley", body("\"Sam deploys the web app – ändringar \\\"quoted\\\"\""));
        var got = arm.get(PATH, "kelley");

        assertThat(created.status()).isEqualTo(201);
        String expected = "Sam deploys the web app – ändringar \"quoted\"";
        assertThat(created.json().path("properties").path("description").asText())
                .isEqualTo(expected);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().path("properties").path("description").asText()).isEqualTo(expected);
        assertThat(listed(NEW_ID).path("properties").path("description").asText())
                .isEqualTo(expected);
        assertThat(arm.ports()
                        .roleAssignments()
                        .byId(dev.cerulean.core.common.RoleAssignmentId.of(NEW_ID))
                        .orElseThrow()
                        .description())
                .isEqualTo(expected);

        var deleted = arm.send("DELETE", PATH, "kelley", null);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("properties").path("description").asText())
                .isEqualTo(expected);
    }

    @Test
    void anAssignmentWithoutDescriptionAnswersNull() {
        var created = arm.send("PUT", PATH, "kelley", body(null));
        var demo = arm.get(SUB + "/resourceGroups/rg-web" + RA + Worlds.SAM_READER_ASSIGNMENT, "kelley");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("properties").has("description")).isTrue();
        assertThat(created.json().path("properties").path("description").isNull())
                .isTrue();
        assertThat(demo.json().path("properties").path("description").isNull()).isTrue();
        assertThat(listed(NEW_ID).path("properties").path("description").isNull())
                .isTrue();
    }

    @Test
    void putAgainWithAnotherDescriptionReplacesItWith200() {
        arm.send("PUT", PATH, "kelley", body("\"first\""));
        long version = arm.world.subscription().version();

        var again = arm.send("PUT", PATH, "kelley", body("\"second\""));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("properties").path("description").asText()).isEqualTo("second");
        assertThat(arm.get(PATH, "kelley")
                        .json()
                        .path("properties")
                        .path("description")
                        .asText())
                .isEqualTo("second");
        assertThat(arm.world.subscription().version()).isEqualTo(version + 1);
    }

    @Test
    void RoleAssignmentDescriptionTooLong_isA400NamingTheFieldAndNothingIsStored() {
        long version = arm.world.subscription().version();
        int before = arm.ports().roleAssignments().countOf(Worlds.SUBSCRIPTION);
        int logged =
                arm.ports().activityLog().ofSubscription(Worlds.SUBSCRIPTION).size();

        var r = arm.send("PUT", PATH, "kelley", body("\"" + "d".repeat(RoleAssignment.DESCRIPTION_LIMIT + 1) + "\""));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("RoleAssignmentDescriptionTooLong");
        assertThat(r.json().path("error").path("target").asText()).isEqualTo("properties.description");
        assertThat(r.json().path("error").path("message").asText())
                .contains("2049")
                .contains("2048");
        assertThat(arm.get(PATH, "kelley").status()).isEqualTo(404);
        assertThat(arm.ports().roleAssignments().countOf(Worlds.SUBSCRIPTION)).isEqualTo(before);
        assertThat(arm.world.subscription().version()).isEqualTo(version);
        assertThat(arm.ports().activityLog().ofSubscription(Worlds.SUBSCRIPTION))
                .hasSize(logged);
    }

    @Test
    void aDescriptionOfExactlyTheLimitIsKept() {
        String longest = "d".repeat(RoleAssignment.DESCRIPTION_LIMIT);

        var r = arm.send("PUT", PATH, "kelley", body("\"" + longest + "\""));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("properties").path("description").asText()).isEqualTo(longest);
    }

    @Test
    void aDescriptionThatIsNotAStringIs400() {
        for (String bad : List.of("42", "{\"a\":1}", "[\"x\"]")) {
            var r = arm.send("PUT", PATH, "kelley", body(bad));

            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.errorCode()).as(bad).isEqualTo("InvalidRequestContent");
        }
        assertThat(arm.get(PATH, "kelley").status()).isEqualTo(404);
    }
}
