package com.example.cloudtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.azure.core.management.exception.ManagementException;
import com.azure.resourcemanager.resources.ResourceManager;
import dev.cerulean.junit.Cerulean;
import dev.cerulean.junit.CeruleanTestEnvironment;
import dev.cerulean.junit.azure.CeruleanAzure;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The sample's own world file, and plain values for clients that are not the Azure SDK. */
@Cerulean(world = "team-world.yaml")
class TeamWorldTest {
    CeruleanTestEnvironment cerulean; // injected

    @Test
    void theDeployerReadsItsResourceGroupAndNothingElse() {
        CeruleanAzure azure = cerulean.azure();
        ResourceManager arm = ResourceManager.configure()
                .withHttpClient(azure.httpClient())
                .authenticate(azure.credential("northwind-deployer"), azure.profile("Northwind Production"))
                .withSubscription(cerulean.subscriptionId("Northwind Production"));

        assertEquals("rg-shop", arm.resourceGroups().getByName("rg-shop").name());
        // Contributor on rg-shop only: creating another group is refused, as Azure refuses it
        ManagementException refused = assertThrows(ManagementException.class, () -> arm.resourceGroups()
                .define("rg-other")
                .withRegion("westeurope")
                .create());
        assertEquals(403, refused.getResponse().getStatusCode());
    }

    @Test
    void plainHttpsClientsGetTheTrustMaterial() throws Exception {
        var discovery = HttpRequest.newBuilder(URI.create(cerulean.msalAuthority(cerulean.tenantId("Northwind"))
                        + "v2.0/.well-known/openid-configuration"))
                .build();
        HttpResponse<String> answer = cerulean.httpClient().send(discovery, HttpResponse.BodyHandlers.ofString());

        assertEquals(200, answer.statusCode());
        assertEquals(true, answer.body().contains(cerulean.tenantId("Northwind")));
    }
}
