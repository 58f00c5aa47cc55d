package dev.cerulean.server.arm;

/**
 * Where the other hosts are, for the metadata document and WWW-Authenticate: {@code publicBaseUrl}
 * is this host as clients reach it (null: taken from each request's Host), {@code graphBaseUrl}
 * the Microsoft Graph host (its own port, so that clients pick Graph tokens by URL); without it,
 * Graph is {@code graphPort} of the host the request named (asked per request: a server started on
 * port 0 knows its Graph port only once it listens).
 */
public record ArmSettings(String publicBaseUrl, String graphBaseUrl, java.util.function.IntSupplier graphPort) {
    public static final int DEFAULT_GRAPH_PORT = 8444;

    public ArmSettings {
        publicBaseUrl = trimmed(publicBaseUrl);
        graphBaseUrl = trimmed(graphBaseUrl);
        if (graphPort == null) graphPort = () -> DEFAULT_GRAPH_PORT;
    }

    public ArmSettings(String publicBaseUrl, String graphBaseUrl) {
        this(publicBaseUrl, graphBaseUrl, null);
    }

    /** Defaults: this host from each request, Graph on port 8444 of the same host. */
    public static ArmSettings fromRequests() {
        return new ArmSettings(null, null, null);
    }

    /** This host from each request, Graph on the port the server's Graph listener has. */
    public static ArmSettings fromRequests(java.util.function.IntSupplier graphPort) {
        return new ArmSettings(null, null, graphPort);
    }

    private static String trimmed(String url) {
        if (url == null || url.isBlank()) return null;
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
