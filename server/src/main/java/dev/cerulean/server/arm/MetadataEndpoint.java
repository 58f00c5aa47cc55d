package dev.cerulean.server.arm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /metadata/endpoints}: the cloud metadata that lets tools (Azure CLI, the SDKs'
 * AzureEnvironment) register Cerulean as a custom cloud. Public, as ARM's is. api-versions from
 * 2019-05-01 (and none) get the list form; older ones the single-object form.
 */
final class MetadataEndpoint {
    private final ArmSettings settings;

    MetadataEndpoint(ArmSettings settings) {
        this.settings = settings;
    }

    void register(RoutesConfig routes) {
        routes.get("/metadata/endpoints", this::metadata);
    }

    private void metadata(Context ctx) {
        String base = ArmCall.base(ctx, settings) + "/";
        String graph = graph(ctx) + "/";
        List<String> audiences = List.of(base, "https://management.core.windows.net/", "https://management.azure.com/");
        String version = ctx.queryParam("api-version");
        ObjectNode cloud = ArmJson.MAPPER.createObjectNode();
        if (version != null && (version.equals("1.0") || version.compareTo("2019-05-01") < 0)) {
            cloud.put("galleryEndpoint", base).put("graphEndpoint", graph).put("portalEndpoint", base);
            ObjectNode auth = cloud.putObject("authentication").put("loginEndpoint", base);
            audiences.forEach(auth.putArray("audiences")::add);
            ctx.contentType("application/json; charset=utf-8").result(cloud.toString());
            return;
        }
        cloud.put("name", "Cerulean")
                .put("portal", base)
                .put("resourceManager", base)
                .put("graph", graph)
                .put("graphAudience", graph)
                .put("microsoftGraphResourceId", graph);
        ObjectNode auth = cloud.putObject("authentication")
                .put("loginEndpoint", base)
                .put("tenant", "common")
                .put("identityProvider", "AAD");
        audiences.forEach(auth.putArray("audiences")::add);
        cloud.putObject("suffixes")
                .put("keyVaultDns", "vault.azure.net")
                .put("storage", "core.windows.net")
                .put("sqlServerHostname", "database.windows.net")
                .put("acrLoginServer", "azurecr.io");
        ArrayNode list = ArmJson.MAPPER.createArrayNode().add(cloud);
        ctx.contentType("application/json; charset=utf-8").result(list.toString());
    }

    /** The Graph host: configured, or the Graph port of the host the client used. */
    private String graph(Context ctx) {
        if (settings.graphBaseUrl() != null) return settings.graphBaseUrl();
        String host = ctx.host() == null ? "localhost" : ctx.host();
        int colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) host = host.substring(0, colon);
        int port = settings.graphPort().getAsInt();
        // a server without TLS serves no Graph: name where one usually is
        return "https://" + host + ":" + (port > 0 ? port : ArmSettings.DEFAULT_GRAPH_PORT);
    }
}
