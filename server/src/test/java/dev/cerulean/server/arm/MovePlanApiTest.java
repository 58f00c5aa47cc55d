package dev.cerulean.server.arm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cerulean.core.fixtures.Worlds;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST …/changeTenantRequest/plan}: an Owner's plan of the directory change, in the shape
 * docs/move-plan.schema.json describes (validated here, so the schema stays true).
 */
class MovePlanApiTest {
    private static final String SUB = "/subscriptions/" + Worlds.SUBSCRIPTION;
    private static final String PLAN =
            SUB + "/providers/Microsoft.Subscription/changeTenantRequest/plan?api-version=2024-08-01-preview";
    private static final String BODY = "{\"properties\":{\"destinationTenantId\":\"" + Worlds.CONTOSO + "\"}}";

    private final ArmTestServer arm = new ArmTestServer(ChangeTenantApiTest.linked(Worlds.kelleyWall()));

    @AfterEach
    void stop() {
        arm.close();
    }

    private static Schema schema() throws Exception {
        String text = Files.readString(Path.of("..", "docs", "move-plan.schema.json"));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(text);
    }

    @Test
    void anOwnerGetsThePlanInTheDocumentedShape() throws Exception {
        var reply = arm.send("POST", PLAN, "kelley", BODY);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode plan = reply.json();
        assertThat(schema().validate(plan)).isEmpty();
        assertThat(plan.get("format").asText()).isEqualTo("1");
        assertThat(plan.get("destinationTenantId").asText()).isEqualTo(Worlds.CONTOSO.toString());
        assertThat(plan.get("subscription").get("version").asLong())
                .isEqualTo(arm.world.subscription().version());
        assertThat(plan.get("roleAssignments").findValuesAsText("name"))
                .contains(Worlds.SAM_READER_ASSIGNMENT.toString(), Worlds.AUTOMATION_ASSIGNMENT.toString());
        assertThat(plan.get("keyVaults").get(0).get("resourceId").asText()).isEqualTo(Worlds.KV_WEB.toString());
        assertThat(plan.get("managedIdentities").get(0).get("type").asText()).isEqualTo("SystemAssigned");
    }

    @Test
    void aUserAssignedIdentityIsPlannedWithTheResourcesThatCarryIt() throws Exception {
        String identity =
                SUB + "/resourceGroups/rg-web/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-web";
        assertThat(arm.send("PUT", identity + "?api-version=2023-01-31", "kelley", "{\"location\":\"westeurope\"}")
                        .status())
                .isEqualTo(201);
        assertThat(arm.send("PUT", Worlds.VM_WEB + "?api-version=2024-03-01", "kelley", """
                                {"location":"westeurope","identity":{"type":"SystemAssigned, UserAssigned",
                                 "userAssignedIdentities":{"%s":{}}}}""".formatted(identity))
                        .status())
                .isEqualTo(200);

        JsonNode plan = arm.send("POST", PLAN, "kelley", BODY).json();

        assertThat(schema().validate(plan)).isEmpty();
        JsonNode planned = null;
        for (JsonNode i : plan.get("managedIdentities")) {
            if (i.get("type").asText().equals("UserAssigned")) planned = i;
            else assertThat(i.has("attachedTo")).isFalse();
        }
        assertThat(planned).isNotNull();
        assertThat(planned.get("attachedTo").get(0).asText()).isEqualTo(Worlds.VM_WEB.toString());
        assertThat(dev.cerulean.server.plan.MovePlanReader.read(plan.toString()).managedIdentities().stream()
                        .filter(i -> !i.systemAssigned())
                        .findFirst()
                        .orElseThrow()
                        .attachedTo())
                .containsExactly(Worlds.VM_WEB);
    }

    @Test
    void theSchemaRefusesWhatThePlanIsNot() throws Exception {
        JsonNode plan = arm.send("POST", PLAN, "kelley", BODY).json();
        var tampered = (com.fasterxml.jackson.databind.node.ObjectNode) plan.deepCopy();
        tampered.put("unexpected", true);
        tampered.put("format", "2");

        assertThat(schema().validate(tampered)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aStalePlanCannotStartTheChange() {
        long planned = arm.send("POST", PLAN, "kelley", BODY)
                .json()
                .get("subscription")
                .get("version")
                .asLong();
        // the subscription changes after the plan was made
        arm.send(
                "PUT",
                SUB + "/resourcegroups/rg-after-plan?api-version=2024-03-01",
                "kelley",
                "{\"location\":\"westeurope\"}");
        String request =
                SUB + "/providers/Microsoft.Subscription/changeTenantRequest/default?api-version=2024-08-01-preview";

        var stale = arm.send("PUT", request, "kelley", BODY, java.util.Map.of("If-Match", "\"" + planned + "\""));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().at("/error/code").asText()).isEqualTo("PreconditionFailed");
        long fresh = arm.send("POST", PLAN, "kelley", BODY)
                .json()
                .get("subscription")
                .get("version")
                .asLong();
        assertThat(arm.send("PUT", request, "kelley", BODY, java.util.Map.of("If-Match", "\"" + fresh + "\""))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aReaderIsRefusedAndABadTenantIsABadRequest() {
        var reader = arm.send("POST", PLAN, "sam", BODY);
        var bad = arm.send("POST", PLAN, "kelley", "{\"properties\":{\"destinationTenantId\":\"nope\"}}");

        assertThat(reader.status()).isEqualTo(403);
        assertThat(reader.json().at("/error/code").asText()).isEqualTo("RequiresOwner");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/error/code").asText()).isEqualTo("InvalidDestinationTenantId");
    }
}
