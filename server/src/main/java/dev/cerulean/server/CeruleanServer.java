package dev.cerulean.server;

import dev.cerulean.core.Ports;
import dev.cerulean.server.arm.ArmApi;
import dev.cerulean.server.arm.ArmSettings;
import dev.cerulean.server.http.BearerAuthentication;
import dev.cerulean.server.http.ErrorResponses;
import dev.cerulean.server.http.HealthEndpoint;
import dev.cerulean.server.http.MetricsEndpoint;
import io.javalin.Javalin;
import java.util.Objects;

/**
 * The composition root of the HTTP side: builds every endpoint with {@code new} from the ports
 * and starts Javalin. Plain HTTP on one port for now.
 */
public final class CeruleanServer implements AutoCloseable {
    private final Ports ports;
    private final StoreStatus store;
    private Javalin app;
    private MetricsEndpoint metrics;
    /** Until the identity platform's verifier is plugged in, every token is refused. */
    private BearerAuthentication bearer = (header, audience) ->
            new BearerAuthentication.Refused("AuthenticationFailed", "No token verifier is configured.");

    public CeruleanServer(Ports ports, StoreStatus store) {
        this.ports = Objects.requireNonNull(ports);
        this.store = Objects.requireNonNull(store);
    }

    /**
     * Loads the HTTP stack's classes without listening, so that a caller can overlap that work with
     * something slow (opening the database) and {@link #start} is quicker afterwards.
     */
    public static void prepare() {
        Javalin.create(config -> config.startup.showJavalinBanner = false).jettyServer();
    }

    /** The verifier of bearer tokens for the APIs; call before {@link #start}. */
    public CeruleanServer authenticateWith(BearerAuthentication verifier) {
        this.bearer = Objects.requireNonNull(verifier);
        return this;
    }

    /** Starts listening on {@code host}:{@code port} (0: any free port); returns once the server accepts requests. */
    public CeruleanServer start(String host, int port) {
        var health = new HealthEndpoint(store);
        metrics = new MetricsEndpoint();
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.requestLogger.http(metrics::record);
            health.register(config.routes);
            metrics.register(config.routes);
            ErrorResponses.register(config.routes);
            new ArmApi(ports, bearer, ArmSettings.fromRequests()).register(config);
        });
        app.start(host, port);
        metrics.warmUp();
        return this;
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
