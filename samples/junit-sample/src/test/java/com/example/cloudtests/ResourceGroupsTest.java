package com.example.cloudtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azure.resourcemanager.resources.ResourceManager;
import dev.cerulean.junit.Cerulean;
import dev.cerulean.junit.CeruleanTestEnvironment;
import dev.cerulean.junit.azure.CeruleanAzure;
import org.junit.jupiter.api.Test;

/** The README's example: the demo world, an app's client secret, the Azure SDK's resource manager. */
@Cerulean(world = "demo")
class ResourceGroupsTest {

    @Test
    void theAutomationAppSeesTheDemoResourceGroup(CeruleanTestEnvironment cerulean) {
        CeruleanAzure azure = cerulean.azure();
        ResourceManager arm = ResourceManager.configure()
                .withHttpClient(azure.httpClient())
                .authenticate(azure.credential("demo-automation"), azure.profile("Pay-As-You-Go"))
                .withSubscription(cerulean.subscriptionId("Pay-As-You-Go"));

        assertTrue(arm.resourceGroups().contain("rg-web"));
        assertEquals("westeurope", arm.resourceGroups().getByName("rg-web").regionName());
    }
}
