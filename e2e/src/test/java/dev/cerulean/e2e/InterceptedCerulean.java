package dev.cerulean.e2e;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.core.world.LoadWorld;
import dev.cerulean.server.CeruleanServer;
import dev.cerulean.server.Listeners;
import dev.cerulean.server.StoreStatus;
import dev.cerulean.server.http.AzurePublicNames;
import dev.cerulean.server.intercept.InterceptProxy;
import dev.cerulean.server.tls.InterceptAuthority;
import dev.cerulean.server.tls.SelfSignedCertificate;
import dev.cerulean.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Cerulean as interception mode runs it, for the tests of unmodified clients: the demo world on H2
 * in {@code data}, a server that also answers Azure's public names with a certificate from the
 * interception authority kept in {@code data}, and the intercepting proxy on loopback.
 */
final class InterceptedCerulean implements AutoCloseable {
    final Database database;
    final Ports ports;
    final CeruleanServer server;
    final InterceptProxy proxy;
    final InterceptAuthority authority;

    private InterceptedCerulean(Path data, Consumer<Ports> before) {
        database = Database.open(Database.h2FileUrl(data.resolve("db")), null, null);
        ports = database.ports(Clock.systemUTC(), IdGenerator.random());
        if (!new LoadWorld(ports).load(DemoWorld.world()).isLoaded()) throw new IllegalStateException("demo world");
        before.accept(ports);
        authority = InterceptAuthority.of(data, Instant.now());
        var certificate = authority.issue(SelfSignedCertificate.names(AzurePublicNames.all()), Instant.now());
        server = new CeruleanServer(ports, new StoreStatus() {
                    @Override
                    public boolean isHealthy() {
                        return database.isHealthy();
                    }

                    @Override
                    public String product() {
                        return database.product();
                    }
                })
                .answeringAzureNames()
                .start(Listeners.anyFreePorts(certificate));
        proxy = new InterceptProxy("127.0.0.1", 0, server::httpsPort, server::graphPort).start();
    }

    /** Starts it on the demo world, after {@code before} has changed the world as a test needs. */
    static InterceptedCerulean start(Path data, Consumer<Ports> before) {
        return new InterceptedCerulean(data, before);
    }

    static InterceptedCerulean start(Path data) {
        return start(data, ports -> {});
    }

    /** The proxy as HTTPS_PROXY names it. */
    String proxyUrl() {
        return "http://127.0.0.1:" + proxy.port();
    }

    @Override
    public void close() {
        proxy.close();
        server.close();
        database.close();
    }
}
