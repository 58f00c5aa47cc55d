package dev.cerulean.server;

import dev.cerulean.server.tls.ServerCertificate;

/**
 * Where the server listens: plain HTTP for the portals on {@code httpPort}; HTTPS for the
 * identity platform, ARM and the portals on {@code httpsPort}, and for Graph on {@code graphPort},
 * both presenting {@code certificate}. Port 0 means any free port; a null certificate means
 * plain HTTP only (the HTTPS ports are then ignored).
 */
public record Listeners(String host, int httpPort, int httpsPort, int graphPort, ServerCertificate certificate) {
    public static final int DEFAULT_HTTP_PORT = 8080;
    public static final int DEFAULT_HTTPS_PORT = 8443;
    public static final int DEFAULT_GRAPH_PORT = 8444;

    public static Listeners plain(String host, int port) {
        return new Listeners(host, port, 0, 0, null);
    }

    /** Every listener on any free port of localhost: for tests. */
    public static Listeners anyFreePorts(ServerCertificate certificate) {
        return new Listeners("localhost", 0, 0, 0, certificate);
    }

    public Listeners withCertificate(ServerCertificate certificate) {
        return new Listeners(host, httpPort, httpsPort, graphPort, certificate);
    }

    public boolean tls() {
        return certificate != null;
    }
}
