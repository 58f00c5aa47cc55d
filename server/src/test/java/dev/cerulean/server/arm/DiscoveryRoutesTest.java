package dev.cerulean.server.arm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cerulean.core.fixtures.Worlds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The routes tools call first: locations, resource providers, and the resources a caller may read. */
class DiscoveryRoutesTest {
    private static final String SUB = "/subscriptions/" + Worlds.SUBSCRIPTION;
    private final ArmTestServer arm = new ArmTestServer();

    @AfterEach
    void stop() {
        arm.close();
    }

    private static List<String> names(JsonNode list, String field) {
        List<String> out = new ArrayList<>();
        list.path("value").forEach(v -> out.add(v.path(field).asText()));
        return out;
    }

    @Test
    void locationsAreAzuresRegionsForAnyoneWithARole() {
        var list = arm.get(SUB + "/locations?api-version=2022-12-01", "sam");

        assertThat(list.status()).isEqualTo(200);
        assertThat(names(list.json(), "name")).contains("westeurope", "swedencentral", "eastus");
        JsonNode westEurope =
                list.json().path("value").get(names(list.json(), "name").indexOf("westeurope"));
        assertThat(westEurope.path("id").asText()).isEqualTo(SUB + "/locations/westeurope");
        assertThat(westEurope.path("displayName").asText()).isEqualTo("West Europe");
        assertThat(westEurope
                        .path("metadata")
                        .path("pairedRegion")
                        .get(0)
                        .path("name")
                        .asText())
                .isEqualTo("northeurope");
    }

    @Test
    void providersAreListedShownAndRegisteredByThoseWhoMay() {
        assertThat(names(arm.get("/providers", "kelley").json(), "namespace"))
                .contains("Microsoft.Resources", "Microsoft.Authorization", "Microsoft.KeyVault");
        var shown = arm.get(SUB + "/providers/microsoft.keyvault", "sam");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().path("namespace").asText()).isEqualTo("Microsoft.KeyVault");
        assertThat(shown.json().path("registrationState").asText()).isEqualTo("Registered");
        assertThat(shown.json()
                        .path("resourceTypes")
                        .get(0)
                        .path("resourceType")
                        .asText())
                .isEqualTo("vaults");

        var unknown = arm.get(SUB + "/providers/Contoso.Widgets", "kelley");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("InvalidResourceNamespace");

        assertThat(arm.send("POST", SUB + "/providers/Microsoft.KeyVault/register", "kelley", null)
                        .status())
                .isEqualTo(200);
        var reader = arm.send("POST", SUB + "/providers/Microsoft.KeyVault/register", "sam", null);
        assertThat(reader.status()).isEqualTo(403);
        assertThat(reader.errorCode()).isEqualTo("AuthorizationFailed");
    }

    @Test
    void resourcesAreListedToThoseWhoMayReadThem() {
        var all = arm.get(SUB + "/resources", "kelley");
        assertThat(all.status()).isEqualTo(200);
        assertThat(names(all.json(), "id")).contains(Worlds.KV_WEB.toString(), Worlds.VM_WEB.toString());
        JsonNode vm = all.json().path("value").get(names(all.json(), "id").indexOf(Worlds.VM_WEB.toString()));
        assertThat(vm.path("type").asText()).isEqualTo("Microsoft.Compute/virtualMachines");
        assertThat(vm.path("identity").path("type").asText()).isEqualTo("SystemAssigned");

        var inGroup = arm.get(SUB + "/resourcegroups/rg-web/resources", "kelley");
        assertThat(names(inGroup.json(), "id")).containsExactlyInAnyOrderElementsOf(names(all.json(), "id"));
        assertThat(arm.get(SUB + "/resourcegroups/rg-none/resources", "kelley").errorCode())
                .isEqualTo("ResourceGroupNotFound");
    }
}
