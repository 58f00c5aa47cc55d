package dev.cerulean.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /metrics}: JVM and HTTP request metrics in Prometheus' text format. The registry is
 * built off the start-up path: in the background once the server listens ({@link #warmUp}), or
 * by the first scrape; requests that finish before it exists are not counted.
 */
public final class MetricsEndpoint implements AutoCloseable {
    private volatile CompletableFuture<PrometheusMeterRegistry> registry;
    /** The timer of each series seen: looking a meter up by its tags costs more than recording into it. */
    private final Map<Series, Timer> timers = new ConcurrentHashMap<>();

    private record Series(String method, String uri, int status) {}

    private synchronized CompletableFuture<PrometheusMeterRegistry> registry() {
        if (registry == null) registry = CompletableFuture.supplyAsync(MetricsEndpoint::newRegistry);
        return registry;
    }

    /** Builds the registry in the background a moment after start, so that it does not compete with the first requests. */
    public void warmUp() {
        CompletableFuture.runAsync(this::registry, CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS));
    }

    private static PrometheusMeterRegistry newRegistry() {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    public void register(RoutesConfig routes) {
        routes.get("/metrics", this::scrape);
    }

    private void scrape(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(registry().join().scrape());
    }

    /** Counts a finished request under its route (unknown routes share one tag, so they cannot blow up the series). */
    public void record(Context ctx, Float millis) {
        var future = registry;
        PrometheusMeterRegistry r = future == null ? null : future.getNow(null);
        if (r == null || millis == null) return;
        int status = ctx.statusCode();
        Series series = new Series(ctx.method().name(), status == 404 ? "NOT_FOUND" : route(ctx), status);
        timers.computeIfAbsent(
                        series,
                        s -> Timer.builder("http.server.requests")
                                .tag("method", s.method())
                                .tag("uri", s.uri())
                                .tag("status", Integer.toString(s.status()))
                                .register(r))
                .record((long) (millis * 1_000_000L), TimeUnit.NANOSECONDS);
    }

    private static String route(Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException e) {
            return "UNKNOWN";
        }
    }

    @Override
    public void close() {
        var future = registry;
        if (future != null) future.thenAccept(PrometheusMeterRegistry::close);
    }
}
