package dev.cerulean.server;

import dev.cerulean.server.tls.TlsConnectors;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.EndpointNotFound;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The connectors of the {@link Listeners} and what each may serve: the Graph port answers only
 * Graph's routes (and /health); the others everything else. Ports are known once Jetty runs.
 */
final class ListenerRoutes {
    static final String HTTP = "http", HTTPS = "https", GRAPH = "graph";
    private final Listeners listeners;
    private volatile int httpsPort = -1;
    private volatile int graphPort = -1;

    ListenerRoutes(Listeners listeners) {
        this.listeners = listeners;
    }

    void configure(JavalinConfig config) {
        String host = listeners.host();
        // the plain connector first: Javalin's port() reports the first one
        config.jetty.addConnector((server, http) -> TlsConnectors.http(server, http, HTTP, host, listeners.httpPort()));
        if (listeners.tls()) {
            var tls = TlsConnectors.tls(listeners.certificate());
            config.jetty.addConnector(
                    (server, http) -> TlsConnectors.https(server, http, HTTPS, host, listeners.httpsPort(), tls));
            config.jetty.addConnector(
                    (server, http) -> TlsConnectors.https(server, http, GRAPH, host, listeners.graphPort(), tls));
            config.routes.before(this::onlyGraphOnGraphPort);
        }
    }

    void started(Server server) {
        for (Connector c : server.getConnectors()) {
            if (!(c instanceof ServerConnector sc)) continue;
            if (HTTPS.equals(sc.getName())) httpsPort = sc.getLocalPort();
            if (GRAPH.equals(sc.getName())) graphPort = sc.getLocalPort();
        }
    }

    int httpsPort() {
        return httpsPort;
    }

    int graphPort() {
        return graphPort;
    }

    /** Graph's API lives under /v1.0 and /beta on its own port, nothing else is served there, and it nowhere else. */
    private void onlyGraphOnGraphPort(Context ctx) {
        String path = ctx.path();
        boolean graphPath = path.startsWith("/v1.0/") || path.startsWith("/beta/");
        boolean onGraphPort = ctx.req().getLocalPort() == graphPort;
        if (path.equals("/health") || graphPath == onGraphPort) return;
        throw new EndpointNotFound(ctx.method(), path);
    }
}
