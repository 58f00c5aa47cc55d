package dev.cerulean.server.http;

import java.util.List;
import java.util.Locale;

/**
 * Azure's public host names that interception mode answers for: where the identity platform,
 * Resource Manager and Microsoft Graph live in the public cloud. Requests that reach the server
 * under these names came through Cerulean's intercepting proxy.
 */
public final class AzurePublicNames {
    /** The identity platform's names (authority hosts and the v1 issuer host). */
    public static final List<String> LOGIN =
            List.of("login.microsoftonline.com", "login.windows.net", "login.microsoft.com", "sts.windows.net");
    /** Resource Manager's names (the second is the classic name clients still use as resource). */
    public static final List<String> MANAGEMENT = List.of("management.azure.com", "management.core.windows.net");

    public static final List<String> GRAPH = List.of("graph.microsoft.com");
    /** Where a client is sent to sign in when it reached Resource Manager under its public name. */
    public static final String LOGIN_ORIGIN = "https://" + LOGIN.get(0);

    private AzurePublicNames() {}

    /** Every intercepted name. */
    public static List<String> all() {
        return java.util.stream.Stream.of(LOGIN, MANAGEMENT, GRAPH)
                .flatMap(List::stream)
                .toList();
    }

    /** True for a Host header (with or without :443) naming Resource Manager's public host. */
    public static boolean isManagement(String host) {
        return host != null && MANAGEMENT.contains(withoutPort(host));
    }

    /**
     * The origin of the main listener (sign-in and redemption pages) for a Graph request that
     * named {@code graphHost}: Azure's login origin when Graph was reached under its public name
     * (through the proxy, which answers only on 443), else the same host on the main HTTPS port.
     */
    public static java.net.URI mainOriginFor(String graphHost, int httpsPort) {
        if (graphHost != null && GRAPH.contains(withoutPort(graphHost))) return java.net.URI.create(LOGIN_ORIGIN);
        return java.net.URI.create("https://" + graphHost + ":" + httpsPort);
    }

    static String withoutPort(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.endsWith(":443") ? h.substring(0, h.length() - 4) : h;
    }
}
