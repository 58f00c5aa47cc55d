package dev.cerulean.server;

import dev.cerulean.core.Ports;
import dev.cerulean.server.http.ErrorResponses;
import dev.cerulean.server.http.HealthEndpoint;
import dev.cerulean.server.http.MetricsEndpoint;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The composition root of the HTTP side: builds every endpoint with {@code new} from the ports
 * and starts Javalin. Plain HTTP on one port for now.
 */
public final class CeruleanServer implements AutoCloseable {
    private static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";
    private final Ports ports;
    private final StoreStatus store;
    private Javalin app;
    private MetricsEndpoint metrics;

    static {
        // Jetty pads its concurrent structures to cache lines and, unless told the reference size,
        // asks the platform MBean server whether oops are compressed: that starts JMX, a tenth of
        // the server's start-up. Oops are compressed by default below 32 GiB of heap.
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
            boolean compressedOops = Runtime.getRuntime().maxMemory() < 32L * 1024 * 1024 * 1024;
            System.setProperty(REFERENCES_PER_CACHE_LINE, compressedOops ? "16" : "8");
        }
    }

    public CeruleanServer(Ports ports, StoreStatus store) {
        this.ports = Objects.requireNonNull(ports);
        this.store = Objects.requireNonNull(store);
    }

    /**
     * Runs the HTTP stack once, in memory, so that a caller can overlap that work with something
     * slow (opening the database) and {@link #start} is quicker afterwards: a throwaway server with
     * the operational endpoints on a socket-less connector starts, answers one {@code GET /health}
     * and stops. That loads and initialises most of what starting and the first request need
     * (Jetty's server, servlet and HTTP classes, Javalin's routing) without binding any port.
     * Failing here changes nothing but the time {@link #start} takes.
     */
    public static void prepare() {
        StoreStatus warmUp = new StoreStatus() {
            @Override
            public boolean isHealthy() {
                return true;
            }

            @Override
            public String product() {
                return "none";
            }
        };
        try {
            Javalin app = Javalin.create(config -> {
                configure(config, new HealthEndpoint(warmUp), null);
                config.jetty.addConnector((server, http) -> new LocalConnector(server, new HttpConnectionFactory(http)));
            });
            try {
                app.start();
                for (Connector c : app.jettyServer().server().getConnectors()) {
                    if (c instanceof LocalConnector local) {
                        local.getResponse("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
                    }
                }
            } finally {
                app.stop();
            }
        } catch (Exception | LinkageError e) {
            // only a warm-up: the real start reports real problems
        }
    }

    /**
     * Starts listening on {@code host}:{@code port} (0: any free port); returns once the server
     * accepts requests.
     *
     * @throws CannotListen when the host is unknown or the address cannot be bound
     */
    public CeruleanServer start(String host, int port) {
        if (new InetSocketAddress(host, port).isUnresolved()) {
            throw new CannotListen(CannotListen.Setting.HOST, host + " is not a known host name or address");
        }
        var health = new HealthEndpoint(store);
        metrics = new MetricsEndpoint();
        app = Javalin.create(config -> {
            configure(config, health, metrics);
            config.jetty.addConnector((server, http) -> listening(server, http, host, port));
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        metrics.warmUp();
        return this;
    }

    /**
     * The HTTP connector, bound here already: a bind failure then surfaces as {@link CannotListen}
     * before Javalin starts (Javalin would log it and report every bind failure as a port in use).
     */
    private static ServerConnector listening(Server server, HttpConfiguration http, String host, int port) {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        try {
            connector.open();
        } catch (IOException e) {
            throw CannotListen.because(host, port, e);
        }
        return connector;
    }

    /** Every endpoint and the server settings; {@code metrics} may be null (the warm-up has none). */
    private static void configure(JavalinConfig config, HealthEndpoint health, MetricsEndpoint metrics) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        if (metrics != null) config.requestLogger.http(metrics::record);
        health.register(config.routes);
        if (metrics != null) metrics.register(config.routes);
        ErrorResponses.register(config.routes);
    }

    /** The port the server listens on (the chosen one when started on port 0). */
    public int port() {
        return app.port();
    }

    /** The ports the endpoints run on; the use cases come here as they are added. */
    Ports ports() {
        return ports;
    }

    @Override
    public void close() {
        if (app != null) app.stop();
        if (metrics != null) metrics.close();
    }
}
