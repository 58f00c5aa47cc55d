package dev.cerulean.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.server.tls.InterceptAuthority;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --intercept} and {@code cerulean env}: a client set up by env reaches Azure's names. */
class InterceptCommandsTest {
    @TempDir
    Path tmp;

    private final InMemoryStoreOpener opener = new InMemoryStoreOpener();
    private final Map<String, String> env = new HashMap<>();
    private final List<Running> running = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void stop() {
        running.forEach(Running::close);
    }

    private int run(String... args) {
        return new Main(env, opener, new PrintWriter(out), new PrintWriter(err), running::add).run(args);
    }

    private String data() {
        return tmp.resolve("data").toString();
    }

    /** The value env printed for {@code name} (sh syntax). */
    private String printed(String name) {
        return out.toString()
                .lines()
                .filter(l -> l.startsWith("export " + name + "="))
                .map(l -> l.substring(l.indexOf('=') + 2, l.length() - 1))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aClientWithTheEnvironmentOfEnvReachesResourceManagerUnderItsPublicName() throws Exception {
        assertThat(run("serve", "--world", "demo", "--port", "0", "--intercept", "--data", data()))
                .as(err.toString())
                .isZero();
        int proxyPort = running.get(0).proxy().port();
        assertThat(out.toString()).contains("intercept: proxy http://127.0.0.1:" + proxyPort);

        assertThat(run("env", "--data", data(), "--intercept-port", Integer.toString(proxyPort)))
                .isZero();

        assertThat(printed("HTTPS_PROXY")).isEqualTo("http://127.0.0.1:" + proxyPort);
        Path pem = Path.of(printed("REQUESTS_CA_BUNDLE"));
        assertThat(pem)
                .isEqualTo(tmp.resolve("data")
                        .resolve(InterceptAuthority.CERTIFICATE_FILE)
                        .toAbsolutePath());
        assertThat(printed("JAVA_TOOL_OPTIONS")).contains("-Dhttps.proxyPort=" + proxyPort);
        // what JAVA_TOOL_OPTIONS names: the trust store with the authority, and the proxy
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(tmp.resolve("data").resolve(EnvCommand.TRUST_STORE))) {
            store.load(in, EnvCommand.TRUST_STORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, trust.getTrustManagers(), null);
        HttpClient client = HttpClient.newBuilder()
                .sslContext(ssl)
                .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", proxyPort)))
                .build();

        var metadata = client.send(
                HttpRequest.newBuilder(
                                URI.create("https://management.azure.com/metadata/endpoints?api-version=2022-09-01"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var noToken = client.send(
                HttpRequest.newBuilder(URI.create("https://management.azure.com/subscriptions?api-version=2022-12-01"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(metadata.statusCode()).isEqualTo(200);
        assertThat(noToken.statusCode()).isEqualTo(401);
        // the challenge sends the client to sign in at Azure's login name, not at Resource Manager's
        assertThat(noToken.headers().firstValue("WWW-Authenticate").orElseThrow())
                .contains("authorization_uri=\"https://login.microsoftonline.com/");
    }

    @Test
    void withHostOnEveryAddressTheProxyListensThereToo() throws Exception {
        assertThat(run("serve", "--port", "0", "--host", "0.0.0.0", "--intercept", "--data", data()))
                .as(err.toString())
                .isZero();
        var proxy = running.get(0).proxy();

        assertThat(proxy.host()).isEqualTo("0.0.0.0");
        assertThat(out.toString())
                .contains("intercept: proxy http://127.0.0.1:" + proxy.port() + " (on every address)");
        // reached from outside loopback's name too, and still tunnelling to Azure's names only
        try (var socket = new java.net.Socket("127.0.0.1", proxy.port())) {
            socket.getOutputStream()
                    .write("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n"
                            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(
                            socket.getInputStream(), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .readLine();
            assertThat(status).startsWith("HTTP/1.1 403");
        }
    }

    @Test
    void byDefaultTheProxyListensOnLoopbackOnly() {
        assertThat(run("serve", "--port", "0", "--intercept", "--data", data()))
                .as(err.toString())
                .isZero();

        assertThat(running.get(0).proxy().host()).isEqualTo("127.0.0.1");
    }

    @Test
    void envPrintsEachShellsSyntax() {
        assertThat(run("env", "--data", data(), "--shell", "fish")).isZero();
        assertThat(run("env", "--data", data(), "--shell", "powershell")).isZero();

        assertThat(out.toString())
                .contains("set -gx HTTPS_PROXY 'http://127.0.0.1:8888'")
                .contains("$env:HTTPS_PROXY = 'http://127.0.0.1:8888'");
        assertThat(run("env", "--data", data(), "--shell", "tcsh")).isEqualTo(2);
    }

    @Test
    void interceptionBringsItsOwnCertificate() throws Exception {
        Path cert = Files.writeString(tmp.resolve("cert.pem"), "x");
        Path key = Files.writeString(tmp.resolve("key.pem"), "x");

        int code = run(
                "serve",
                "--port",
                "0",
                "--intercept",
                "--tls-cert",
                cert.toString(),
                "--tls-key",
                key.toString(),
                "--data",
                data());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--intercept presents a certificate of Cerulean's interception authority");
    }
}
