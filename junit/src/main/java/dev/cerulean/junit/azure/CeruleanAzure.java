package dev.cerulean.junit.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.UsernamePasswordCredentialBuilder;
import dev.cerulean.junit.AppCredentials;
import dev.cerulean.junit.CeruleanTestEnvironment;
import dev.cerulean.junit.UserCredentials;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.util.HashMap;
import java.util.Map;
import javax.net.ssl.SSLException;

/**
 * A Cerulean registered as a custom cloud, the way a user of the Azure SDK for Java does it: an
 * {@link AzureEnvironment} naming its endpoints, credentials whose authority host is Cerulean
 * (instance discovery off: there is no Microsoft to ask), and azure-core's Netty HTTP client
 * trusting its certificate. Pass {@link #httpClient()} to the credentials and to every manager
 * ({@code ResourceManager.configure().withHttpClient(...)}).
 *
 * <p>This is the only class of the extension that names Azure SDK types; it is loaded only when
 * a test calls {@link CeruleanTestEnvironment#azure()}, with the SDK versions the test chose.
 */
public final class CeruleanAzure {
    /** The Azure CLI's public client id: Cerulean knows it, as Azure does, in every directory. */
    public static final String AZURE_CLI_CLIENT_ID = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";

    private final CeruleanTestEnvironment cerulean;
    private final AzureEnvironment environment;
    private final HttpClient httpClient;

    public CeruleanAzure(CeruleanTestEnvironment cerulean) {
        this.cerulean = cerulean;
        // start from the public cloud's map so that no endpoint is null, then point ours at Cerulean
        Map<String, String> endpoints = new HashMap<>(AzureEnvironment.AZURE.getEndpoints());
        endpoints.put("resourceManagerEndpointUrl", cerulean.armEndpoint() + "/");
        endpoints.put("activeDirectoryEndpointUrl", cerulean.authorityHost() + "/");
        endpoints.put("microsoftGraphResourceId", cerulean.graphEndpoint() + "/");
        this.environment = new AzureEnvironment(endpoints);
        try {
            SslContext tls = SslContextBuilder.forClient()
                    .trustManager(cerulean.trustManagerFactory())
                    .build();
            this.httpClient = new NettyAsyncHttpClientBuilder(
                            reactor.netty.http.client.HttpClient.create().secure(spec -> spec.sslContext(tls)))
                    .build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot trust Cerulean's certificate", e);
        }
    }

    /** Cerulean as a custom cloud: ARM, the identity platform and Graph at Cerulean's URLs. */
    public AzureEnvironment environment() {
        return environment;
    }

    /** The profile of a subscription of the world by display name, in the directory it trusts. */
    public AzureProfile profile(String subscriptionName) {
        return profile(cerulean.tenantOfSubscription(subscriptionName), cerulean.subscriptionId(subscriptionName));
    }

    public AzureProfile profile(String tenantId, String subscriptionId) {
        return new AzureProfile(tenantId, subscriptionId, environment);
    }

    /** azure-core's HTTP client (Netty) trusting Cerulean's certificate; one per Cerulean. */
    public HttpClient httpClient() {
        return httpClient;
    }

    /** A client secret credential for the named app registration of the world, e.g. {@code "demo-automation"}. */
    public TokenCredential credential(String appName) {
        return credential(cerulean.app(appName));
    }

    public TokenCredential credential(AppCredentials app) {
        if (app.clientSecret() == null) {
            throw new IllegalArgumentException("the world holds no client secret in plain text for " + app.name());
        }
        return new ClientSecretCredentialBuilder()
                .authorityHost(cerulean.authorityHost())
                .tenantId(app.tenantId())
                .clientId(app.clientId())
                .clientSecret(app.clientSecret())
                .disableInstanceDiscovery()
                .httpClient(httpClient)
                .build();
    }

    /**
     * A work account of the world signing in with its password (the resource owner password
     * grant) through the Azure CLI's public client id, in its home directory.
     */
    @SuppressWarnings("deprecation") // azure-identity deprecates the password grant; Cerulean serves it as Azure does
    public TokenCredential userCredential(String userPrincipalName) {
        UserCredentials user = cerulean.user(userPrincipalName);
        if (user.password() == null) {
            throw new IllegalArgumentException("the world holds no password in plain text for " + userPrincipalName);
        }
        return new UsernamePasswordCredentialBuilder()
                .authorityHost(cerulean.authorityHost())
                .tenantId(user.tenantId())
                .clientId(AZURE_CLI_CLIENT_ID)
                .username(user.userPrincipalName())
                .password(user.password())
                .disableInstanceDiscovery()
                .httpClient(httpClient)
                .build();
    }
}
