package dev.cerulean.server.testing;

import dev.cerulean.core.Ports;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.CeruleanServer;
import dev.cerulean.server.HealthyStore;
import dev.cerulean.server.Listeners;
import dev.cerulean.server.tls.SelfSignedCertificate;
import dev.cerulean.server.tls.ServerCertificate;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The one started server of the server's tests: a world's ports behind a real {@link CeruleanServer},
 * over plain HTTP or over HTTPS with a freshly generated certificate that every client it hands
 * out trusts. Settings the test needs are applied to the server before it starts.
 */
public final class TestServer implements AutoCloseable {
    public final Ports ports;
    public final CeruleanServer server;
    /** The base URL of the listener the tests talk to (HTTPS when there is one). */
    public final String base;

    private final SSLContext ssl;

    private TestServer(Ports ports, CeruleanServer server, String base, SSLContext ssl) {
        this.ports = ports;
        this.server = server;
        this.base = base;
        this.ssl = ssl;
    }

    /** The demo world (Kelley Wall's) on in-memory ports with sequential ids, on {@code clock}. */
    public static Ports demoWorld(Clock clock) {
        return Worlds.kelleyWall(InMemoryPorts.create(clock, Worlds.sequentialIds()))
                .ports();
    }

    /** {@code ports} served over plain HTTP on localhost, on a free port. */
    public static TestServer plain(Ports ports) {
        return plain(ports, s -> s);
    }

    /** {@code ports} served over plain HTTP on localhost, with {@code settings} applied before it starts. */
    public static TestServer plain(Ports ports, UnaryOperator<CeruleanServer> settings) {
        CeruleanServer server = settings.apply(new CeruleanServer(ports, new HealthyStore("memory")))
                .start("localhost", 0);
        return new TestServer(ports, server, "http://localhost:" + server.port(), null);
    }

    /** {@code ports} served over HTTPS (and plain HTTP beside it) on free ports. */
    public static TestServer https(Ports ports) {
        return https(ports, s -> s);
    }

    /** {@code ports} served over HTTPS with {@code settings} applied before it starts. */
    public static TestServer https(Ports ports, UnaryOperator<CeruleanServer> settings) {
        ServerCertificate certificate =
                SelfSignedCertificate.create(SelfSignedCertificate.names(List.of()), Instant.now());
        CeruleanServer server = settings.apply(new CeruleanServer(ports, new HealthyStore("memory")))
                .start(Listeners.anyFreePorts(certificate));
        return new TestServer(ports, server, "https://localhost:" + server.httpsPort(), trusting(certificate));
    }

    /** The plain-HTTP port (every server has one). */
    public int port() {
        return server.port();
    }

    /** The plain-HTTP base URL (every server has one). */
    public String plainBase() {
        return "http://localhost:" + server.port();
    }

    /** A TLS context that trusts this server's certificate (only for servers started with {@link #https}). */
    public SSLContext ssl() {
        if (ssl == null) throw new IllegalStateException("a plain-HTTP server has no certificate to trust");
        return ssl;
    }

    /** An HTTP client that never follows redirects and trusts this server's certificate. */
    public HttpClient httpClient() {
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
        if (ssl != null) builder.sslContext(ssl);
        return builder.build();
    }

    /** The API tests' client on {@link #base}. */
    public TestHttp http() {
        return new TestHttp(base, httpClient());
    }

    /** A fresh browser (its own cookies) on {@link #base}. */
    public TestBrowser browser() {
        return ssl == null ? new TestBrowser(base) : new TestBrowser(base, ssl);
    }

    /** The token endpoint of this server, asked as a client would. */
    public TestTokens tokens() {
        return new TestTokens(this);
    }

    @Override
    public void close() {
        server.close();
    }

    /** A TLS context that trusts {@code certificate} alone. */
    public static SSLContext trusting(ServerCertificate certificate) {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(certificate.trustStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
