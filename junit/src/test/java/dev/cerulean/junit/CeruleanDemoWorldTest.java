package dev.cerulean.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.management.Region;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.models.ResourceGroup;
import dev.cerulean.junit.azure.CeruleanAzure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.NoSuchElementException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The demo world through the extension, as a user's test meets it: real tokens, real TLS, the Azure SDK. */
@Cerulean(world = "demo")
class CeruleanDemoWorldTest {
    private static final String PAY_AS_YOU_GO = "Pay-As-You-Go";

    static CeruleanTestEnvironment shared;
    CeruleanTestEnvironment injected;

    @Test
    void anAppListsAndCreatesResourceGroupsWithAzureIdentityAndTheResourceManager(CeruleanTestEnvironment cerulean) {
        CeruleanAzure azure = cerulean.azure();
        ResourceManager arm = ResourceManager.configure()
                .withHttpClient(azure.httpClient())
                .authenticate(azure.credential("demo-automation"), azure.profile(PAY_AS_YOU_GO))
                .withSubscription(cerulean.subscriptionId(PAY_AS_YOU_GO));

        assertThat(arm.resourceGroups().list().stream().map(ResourceGroup::name))
                .contains("rg-web");
        arm.resourceGroups().define("rg-junit").withRegion(Region.EUROPE_NORTH).create();
        assertThat(arm.resourceGroups().contain("rg-junit")).isTrue();
    }

    @Test
    void aWorkAccountSignsInWithItsPassword(CeruleanTestEnvironment cerulean) {
        CeruleanAzure azure = cerulean.azure();
        // Sam Reader holds Reader on rg-web only
        ResourceManager arm = ResourceManager.configure()
                .withHttpClient(azure.httpClient())
                .authenticate(
                        azure.userCredential("sam.reader@kelleywalloutlook.onmicrosoft.com"),
                        azure.profile(PAY_AS_YOU_GO))
                .withSubscription(cerulean.subscriptionId(PAY_AS_YOU_GO));

        assertThat(arm.resourceGroups().getByName("rg-web").regionName()).isEqualTo("westeurope");
    }

    @Test
    void namesGiveTheWorldsIdsAndCredentials(CeruleanTestEnvironment cerulean) {
        assertThat(cerulean.tenantId("Default Directory")).isEqualTo("aaaaaaaa-0000-4000-8000-000000000001");
        assertThat(cerulean.tenantId("Contoso")).isEqualTo("cccccccc-0000-4000-8000-000000000002");
        assertThat(cerulean.subscriptionId(PAY_AS_YOU_GO)).isEqualTo("5b5b5b5b-0000-4000-8000-000000000003");
        assertThat(cerulean.tenantOfSubscription(PAY_AS_YOU_GO)).isEqualTo(cerulean.tenantId("Default Directory"));
        assertThat(cerulean.app("contoso-automation"))
                .isEqualTo(new AppCredentials(
                        "contoso-automation",
                        "cccccccc-0000-4000-8000-000000000002",
                        "22222222-2222-4222-8222-222222222222",
                        "contoso-automation-secret"));
        assertThat(cerulean.user("megan.bowen@contoso.onmicrosoft.com"))
                .isEqualTo(new UserCredentials(
                        "cccccccc-0000-4000-8000-000000000002",
                        "megan.bowen@contoso.onmicrosoft.com",
                        "Demo-Passw0rd!"));
        assertThatThrownBy(() -> cerulean.tenantId("Fabrikam"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("Default Directory")
                .hasMessageContaining("Contoso");
    }

    @Test
    void endpointsAreOnLocalhostAndTheHttpsOnesNeedTheCertificate(CeruleanTestEnvironment cerulean) throws Exception {
        assertThat(cerulean.authorityHost()).matches("https://localhost:\\d+");
        assertThat(cerulean.graphBaseUrl())
                .matches("https://localhost:\\d+/v1\\.0")
                .doesNotStartWith(cerulean.armEndpoint());
        assertThat(cerulean.msalAuthority("Contoso")).isEqualTo(cerulean.authorityHost() + "/Contoso/");

        var health = HttpRequest.newBuilder(URI.create(cerulean.armEndpoint() + "/health"))
                .build();
        assertThat(cerulean.httpClient()
                        .send(health, HttpResponse.BodyHandlers.ofString())
                        .body())
                .contains("\"status\":\"UP\"");
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(health, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(SSLHandshakeException.class);

        assertThat(Files.readString(cerulean.certificatePem())).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(Files.size(cerulean.trustStore())).isPositive();
    }

    @Test
    void fieldsOfTheEnvironmentsTypeAreInjected(CeruleanTestEnvironment cerulean) {
        assertThat(injected).isSameAs(cerulean);
        assertThat(shared).isSameAs(cerulean);
    }

    /** A nested class without its own annotation shares its enclosing class's Cerulean. */
    @Nested
    class Nested_ {
        @Test
        void sharesTheEnclosingCerulean(CeruleanTestEnvironment cerulean) {
            assertThat(shared).isNotNull();
            assertThat(cerulean).isSameAs(shared);
        }
    }
}
