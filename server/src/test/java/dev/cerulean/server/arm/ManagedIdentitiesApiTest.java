package dev.cerulean.server.arm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Microsoft.ManagedIdentity/userAssignedIdentities and system-assigned identities over ARM. */
class ManagedIdentitiesApiTest {
    private static final String SUB = "/subscriptions/" + Worlds.SUBSCRIPTION;
    private static final String IDENTITIES =
            SUB + "/resourceGroups/rg-web/providers/Microsoft.ManagedIdentity/userAssignedIdentities";
    private static final String ID_WEB = IDENTITIES + "/id-web";
    private static final String VERSION = "?api-version=2023-01-31";
    private final ArmTestServer arm = new ArmTestServer();

    @AfterEach
    void stop() {
        arm.close();
    }

    @Test
    void aUserAssignedIdentityIsPutGotListedAndDeletedInArmsShape() {
        var created = arm.send(
                "PUT", ID_WEB + VERSION, "kelley", "{\"location\":\"westeurope\",\"tags\":{\"env\":\"prod\"}}");

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.path("id").asText()).isEqualTo(ID_WEB);
        assertThat(body.path("name").asText()).isEqualTo("id-web");
        assertThat(body.path("type").asText()).isEqualTo("Microsoft.ManagedIdentity/userAssignedIdentities");
        assertThat(body.path("location").asText()).isEqualTo("westeurope");
        assertThat(body.path("tags").path("env").asText()).isEqualTo("prod");
        JsonNode properties = body.path("properties");
        assertThat(properties.path("tenantId").asText()).isEqualTo(Worlds.DEFAULT_DIRECTORY.toString());
        assertThat(ObjectId.parse(properties.path("principalId").asText())).isPresent();
        assertThat(ObjectId.parse(properties.path("clientId").asText())).isPresent();
        assertThat(body.has("identity")).isFalse();

        var again = arm.send(
                "PUT",
                ID_WEB + "?api-version=2018-11-30",
                "kelley",
                "{\"location\":\"westeurope\",\"tags\":{\"env\":\"prod\"}}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(body);
        assertThat(arm.get(ID_WEB.toUpperCase().replace("/SUBSCRIPTIONS/", "/subscriptions/") + VERSION, "kelley")
                        .json())
                .isEqualTo(body);
        assertThat(arm.get(IDENTITIES + VERSION, "kelley").json().path("value")).containsExactly(body);
        assertThat(arm.get(SUB + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities" + VERSION, "kelley")
                        .json()
                        .path("value"))
                .containsExactly(body);
        // a reader of the subscription reads it too, but may not change it
        assertThat(arm.get(ID_WEB, "sam").status()).isEqualTo(200);
        assertThat(arm.send("DELETE", ID_WEB, "sam", null).errorCode()).isEqualTo("AuthorizationFailed");

        assertThat(arm.send("DELETE", ID_WEB + VERSION, "kelley", null).status())
                .isEqualTo(200);
        assertThat(arm.get(ID_WEB, "kelley").errorCode()).isEqualTo("ResourceNotFound");
        assertThat(arm.send("DELETE", ID_WEB, "kelley", null).status()).isEqualTo(204);
    }

    @Test
    void theIdentityHoldsARoleAsAServicePrincipalAndLosesItWithTheIdentity() {
        String principal = arm.send("PUT", ID_WEB, "kelley", "{\"location\":\"westeurope\"}")
                .json()
                .path("properties")
                .path("principalId")
                .asText();
        String assignment =
                SUB + "/providers/Microsoft.Authorization/roleAssignments/0a000000-0000-4000-8000-0000000000e1";
        String reader = SUB + "/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7";

        var assigned = arm.send(
                "PUT",
                assignment,
                "kelley",
                "{\"properties\":{\"roleDefinitionId\":\"" + reader + "\",\"principalId\":\"" + principal
                        + "\",\"principalType\":\"ServicePrincipal\"}}");
        assertThat(assigned.status()).isEqualTo(201);
        assertThat(assigned.json().path("properties").path("principalType").asText())
                .isEqualTo("ServicePrincipal");

        arm.send("DELETE", ID_WEB, "kelley", null);
        assertThat(arm.get(assignment, "kelley").status()).isEqualTo(404);
    }

    @Test
    void aVirtualMachineGetsASystemAssignedIdentityAndGivesItUp() {
        String vm = SUB
                + "/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachines/vm-api?api-version=2024-03-01";

        var created = arm.send(
                "PUT",
                vm,
                "kelley",
                "{\"location\":\"westeurope\",\"identity\":{\"type\":\"SystemAssigned\"},\"properties\":{\"hardwareProfile\":{\"vmSize\":\"Standard_B1s\"}}}");

        assertThat(created.status()).isEqualTo(201);
        JsonNode identity = created.json().path("identity");
        assertThat(identity.path("type").asText()).isEqualTo("SystemAssigned");
        assertThat(identity.path("tenantId").asText()).isEqualTo(Worlds.DEFAULT_DIRECTORY.toString());
        assertThat(ObjectId.parse(identity.path("principalId").asText())).isPresent();
        assertThat(arm.send(
                                "PUT",
                                vm,
                                "kelley",
                                "{\"location\":\"westeurope\",\"identity\":{\"type\":\"systemassigned\"}}")
                        .json()
                        .path("identity"))
                .isEqualTo(identity);

        var off = arm.send("PUT", vm, "kelley", "{\"location\":\"westeurope\",\"identity\":{\"type\":\"None\"}}");
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.json().has("identity")).isFalse();
        // the listing of resources shows what the resource now is
        assertThat(arm.get(SUB + "/resources", "kelley").json().path("value"))
                .anySatisfy(r -> assertThat(r.path("name").asText()).isEqualTo("vm-api"));
    }

    @Test
    void aVirtualMachineCarriesUserAssignedIdentitiesWithTheirIdsInArmsShape() {
        JsonNode identity = arm.send("PUT", ID_WEB + VERSION, "kelley", "{\"location\":\"westeurope\"}")
                .json()
                .path("properties");
        String vm =
                SUB + "/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachines/vm-ua?api-version=2024-03-01";

        var both = arm.send("PUT", vm, "kelley", """
                {"location":"westeurope","identity":{"type":"SystemAssigned, UserAssigned",
                 "userAssignedIdentities":{"%s":{}}}}""".formatted(ID_WEB));

        assertThat(both.status()).as(both.body()).isEqualTo(201);
        JsonNode wire = both.json().path("identity");
        assertThat(wire.path("type").asText()).isEqualTo("SystemAssigned, UserAssigned");
        assertThat(ObjectId.parse(wire.path("principalId").asText())).isPresent();
        JsonNode attached = wire.path("userAssignedIdentities").path(ID_WEB);
        assertThat(attached.path("principalId").asText())
                .isEqualTo(identity.path("principalId").asText());
        assertThat(attached.path("clientId").asText())
                .isEqualTo(identity.path("clientId").asText());
        assertThat(arm.get(vm, "kelley").json()).isEqualTo(both.json());
        // the generic resource list shows the same identity block
        JsonNode listed = null;
        for (JsonNode r : arm.get(SUB + "/resources?api-version=2021-04-01", "kelley")
                .json()
                .path("value")) {
            if (r.path("name").asText().equals("vm-ua")) listed = r;
        }
        assertThat(listed).isNotNull();
        assertThat(listed.path("identity")).isEqualTo(wire);

        var userOnly = arm.send("PUT", vm, "kelley", """
                {"location":"westeurope","identity":{"type":"UserAssigned","userAssignedIdentities":{"%s":{}}}}""".formatted(ID_WEB));
        assertThat(userOnly.json().path("identity").path("type").asText()).isEqualTo("UserAssigned");
        assertThat(userOnly.json().path("identity").has("principalId")).isFalse();

        var missing = arm.send("PUT", vm, "kelley", """
                {"location":"westeurope","identity":{"type":"UserAssigned","userAssignedIdentities":{"%s":{}}}}""".formatted(IDENTITIES + "/id-none"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorCode()).isEqualTo("UserAssignedIdentityNotFound");
        var notAnId = arm.send("PUT", vm, "kelley", """
                {"location":"westeurope","identity":{"type":"UserAssigned","userAssignedIdentities":{"not-an-id":{}}}}""");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(arm.get(vm, "kelley").json()).isEqualTo(userOnly.json());
    }

    @Test
    void badInputIsA400NamingTheField() {
        var noLocation = arm.send("PUT", ID_WEB, "kelley", "{\"tags\":{}}");
        assertThat(noLocation.status()).isEqualTo(400);
        assertThat(noLocation.errorCode()).isEqualTo("LocationRequired");
        assertThat(noLocation.json().path("error").path("target").asText()).isEqualTo("location");

        var userAssignedWithoutIdentities = arm.send(
                "PUT",
                SUB + "/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachines/vm-x",
                "kelley",
                "{\"location\":\"westeurope\",\"identity\":{\"type\":\"UserAssigned\"}}");
        assertThat(userAssignedWithoutIdentities.status()).isEqualTo(400);
        assertThat(userAssignedWithoutIdentities.errorCode()).isEqualTo("InvalidUserAssignedIdentities");
        var unknownType = arm.send(
                "PUT",
                SUB + "/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachines/vm-x",
                "kelley",
                "{\"location\":\"westeurope\",\"identity\":{\"type\":\"Borrowed\"}}");
        assertThat(unknownType.errorCode()).isEqualTo("InvalidIdentityType");

        var systemOnIdentity = arm.send(
                "PUT", ID_WEB, "kelley", "{\"location\":\"westeurope\",\"identity\":{\"type\":\"SystemAssigned\"}}");
        assertThat(systemOnIdentity.errorCode()).isEqualTo("InvalidIdentityType");

        var moved = arm.send("PUT", ID_WEB, "kelley", "{\"location\":\"westeurope\"}");
        assertThat(moved.status()).isEqualTo(201);
        assertThat(arm.send("PUT", ID_WEB, "kelley", "{\"location\":\"northeurope\"}")
                        .errorCode())
                .isEqualTo("InvalidLocation");

        assertThat(arm.send("PUT", IDENTITIES + "/bad%20name", "kelley", "{\"location\":\"westeurope\"}")
                        .errorCode())
                .isEqualTo("InvalidName");
        assertThat(arm.send(
                                "PUT",
                                SUB
                                        + "/resourceGroups/rg-none/providers/Microsoft.ManagedIdentity/userAssignedIdentities/x",
                                "kelley",
                                "{\"location\":\"westeurope\"}")
                        .errorCode())
                .isEqualTo("ResourceGroupNotFound");
        assertThat(arm.send("PUT", ID_WEB, "kelley", "[]").errorCode()).isEqualTo("InvalidRequestContent");
    }
}
