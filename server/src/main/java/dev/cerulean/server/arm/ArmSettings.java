package dev.cerulean.server.arm;

/**
 * Where the other hosts are, for the metadata document and WWW-Authenticate: {@code publicBaseUrl}
 * is this host as clients reach it (null: taken from each request's Host), {@code graphBaseUrl}
 * the Microsoft Graph host (its own port, so that clients pick Graph tokens by URL).
 */
public record ArmSettings(String publicBaseUrl, String graphBaseUrl) {
    public ArmSettings {
        publicBaseUrl = trimmed(publicBaseUrl);
        graphBaseUrl = trimmed(graphBaseUrl);
    }

    /** Defaults: this host from each request, Graph on port 8444 of the same host. */
    public static ArmSettings fromRequests() {
        return new ArmSettings(null, null);
    }

    private static String trimmed(String url) {
        if (url == null || url.isBlank()) return null;
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
