package dev.cerulean.e2e;

import com.azure.core.credential.TokenCredential;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.DeviceCodeCredentialBuilder;
import com.azure.identity.UsernamePasswordCredentialBuilder;
import com.azure.resourcemanager.authorization.AuthorizationManager;
import com.azure.resourcemanager.resources.ResourceManager;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.e2e.identity.RunningCerulean;
import java.util.HashMap;
import java.util.Map;

/**
 * A running Cerulean registered as a custom cloud the way a user of the Azure SDK for Java does
 * it: an {@link AzureEnvironment} naming its endpoints, credentials whose authority host is
 * Cerulean, and the SDK's managers built on an HTTP client that trusts the exported certificate.
 * Nothing here changes what the SDKs send.
 */
final class CeruleanCloud {
    final RunningCerulean cerulean;
    final AzureEnvironment environment;

    CeruleanCloud(RunningCerulean cerulean) {
        this.cerulean = cerulean;
        // start from the public cloud's map so that no endpoint is null or empty, then point ours at Cerulean
        Map<String, String> endpoints = new HashMap<>(AzureEnvironment.AZURE.getEndpoints());
        endpoints.put("resourceManagerEndpointUrl", cerulean.authorityHost + "/");
        endpoints.put("activeDirectoryEndpointUrl", cerulean.authorityHost + "/");
        endpoints.put("microsoftGraphResourceId", graphUrl() + "/");
        this.environment = new AzureEnvironment(endpoints);
    }

    String graphUrl() {
        return "https://localhost:" + cerulean.server.graphPort();
    }

    AzureProfile profile(DirectoryId tenant) {
        return new AzureProfile(tenant.toString(), DemoWorld.SUBSCRIPTION.toString(), environment);
    }

    TokenCredential app(DirectoryId tenant, String clientId, String secret) throws Exception {
        return new ClientSecretCredentialBuilder()
                .authorityHost(cerulean.authorityHost)
                .tenantId(tenant.toString())
                .clientId(clientId)
                .clientSecret(secret)
                .disableInstanceDiscovery()
                .httpClient(cerulean.azureHttpClient())
                .build();
    }

    /** demo-automation: Contributor on the demo subscription. */
    TokenCredential demoAutomation() throws Exception {
        return app(
                DemoWorld.DEFAULT_DIRECTORY,
                DemoWorld.DEMO_AUTOMATION_CLIENT.toString(),
                DemoWorld.DEMO_AUTOMATION_SECRET);
    }

    /** A person signing in with a password through the Azure CLI's client id, in {@code tenant}. */
    @SuppressWarnings("deprecation")
    TokenCredential person(DirectoryId tenant, String username) throws Exception {
        return new UsernamePasswordCredentialBuilder()
                .authorityHost(cerulean.authorityHost)
                .tenantId(tenant.toString())
                .clientId(RunningCerulean.CLI_CLIENT)
                .username(username)
                .password(DemoWorld.PASSWORD)
                .disableInstanceDiscovery()
                .httpClient(cerulean.azureHttpClient())
                .build();
    }

    /**
     * A person signing in through the Azure CLI's client id by device code, the test approving it at
     * the verification page: how a Microsoft account gets tokens (Azure has no password grant for it).
     */
    TokenCredential personByDeviceCode(DirectoryId tenant, String username) throws Exception {
        return new DeviceCodeCredentialBuilder()
                .authorityHost(cerulean.authorityHost)
                .tenantId(tenant.toString())
                .clientId(RunningCerulean.CLI_CLIENT)
                .challengeConsumer(c -> cerulean.approveDeviceLogin(c.getVerificationUrl(), c.getUserCode(), username))
                .disableInstanceDiscovery()
                .httpClient(cerulean.azureHttpClient())
                .build();
    }

    ResourceManager resources(TokenCredential credential, DirectoryId tenant) throws Exception {
        return ResourceManager.configure()
                .withHttpClient(cerulean.azureHttpClient())
                .authenticate(credential, profile(tenant))
                .withSubscription(DemoWorld.SUBSCRIPTION.toString());
    }

    ResourceManager.Authenticated resourcesWithoutSubscription(TokenCredential credential, DirectoryId tenant)
            throws Exception {
        return ResourceManager.configure()
                .withHttpClient(cerulean.azureHttpClient())
                .authenticate(credential, profile(tenant));
    }

    AuthorizationManager authorization(TokenCredential credential, DirectoryId tenant) throws Exception {
        return AuthorizationManager.configure()
                .withHttpClient(cerulean.azureHttpClient())
                .authenticate(credential, profile(tenant));
    }
}
