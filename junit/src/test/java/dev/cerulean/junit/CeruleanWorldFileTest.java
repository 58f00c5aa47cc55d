package dev.cerulean.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.models.ResourceGroup;
import dev.cerulean.junit.azure.CeruleanAzure;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** A world file from the test class path, with ids the loader made up. */
@Cerulean(world = "worlds/fabrikam.yaml")
class CeruleanWorldFileTest {
    private final CeruleanTestEnvironment fromConstructor;

    CeruleanWorldFileTest(CeruleanTestEnvironment cerulean) {
        this.fromConstructor = cerulean;
    }

    @Test
    void theConstructorGetsTheSameCeruleanAsTheTests(CeruleanTestEnvironment cerulean) {
        assertThat(fromConstructor).isSameAs(cerulean);
    }

    @Test
    void theWorldFileIsLoadedInsteadOfTheDemoWorld(CeruleanTestEnvironment cerulean) {
        assertThat(cerulean.tenantId("Fabrikam")).isEqualTo("f0f0f0f0-0000-4000-8000-000000000001");
        // the file gives the subscription no id: the loader made one up, and the store knows it
        assertThat(cerulean.subscriptionId("Fabrikam Dev")).matches("[0-9a-f-]{36}");
        assertThat(cerulean.tenantOfSubscription("Fabrikam Dev")).isEqualTo(cerulean.tenantId("Fabrikam"));
        assertThat(cerulean.app("fabrikam-deployer").clientSecret()).isEqualTo("fabrikam-deployer-secret");
        assertThatThrownBy(() -> cerulean.tenantId("Default Directory")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void itsServiceAdministratorSeesItsResourceGroups(CeruleanTestEnvironment cerulean) {
        CeruleanAzure azure = cerulean.azure();
        ResourceManager arm = ResourceManager.configure()
                .withHttpClient(azure.httpClient())
                .authenticate(azure.userCredential("ada@fabrikam.onmicrosoft.com"), azure.profile("Fabrikam Dev"))
                .withSubscription(cerulean.subscriptionId("Fabrikam Dev"));

        assertThat(arm.resourceGroups().list().stream().map(ResourceGroup::name))
                .containsExactlyInAnyOrder("rg-build", "rg-prod");
    }
}
