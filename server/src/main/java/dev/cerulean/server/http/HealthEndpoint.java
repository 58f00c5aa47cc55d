package dev.cerulean.server.http;

import dev.cerulean.server.StoreStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /health}: 200 when the database answers, 503 when it does not. */
public final class HealthEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(HealthEndpoint.class);
    private final StoreStatus store;

    public HealthEndpoint(StoreStatus store) {
        this.store = store;
    }

    public void register(RoutesConfig routes) {
        routes.get("/health", this::health);
    }

    private void health(Context ctx) {
        boolean up;
        try {
            up = store.isHealthy();
        } catch (RuntimeException e) {
            LOG.warn("database health check failed", e);
            up = false;
        }
        String status = up ? "UP" : "DOWN";
        ctx.status(up ? 200 : 503)
                .contentType("application/json")
                .result("{\"status\":" + Json.string(status) + ",\"database\":{\"status\":" + Json.string(status)
                        + ",\"product\":" + Json.string(product()) + "}}");
    }

    private String product() {
        try {
            return String.valueOf(store.product());
        } catch (RuntimeException e) {
            return "unknown";
        }
    }
}
