package dev.cerulean.e2e.identity;

import com.azure.core.http.HttpClient;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import dev.cerulean.core.Ports;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.core.world.LoadWorld;
import dev.cerulean.server.CeruleanServer;
import dev.cerulean.server.Listeners;
import dev.cerulean.server.StoreStatus;
import dev.cerulean.server.identity.IdentitySettings;
import dev.cerulean.server.tls.CertificateFiles;
import dev.cerulean.server.tls.ServerCertificate;
import dev.cerulean.store.Database;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Cerulean as the tests meet it: the demo world in a durable H2 file in a temporary data
 * directory, served over HTTPS with the self-signed certificate, and clients that trust the
 * certificate exported the way {@code cerulean cert export --truststore} writes it.
 */
public final class RunningCerulean implements AutoCloseable {
    public static final String CLI_CLIENT = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";
    public static final String ARM_SCOPE = "https://management.core.windows.net//.default";

    public final Database database;
    public final Ports ports;
    public final CeruleanServer server;
    public final String authorityHost;
    public final TrustManagerFactory trust;
    public final SSLContext ssl;
    /** The certificate as PEM, for clients outside the JVM (NODE_EXTRA_CA_CERTS, REQUESTS_CA_BUNDLE). */
    public final Path pem;

    public RunningCerulean(Path dataDirectory) throws Exception {
        this(dataDirectory, "localhost");
    }

    /** Listening on {@code host} (e.g. 0.0.0.0, every interface) on free ports. */
    public RunningCerulean(Path dataDirectory, String host) throws Exception {
        database = Database.open(Database.h2FileUrl(dataDirectory), null, null);
        ports = database.ports(Clock.systemUTC(), IdGenerator.random());
        if (!new LoadWorld(ports).load(DemoWorld.world()).isLoaded()) throw new IllegalStateException("demo world");
        ServerCertificate certificate = CertificateFiles.resolve(dataDirectory, List.of(), null, null, Instant.now());
        Path exported = dataDirectory.resolve("export/trust.p12");
        CertificateFiles.writeTrustStore(certificate, exported, "changeit".toCharArray());
        pem = dataDirectory.resolve("export/cerulean.pem");
        CertificateFiles.writePem(certificate, pem);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(exported)) {
            store.load(in, "changeit".toCharArray());
        }
        trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        ssl = SSLContext.getInstance("TLS");
        ssl.init(null, trust.getTrustManagers(), null);
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
                .identitySettings(IdentitySettings.DEFAULT.withDeviceCodeInterval(1))
                .start(new Listeners(host, 0, 0, 0, certificate));
        authorityHost = "https://localhost:" + server.httpsPort();
    }

    /** An authority URL as MSAL takes it. */
    public String authority(String tenant) {
        return authorityHost + "/" + tenant + "/";
    }

    /** azure-core's HTTP client (Netty) trusting Cerulean's certificate. */
    public HttpClient azureHttpClient() throws Exception {
        var sslContext = SslContextBuilder.forClient().trustManager(trust).build();
        return new NettyAsyncHttpClientBuilder(
                        reactor.netty.http.client.HttpClient.create().secure(spec -> spec.sslContext(sslContext)))
                .build();
    }

    /** A JDK HTTP client trusting Cerulean's certificate, not following redirects (the tests follow them). */
    public java.net.http.HttpClient browser() {
        return java.net.http.HttpClient.newBuilder()
                .sslContext(ssl)
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
    }

    /** What a person does with a device code: open the verification page, sign in, enter the code, Continue. */
    public void approveDeviceLogin(String verificationUri, String userCode, String email) {
        try {
            Browser browser = new Browser(
                    authorityHost, java.net.http.HttpClient.newBuilder().sslContext(ssl));
            var page = browser.follow(
                    browser.signIn(browser.get(verificationUri), email, dev.cerulean.core.world.DemoWorld.PASSWORD));
            var confirm =
                    browser.post("/devicelogin", java.util.Map.of("csrf", Browser.csrf(page.body()), "otc", userCode));
            var done = browser.post(
                    "/devicelogin/decide",
                    java.util.Map.of("csrf", Browser.csrf(confirm.body()), "otc", userCode, "decision", "continue"));
            if (!done.body().contains("You have signed in")) {
                throw new IllegalStateException("the device login was not approved: " + done.body());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
