package dev.cerulean.server.identity;

import dev.cerulean.server.identity.RequestedScopes.Resource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a request's {@code scope}: strips the OpenID Connect scopes, and finds the one resource
 * the rest name. ARM is {@code https://management.core.windows.net/}, {@code https://management.azure.com/}
 * or this server's own ARM URL; Graph is {@code https://graph.microsoft.com/} (or its app id) or
 * this server's Graph URL, and scopes without a resource (e.g. {@code User.Read}) are Graph's.
 */
public final class ResourceScopes {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    static final Set<String> OIDC = Set.of("openid", "profile", "offline_access", "email");
    public static final String GRAPH_AUDIENCE = "https://graph.microsoft.com";
    public static final Set<String> PUBLIC_ARM_RESOURCES =
            Set.of("https://management.core.windows.net/", "https://management.azure.com/");
    private static final Set<String> PUBLIC_GRAPH_RESOURCES =
            Set.of("https://graph.microsoft.com/", "00000003-0000-0000-c000-000000000000/");

    private final Set<String> arm;
    private final Set<String> graph;
    private volatile int graphPort = -1;
    /** This server's {@code host:port}s on the HTTPS port (its ARM URLs), once it listens. */
    private volatile Set<String> ownArm = Set.of();
    /** This server's names, for its Graph URLs {@code https://<name>:<graph port>/}. */
    private volatile Set<String> ownNames = Set.of();

    public ResourceScopes(IdentitySettings settings) {
        this.arm = normalized(PUBLIC_ARM_RESOURCES, settings.armResources());
        this.graph = normalized(PUBLIC_GRAPH_RESOURCES, settings.graphResources());
    }

    /** This server's Graph port, once it listens: {@code https://<this host>:<port>/} is then Graph. */
    public void graphPort(int port) {
        this.graphPort = port;
    }

    /**
     * Every name this server answers on, once it listens: {@code https://<name>:<https port>/} is
     * then ARM and {@code https://<name>:<graph port>/} Graph, whichever name the token request
     * itself was sent to.
     */
    public void listeningOn(Set<String> names, int httpsPort, int graphPort) {
        Set<String> arm = new HashSet<>();
        Set<String> lower = new HashSet<>();
        for (String n : names) {
            String name = n.toLowerCase(Locale.ROOT);
            lower.add(name);
            if (httpsPort > 0) arm.add("https://" + name + ":" + httpsPort + "/");
        }
        this.ownNames = Set.copyOf(lower);
        this.ownArm = Set.copyOf(arm);
        this.graphPort = graphPort;
    }

    /**
     * @param scope the request's scope parameter
     * @param ownOrigin {@code https://host:port} of the request: this server's ARM URL when no other is configured
     * @param userFlow true when a person signs in (then no resource at all means Graph's User.Read)
     */
    public RequestedScopes parse(String scope, String ownOrigin, boolean userFlow) {
        if (scope == null || scope.isBlank()) throw OAuthError.missing("scope");
        Set<String> oidc = new HashSet<>();
        List<String> rest = new ArrayList<>();
        for (String s : new LinkedHashSet<>(List.of(WHITESPACE.split(scope.trim())))) {
            if (s.length() > 512) throw OAuthError.invalidScope(70011, "The provided value for scope is too long.");
            if (OIDC.contains(s.toLowerCase(Locale.ROOT))) oidc.add(s.toLowerCase(Locale.ROOT));
            else rest.add(s);
        }
        if (rest.isEmpty()) {
            if (!userFlow)
                throw OAuthError.invalidScope(
                        1002012,
                        "The provided value for scope " + scope
                                + " is not valid. Client credential flows must have a scope value with /.default suffixed to the "
                                + "resource identifier (application ID URI).");
            return new RequestedScopes(new Resource(Resource.Kind.GRAPH, GRAPH_AUDIENCE), List.of("User.Read"), oidc);
        }
        Resource resource = null;
        for (String s : rest) {
            Resource r = resourceOf(s, ownOrigin);
            if (resource != null && !resource.equals(r)) {
                throw OAuthError.invalidScope(
                        28000,
                        "Provided value for the input parameter scope is not valid "
                                + "because it contains more than one resource. Scope " + scope + " is not valid.");
            }
            resource = r;
        }
        if (!userFlow && rest.stream().anyMatch(s -> !s.endsWith("/.default"))) {
            throw OAuthError.invalidScope(
                    1002012,
                    "The provided value for scope " + scope + " is not valid. Client "
                            + "credential flows must have a scope value with /.default suffixed to the resource identifier "
                            + "(application ID URI).");
        }
        return new RequestedScopes(resource, rest, oidc);
    }

    /** Scopes stored with a code or refresh token, read back (the resource was checked when they were issued). */
    public RequestedScopes parseStored(List<String> scopes, String ownOrigin) {
        return parse(String.join(" ", scopes), ownOrigin, true);
    }

    private Resource resourceOf(String scope, String ownOrigin) {
        int slash = scope.lastIndexOf('/');
        if (slash <= 0) return new Resource(Resource.Kind.GRAPH, GRAPH_AUDIENCE); // e.g. User.Read
        String written = scope.substring(0, slash);
        String key = withSlash(written.toLowerCase(Locale.ROOT));
        if (graph.contains(key)) return new Resource(Resource.Kind.GRAPH, GRAPH_AUDIENCE);
        if (arm.contains(key)) return new Resource(Resource.Kind.ARM, written);
        if (isOwnGraph(key, ownOrigin)) return new Resource(Resource.Kind.GRAPH, GRAPH_AUDIENCE);
        if (ownArm.contains(key)) return new Resource(Resource.Kind.ARM, written);
        if (ownOrigin != null && key.equals(withSlash(ownOrigin.toLowerCase(Locale.ROOT)))) {
            return new Resource(Resource.Kind.ARM, written);
        }
        throw new OAuthError(
                400,
                "invalid_resource",
                500011,
                "The resource principal named " + written
                        + " was not found in the tenant. This can happen if the application has not been installed by the "
                        + "administrator of the tenant or consented to by any user in the tenant.");
    }

    /** {@code https://<the host the request was sent to>:<graph port>/}. */
    private boolean isOwnGraph(String key, String ownOrigin) {
        int port = graphPort;
        if (port <= 0 || ownOrigin == null) return false;
        try {
            java.net.URI own = java.net.URI.create(ownOrigin);
            java.net.URI asked = java.net.URI.create(key);
            String askedHost = asked.getHost() == null ? null : asked.getHost().toLowerCase(Locale.ROOT);
            return "https".equals(asked.getScheme())
                    && asked.getPort() == port
                    && askedHost != null
                    && ((own.getHost() != null && own.getHost().equalsIgnoreCase(askedHost))
                            || ownNames.contains(askedHost))
                    && "/".equals(asked.getPath());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Set<String> normalized(Set<String> fixed, Set<String> configured) {
        Set<String> all = new HashSet<>();
        for (String r : fixed) all.add(withSlash(r.toLowerCase(Locale.ROOT)));
        for (String r : configured) all.add(withSlash(r.toLowerCase(Locale.ROOT)));
        return Set.copyOf(all);
    }

    static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
