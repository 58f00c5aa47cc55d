package dev.cerulean.server.arm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResourceGroupsApiTest {
    private static final String SUB = "/subscriptions/" + Worlds.SUBSCRIPTION;
    private final ArmTestServer arm = new ArmTestServer();

    @AfterEach
    void stop() {
        arm.close();
    }

    @Test
    void headPutGetPatchListAndDeleteAGroup() {
        String path = SUB + "/resourcegroups/rg-data?api-version=2024-03-01";
        assertThat(arm.send("HEAD", path, "kelley", null).status()).isEqualTo(404);

        var created = arm.send("PUT", path, "kelley", "{\"location\":\"West Europe\",\"tags\":{\"env\":\"dev\"}}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("id").asText()).isEqualTo(SUB + "/resourceGroups/rg-data");
        assertThat(created.json().path("location").asText()).isEqualTo("westeurope");
        assertThat(created.json().path("properties").path("provisioningState").asText())
                .isEqualTo("Succeeded");
        assertThat(arm.send("PUT", path, "kelley", "{\"location\":\"westeurope\"}")
                        .status())
                .isEqualTo(200);
        assertThat(arm.send("HEAD", path, "kelley", null).status()).isEqualTo(204);

        var patched = arm.send("PATCH", SUB + "/resourceGroups/RG-DATA", "kelley", "{\"tags\":{\"env\":\"prod\"}}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().path("tags").path("env").asText()).isEqualTo("prod");
        assertThat(arm.get(SUB + "/resourceGroups/rg-data", "kelley")
                        .json()
                        .path("tags")
                        .path("env")
                        .asText())
                .isEqualTo("prod");

        var list = arm.get(SUB + "/resourcegroups?$top=1", "kelley");
        assertThat(list.json().path("value")).hasSize(1);
        assertThat(list.json().path("nextLink").asText()).startsWith(arm.base()).contains("$skiptoken=1");
        assertThat(arm.get(list.json().path("nextLink").asText(), "kelley")
                        .json()
                        .path("value")
                        .get(0)
                        .path("name")
                        .asText())
                .isEqualTo("rg-web");

        assertThat(arm.send("DELETE", path, "kelley", null).status()).isEqualTo(200);
        assertThat(arm.ports().resourceGroups().byName(Worlds.SUBSCRIPTION, "rg-data"))
                .isEmpty();
        assertThat(arm.send("DELETE", path, "kelley", null).errorCode()).isEqualTo("ResourceGroupNotFound");
    }

    @Test
    void aReaderOfOneGroupListsOnlyThatGroupAndCannotCreate() {
        arm.send("PUT", SUB + "/resourcegroups/rg-data", "kelley", "{\"location\":\"westeurope\"}");
        long version = arm.world.subscription().version();

        var list = arm.get(SUB + "/resourcegroups", "sam");
        var put = arm.send("PUT", SUB + "/resourcegroups/rg-sam", "sam", "{\"location\":\"westeurope\"}");

        assertThat(list.json().path("value")).hasSize(1);
        assertThat(list.json().path("value").get(0).path("name").asText()).isEqualTo("rg-web");
        assertThat(put.status()).isEqualTo(403);
        assertThat(put.errorCode()).isEqualTo("AuthorizationFailed");
        assertThat(arm.world.subscription().version()).isEqualTo(version);
    }

    @Test
    void malformedNamesAndBodiesAre400NamingTheFieldAndChangeNothing() {
        long version = arm.world.subscription().version();

        var badName = arm.send("PUT", SUB + "/resourcegroups/bad%21name", "kelley", "{\"location\":\"westeurope\"}");
        var noLocation = arm.send("PUT", SUB + "/resourcegroups/rg-x", "kelley", "{}");
        var notJson = arm.send("PUT", SUB + "/resourcegroups/rg-x", "kelley", "{location:");
        var badTags =
                arm.send("PUT", SUB + "/resourcegroups/rg-x", "kelley", "{\"location\":\"westeurope\",\"tags\":[1]}");
        var badTop = arm.get(SUB + "/resourcegroups?$top=zero", "kelley");

        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.json().path("error").path("target").asText()).isEqualTo("resourceGroupName");
        assertThat(noLocation.json().path("error").path("target").asText()).isEqualTo("location");
        assertThat(notJson.errorCode()).isEqualTo("InvalidRequestContent");
        assertThat(badTags.errorCode()).isEqualTo("InvalidTag");
        assertThat(badTop.errorCode()).isEqualTo("InvalidTop");
        assertThat(arm.world.subscription().version()).isEqualTo(version);
    }

    @Test
    void aMissingGroupIs404() {
        var r = arm.get(SUB + "/resourceGroups/rg-none", "kelley");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorCode()).isEqualTo("ResourceGroupNotFound");
    }

    @Test
    void permissionsListWhatTheCallerMayDoAtEachScope() {
        var owner = arm.get(SUB + "/providers/Microsoft.Authorization/permissions", "kelley")
                .json()
                .path("value");
        var samAtGroup = arm.get(SUB + "/resourceGroups/rg-web/providers/Microsoft.Authorization/permissions", "sam")
                .json()
                .path("value");
        var samAtSubscription = arm.get(SUB + "/providers/Microsoft.Authorization/permissions", "sam")
                .json()
                .path("value");
        var automationAtVm = arm.get(
                        SUB + "/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachines/vm-web"
                                + "/providers/Microsoft.Authorization/permissions",
                        "automation")
                .json()
                .path("value");

        assertThat(owner.get(0).path("actions").get(0).asText()).isEqualTo("*");
        assertThat(samAtGroup.get(0).path("actions").get(0).asText()).isEqualTo("*/read");
        assertThat(samAtSubscription).isEmpty();
        assertThat(automationAtVm.get(0).path("notActions").toString()).contains("Microsoft.Authorization/*/Write");
    }
}
