package dev.cerulean.e2e;

import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.models.ResourceGroup;

/**
 * A program written for the public cloud, untouched: the Azure SDK for Java with its defaults
 * (login.microsoftonline.com, management.azure.com). {@link AzureSdkThroughProxyIT} runs it in a
 * JVM given only the environment {@code cerulean env} prints; it prints the resource groups it sees.
 * Arguments: tenant, subscription, client id, client secret.
 */
public final class DefaultCloudClient {
    private DefaultCloudClient() {}

    public static void main(String[] args) {
        var credential = new ClientSecretCredentialBuilder()
                .tenantId(args[0])
                .clientId(args[2])
                .clientSecret(args[3])
                .build();
        ResourceManager arm = ResourceManager.authenticate(
                        credential, new AzureProfile(args[0], args[1], AzureEnvironment.AZURE))
                .withSubscription(args[1]);
        for (ResourceGroup g : arm.resourceGroups().list()) System.out.println("group: " + g.name());
    }
}
