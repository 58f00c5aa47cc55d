package dev.cerulean.e2e.identity;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.HttpClient;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.identity.ManagedIdentityCredentialBuilder;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.models.ResourceGroup;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.Map;
import javax.net.ssl.TrustManagerFactory;

/**
 * Code hosted the way App Service hosts it, in its own JVM: {@code IDENTITY_ENDPOINT} and
 * {@code IDENTITY_HEADER} in its environment (MSAL reads the process environment), an unmodified
 * {@code ManagedIdentityCredential} and the Azure SDK's resource manager. Prints what the parent
 * test checks: {@code OID}, {@code MIRID} of the token and one {@code GROUP} line per resource group.
 *
 * <p>Arguments: trust store (PKCS#12, password changeit), Cerulean's HTTPS URL, tenant id,
 * subscription id, and optionally the client id of the identity to ask for.
 */
public final class ManagedIdentityClient {
    private ManagedIdentityClient() {}

    public static void main(String[] args) throws Exception {
        Path trustStore = Path.of(args[0]);
        String cerulean = args[1];
        String tenant = args[2];
        String subscription = args[3];
        String clientId = args.length > 4 ? args[4] : null;

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(trustStore)) {
            store.load(in, "changeit".toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        var ssl = SslContextBuilder.forClient().trustManager(trust).build();
        HttpClient http = new NettyAsyncHttpClientBuilder(
                        reactor.netty.http.client.HttpClient.create().secure(spec -> spec.sslContext(ssl)))
                .build();

        var builder = new ManagedIdentityCredentialBuilder().httpClient(http);
        if (clientId != null) builder.clientId(clientId);
        TokenCredential credential = builder.build();
        AccessToken token = credential.getTokenSync(
                new TokenRequestContext().addScopes("https://management.core.windows.net//.default"));
        JWTClaimsSet claims = SignedJWT.parse(token.getToken()).getJWTClaimsSet();
        System.out.println("OID " + claims.getStringClaim("oid"));
        System.out.println("MIRID " + claims.getStringClaim("xms_mirid"));

        Map<String, String> endpoints = new HashMap<>(AzureEnvironment.AZURE.getEndpoints());
        endpoints.put("resourceManagerEndpointUrl", cerulean + "/");
        endpoints.put("activeDirectoryEndpointUrl", cerulean + "/");
        AzureProfile profile = new AzureProfile(tenant, subscription, new AzureEnvironment(endpoints));
        ResourceManager arm = ResourceManager.configure()
                .withHttpClient(http)
                .authenticate(credential, profile)
                .withSubscription(subscription);
        for (ResourceGroup g : arm.resourceGroups().list()) System.out.println("GROUP " + g.name());
        System.out.flush();
        // Netty's and reactor's threads would keep the JVM alive
        System.exit(0);
    }
}
