package dev.cerulean.e2e;

import com.azure.core.credential.TokenCredential;
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AzureIdentityAuthenticationProvider;
import javax.net.ssl.X509TrustManager;

/**
 * The Microsoft Graph SDK for Java pointed at Cerulean's Graph port: the authentication provider
 * may send tokens to {@code localhost} (the SDK sends none to hosts outside its allow-list), the
 * OkHttp client is the SDK's own (its middleware) with a trust manager for the exported
 * certificate, and the base URL names the Graph port.
 */
final class GraphClients {
    static final String GRAPH_SCOPE = "https://graph.microsoft.com/.default";

    private GraphClients() {}

    static GraphServiceClient graph(CeruleanCloud cloud, TokenCredential credential) {
        var auth = new AzureIdentityAuthenticationProvider(credential, new String[] {"localhost"}, GRAPH_SCOPE);
        X509TrustManager trust = (X509TrustManager) cloud.cerulean.trust.getTrustManagers()[0];
        var http = GraphClientFactory.create()
                .sslSocketFactory(cloud.cerulean.ssl.getSocketFactory(), trust)
                .build();
        var client = new GraphServiceClient(auth, http);
        client.getRequestAdapter().setBaseUrl(cloud.graphUrl() + "/v1.0");
        return client;
    }
}
