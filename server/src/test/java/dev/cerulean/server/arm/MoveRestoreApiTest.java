package dev.cerulean.server.arm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST …/changeTenantRequest/restore}: after ARM's two-step change, a caller of the new
 * directory who may write role assignments restores a plan with a mapping; a dry run first, then
 * the run, then a run that changes nothing and says so.
 */
class MoveRestoreApiTest {
    private static final String SUB = "/subscriptions/" + Worlds.SUBSCRIPTION;
    private static final String API = "?api-version=2024-08-01-preview";
    private static final String PLAN = SUB + "/providers/Microsoft.Subscription/changeTenantRequest/plan" + API;
    private static final String RESTORE = SUB + "/providers/Microsoft.Subscription/changeTenantRequest/restore" + API;
    private static final String DIFF = SUB + "/providers/Microsoft.Subscription/changeTenantRequest/diff" + API;
    private static final String REQUEST = SUB + "/providers/Microsoft.Subscription/changeTenantRequest/default" + API;
    private static final String ACCEPT =
            "/providers/Microsoft.Subscription/subscriptions/" + Worlds.SUBSCRIPTION + "/acceptChangeTenant" + API;
    private static final String BODY = "{\"properties\":{\"destinationTenantId\":\"" + Worlds.CONTOSO + "\"}}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArmTestServer arm = new ArmTestServer(ChangeTenantApiTest.linked(Worlds.kelleyWall()));

    @AfterEach
    void stop() {
        arm.close();
    }

    private JsonNode planAndMove() {
        JsonNode plan = arm.send("POST", PLAN, "kelley", BODY).json();
        assertThat(arm.send("PUT", REQUEST, "kelley", BODY).status()).isEqualTo(201);
        assertThat(arm.send("POST", ACCEPT, "kelley-in-contoso", null).status()).isEqualTo(204);
        return plan;
    }

    /** Sam's assignment to Megan of Contoso, the VM's identity enabled again, the automation app unmapped. */
    private static ObjectNode mapping() {
        ObjectNode m = JSON.createObjectNode();
        m.put("format", "1");
        m.put("subscriptionId", Worlds.SUBSCRIPTION.toString());
        var principals = m.putArray("principals");
        principals.addObject().put("id", Worlds.SAM_READER.toString()).put("target", Worlds.MEGAN_BOWEN.toString());
        principals.addObject().put("id", Worlds.VM_WEB_IDENTITY.toString()).put("target", "reenable");
        principals.addObject().put("id", Worlds.DEMO_AUTOMATION_SP.toString()).putNull("target");
        return m;
    }

    private static String request(JsonNode plan, JsonNode mapping, boolean dryRun) {
        ObjectNode body = JSON.createObjectNode();
        body.set("plan", plan);
        body.set("mapping", mapping);
        body.put("dryRun", dryRun);
        return body.toString();
    }

    private static String statusOf(JsonNode report, String targetEnd) {
        for (JsonNode item : report.get("items")) {
            if (item.get("target").asText().endsWith(targetEnd))
                return item.get("status").asText();
        }
        return null;
    }

    @Test
    void aDryRunThenTheRunThenARunThatChangesNothing() {
        JsonNode plan = planAndMove();

        var dry = arm.send("POST", RESTORE, "kelley-in-contoso", request(plan, mapping(), true));
        var run = arm.send("POST", RESTORE, "kelley-in-contoso", request(plan, mapping(), false));
        var again = arm.send("POST", RESTORE, "kelley-in-contoso", request(plan, mapping(), false));

        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().get("dryRun").asBoolean()).isTrue();
        assertThat(dry.json().get("counts")).isEqualTo(run.json().get("counts"));
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(statusOf(run.json(), Worlds.SAM_READER_ASSIGNMENT.toString()))
                .isEqualTo("RESTORED");
        assertThat(statusOf(run.json(), Worlds.AUTOMATION_ASSIGNMENT.toString()))
                .isEqualTo("SKIPPED");
        assertThat(statusOf(run.json(), Worlds.VM_WEB.toString())).isEqualTo("RESTORED");
        assertThat(statusOf(run.json(), Worlds.KV_WEB.toString())).isEqualTo("RESTORED");
        assertThat(arm.ports().roleAssignments().byId(Worlds.SAM_READER_ASSIGNMENT))
                .hasValueSatisfying(a -> assertThat(a.principalId()).isEqualTo(Worlds.MEGAN_BOWEN));
        assertThat(again.json().get("changedNothing").asBoolean()).isTrue();
        assertThat(again.json().at("/counts/RESTORED").asLong()).isZero();
    }

    @Test
    void aUserAssignedIdentityIsReCreatedAndAlexsCoAdministrationGoesToLeeGu() {
        String identity =
                SUB + "/resourceGroups/rg-web/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-web";
        var created = arm.send("PUT", identity + "?api-version=2023-01-31", "kelley", "{\"location\":\"westeurope\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String oldPrincipal = created.json().at("/properties/principalId").asText();
        var attached = arm.send("PUT", Worlds.VM_WEB + "?api-version=2024-03-01", "kelley", """
                {"location":"westeurope","identity":{"type":"SystemAssigned, UserAssigned",
                 "userAssignedIdentities":{"%s":{}}}}""".formatted(identity));
        assertThat(attached.status()).as(attached.body()).isEqualTo(200);
        JsonNode plan = planAndMove();
        JsonNode planned = plan.get("managedIdentities").findParents("type").stream()
                .filter(i -> i.get("type").asText().equals("UserAssigned"))
                .findFirst()
                .orElseThrow();
        assertThat(planned.get("attachedTo").get(0).asText()).isEqualTo(Worlds.VM_WEB.toString());
        ObjectNode mapping = mapping();
        ((com.fasterxml.jackson.databind.node.ArrayNode) mapping.get("principals"))
                .addObject()
                .put("id", oldPrincipal)
                .put("target", "recreate");
        mapping.putArray("coAdministrators")
                .addObject()
                .put("email", "alex.ops@outlook.com")
                .put("target", Worlds.LEE_GU.toString());

        var run = arm.send("POST", RESTORE, "kelley-in-contoso", request(plan, mapping, false));

        assertThat(run.status()).as(run.body()).isEqualTo(200);
        JsonNode recreated = null;
        JsonNode admin = null;
        for (JsonNode item : run.json().get("items")) {
            if (item.get("kind").asText().equals("USER_ASSIGNED_IDENTITY")) recreated = item;
            if (item.get("kind").asText().equals("CO_ADMINISTRATOR")) admin = item;
        }
        assertThat(recreated).isNotNull();
        assertThat(recreated.get("status").asText()).isEqualTo("RESTORED");
        assertThat(recreated.get("restoredAs").asText()).isNotEqualTo(oldPrincipal);
        var now = arm.send("GET", identity + "?api-version=2023-01-31", "kelley-in-contoso", null);
        assertThat(now.json().at("/properties/tenantId").asText()).isEqualTo(Worlds.CONTOSO.toString());
        assertThat(now.json().at("/properties/principalId").asText())
                .isEqualTo(recreated.get("restoredAs").asText());
        assertThat(admin).isNotNull();
        assertThat(admin.get("status").asText()).isEqualTo("RESTORED");
        assertThat(admin.get("target").asText()).endsWith("/classicAdministrators/alex.ops@outlook.com");
        assertThat(arm.ports().coAdministrators().of(Worlds.SUBSCRIPTION))
                .extracting(c -> c.administrator().email().value())
                .containsExactly("lee.gu@contoso.onmicrosoft.com");

        var again = arm.send("POST", RESTORE, "kelley-in-contoso", request(plan, mapping, false));
        assertThat(again.json().get("changedNothing").asBoolean())
                .as(again.body())
                .isTrue();
    }

    @Test
    void InvalidMoveMapping_aCoAdministratorMappedToWhatIsNoObjectId() {
        JsonNode plan = planAndMove();
        ObjectNode mapping = mapping();
        mapping.putArray("coAdministrators")
                .addObject()
                .put("email", "alex.ops@outlook.com")
                .put("target", "Lee");

        var bad = arm.send("POST", RESTORE, "kelley-in-contoso", request(plan, mapping, false));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorCode()).isEqualTo("InvalidMoveMapping");
        assertThat(arm.ports().coAdministrators().of(Worlds.SUBSCRIPTION)).isEmpty();
    }

    @Test
    void theDiffListsWhatIsMissingUntilRestoreLeavesOnlyTheUnmappedOnPurpose() {
        JsonNode plan = planAndMove();
        String body = request(plan, mapping(), false);

        var before = arm.send("POST", DIFF, "kelley-in-contoso", body);
        arm.send("POST", RESTORE, "kelley-in-contoso", body);
        var after = arm.send("POST", DIFF, "kelley-in-contoso", body);

        assertThat(before.status()).as(before.body()).isEqualTo(200);
        assertThat(before.json().get("empty").asBoolean()).isFalse();
        assertThat(before.json().get("principals").findValuesAsText("regained")).containsOnly("MISSING");
        assertThat(after.json().get("empty").asBoolean()).isFalse();
        JsonNode missing = after.json().get("principals");
        for (JsonNode p : missing) {
            boolean automation = p.get("id").asText().equals(Worlds.DEMO_AUTOMATION_SP.toString());
            assertThat(p.get("missesAccess").asBoolean()).as(p.toString()).isEqualTo(automation);
        }
        assertThat(missing.findValuesAsText("regained")).contains("MAPPED", "MISSING");
        // Alex, the co-administrator the change removed, is left unmapped: nobody stands for him
        assertThat(after.json().get("coAdministrators")).singleElement().satisfies(c -> {
            assertThat(c.get("email").asText()).isEqualTo("alex.ops@outlook.com");
            assertThat(c.get("regained").asText()).isEqualTo("MISSING");
        });
    }

    @Test
    void AuthorizationFailed_aMemberOfTheNewDirectoryWithoutTheRightToAssign() {
        JsonNode plan = planAndMove();

        var megan = arm.send("POST", RESTORE, "megan", request(plan, mapping(), false));

        assertThat(megan.status()).isEqualTo(403);
        assertThat(megan.errorCode()).isEqualTo("AuthorizationFailed");
        assertThat(arm.ports().roleAssignments().of(Worlds.SUBSCRIPTION)).isEmpty();
    }

    @Test
    void SubscriptionNotMoved_beforeTheChangeAndABodyWithoutAPlanIsABadRequest() {
        JsonNode plan = arm.send("POST", PLAN, "kelley", BODY).json();

        var early = arm.send("POST", RESTORE, "kelley", request(plan, mapping(), false));
        var noPlan = arm.send("POST", RESTORE, "kelley", "{\"mapping\":{}}");
        var strangeTarget = mapping();
        ((ObjectNode) strangeTarget.get("principals").get(0)).put("target", "somebody");
        var badMapping = arm.send("POST", RESTORE, "kelley", request(plan, strangeTarget, false));

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.errorCode()).isEqualTo("SubscriptionNotMoved");
        assertThat(noPlan.status()).isEqualTo(400);
        assertThat(noPlan.errorCode()).isEqualTo("InvalidMovePlan");
        assertThat(badMapping.status()).isEqualTo(400);
        assertThat(badMapping.errorCode()).isEqualTo("InvalidMoveMapping");
    }
}
