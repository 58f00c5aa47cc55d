package dev.cerulean.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.world.DemoWorld;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on the in-memory store: one store per test, opened as often as the commands ask. */
class CliTest {
    @TempDir
    Path tmp;

    private final InMemoryStoreOpener opener = new InMemoryStoreOpener();
    private final Ports ports = opener.ports;
    private final List<StoreSettings> opened = opener.opened;
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

    @Test
    void serveLoadsTheDemoWorldIntoAnEmptyStoreAndAnswersHealth() throws Exception {
        // when
        int code = run("serve", "--world", "demo", "--port", "0", "--data", data());

        // then
        assertThat(code).isZero();
        assertThat(ports.subscriptions().byId(DemoWorld.SUBSCRIPTION)).isPresent();
        assertThat(out.toString()).contains("Loaded world demo").contains("listening on http://localhost:");
        int port = running.get(0).server().port();
        var health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"product\":\"H2\"");
    }

    @Test
    void serveReusesAStoreThatAlreadyHoldsAWorld() {
        // given a first start
        run("serve", "--world", "demo", "--port", "0", "--data", data());
        long version =
                ports.subscriptions().byId(DemoWorld.SUBSCRIPTION).orElseThrow().version();

        // when started again on the same store
        int code = run("serve", "--world", "demo", "--port", "0", "--data", data());

        // then nothing is loaded twice
        assertThat(code).isZero();
        assertThat(out.toString()).contains("already holds a world");
        assertThat(ports.microsoftAccounts().all()).hasSize(2);
        assertThat(ports.subscriptions()
                        .byId(DemoWorld.SUBSCRIPTION)
                        .orElseThrow()
                        .version())
                .isEqualTo(version);
    }

    @Test
    void aBadPortStopsWithOneLineAndExitCode2() {
        int code = run("serve", "--port", "70000", "--data", data());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("cerulean: invalid --port (CERULEAN_PORT): 70000 is not a port number"
                        + System.lineSeparator());
        assertThat(opened).isEmpty();
    }

    @Test
    void flagsWinOverEnvironmentWhichWinsOverDefaults() {
        // given every setting in the environment, the port also as a flag
        env.put("CERULEAN_PORT", "not-a-port");
        env.put("CERULEAN_DATA", data());
        env.put("CERULEAN_WORLD", "demo");

        // when
        int code = run("serve", "--port", "0");

        // then the flag's port is used, the rest comes from the environment
        assertThat(code).isZero();
        assertThat(opened.get(0).dataDirectory()).isEqualTo(Path.of(data()));
        assertThat(ports.microsoftAccounts().all()).hasSize(2);

        // and without the flag the environment's bad port is named with both names
        assertThat(run("serve")).isEqualTo(2);
        assertThat(err.toString()).contains("invalid --port (CERULEAN_PORT): not-a-port is not a port number");
    }

    @Test
    void unknownWorldsUnwritableDataAndBadUrlsAreInvalidSettings() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");

        assertThat(run("serve", "--world", "mars", "--data", data())).isEqualTo(2);
        assertThat(run("serve", "--data", file.toString())).isEqualTo(2);
        assertThat(run("serve", "--db", "mysql://localhost/x")).isEqualTo(2);

        assertThat(err.toString().lines())
                .containsExactly(
                        "cerulean: invalid --world (CERULEAN_WORLD): unknown world 'mars': use demo or the path of a readable world file",
                        "cerulean: invalid --data (CERULEAN_DATA): " + file
                                + " is not a writable directory (it cannot be created)",
                        "cerulean: invalid --db (CERULEAN_DB_URL): mysql://localhost/x is not a jdbc:h2: or jdbc:postgresql: URL");
        assertThat(opened).isEmpty();
    }

    @Test
    void worldLoadReportsProblemsWithFileAndLineAndLoadsNothing() throws Exception {
        Path file = Files.writeString(tmp.resolve("w.yaml"), """
                accounts:
                  - email: someone@outlook.com
                    displayName: Someone
                    password: pw
                subscriptions:
                  - name: Dev
                    directory: d0000000-0000-4000-8000-000000000001
                    accountAdministrator: {account: someone@outlook.com}
                    serviceAdministrator: {account: nobody@outlook.com}
                """);

        int code = run("world", "load", file.toString(), "--data", data());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines())
                .containsExactly(
                        "cerulean: " + file
                                + ":7:5: /subscriptions/0/directory: no directory d0000000-0000-4000-8000-000000000001 in this world",
                        "cerulean: " + file
                                + ":9:28: /subscriptions/0/serviceAdministrator/account: no Microsoft account nobody@outlook.com in this world");
        assertThat(ports.microsoftAccounts().all()).isEmpty();
        assertThat(opener.statisticsRefreshed).isZero();
    }

    @Test
    void worldExportWritesAFileThatLoadsIntoAnotherStore() throws Exception {
        // given the demo world, exported
        assertThat(run("world", "load", "demo", "--data", data())).isZero();
        Path exported = tmp.resolve("demo-world.yaml");
        assertThat(run("world", "export", "--out", exported.toString(), "--data", data()))
                .isZero();

        // when it is loaded into a second, empty store
        InMemoryStoreOpener other = new InMemoryStoreOpener();
        Ports second = other.ports;
        var loadOut = new StringWriter();
        int code = new Main(env, other, new PrintWriter(loadOut), new PrintWriter(err), r -> {})
                .run("world", "load", exported.toString(), "--data", data());

        // then
        assertThat(code).as(err.toString()).isZero();
        assertThat(second.directoryUsers().inDirectory(DemoWorld.CONTOSO)).hasSize(3);
        assertThat(second.passwordHasher()
                        .verify(
                                DemoWorld.PASSWORD,
                                second.microsoftAccounts().all().get(0).password()))
                .isTrue();
    }

    @Test
    void worldLoadRefusesAStoreThatIsNotEmpty() {
        run("world", "load", "demo", "--data", data());
        assertThat(opener.statisticsRefreshed).as("after the load that wrote").isEqualTo(1);

        assertThat(run("world", "load", "demo", "--data", data())).isEqualTo(1);
        assertThat(err.toString()).contains("the store is not empty");
        assertThat(opener.statisticsRefreshed)
                .as("a refused load wrote nothing")
                .isEqualTo(1);
    }

    @Test
    void helpAndVersionWorkEverywhere() {
        assertThat(run("--version")).isZero();
        assertThat(run("serve", "--help")).isZero();
        assertThat(run("world", "export", "--version")).isZero();
        assertThat(out.toString()).contains("Cerulean ").contains("Usage: cerulean serve");
    }

    @Test
    void serveListensOnHttpsWithACertificateThatCertExportWrites() throws Exception {
        // given a server started with its HTTPS ports on free ports
        assertThat(run("serve", "--port", "0", "--data", data())).isZero();
        var server = running.get(0).server();
        Path trustStore = tmp.resolve("trust.p12");

        // when the certificate is exported as a trust store and as PEM
        int code = run(
                "cert",
                "export",
                "--data",
                data(),
                "--truststore",
                trustStore.toString(),
                "--truststore-password",
                "secret");
        int pemCode = run(
                "cert",
                "export",
                "--data",
                data(),
                "--pem",
                tmp.resolve("cerulean.pem").toString());

        // then a client trusting it reaches the server over HTTPS
        assertThat(code).isZero();
        assertThat(pemCode).isZero();
        assertThat(Files.readString(tmp.resolve("cerulean.pem"))).startsWith("-----BEGIN CERTIFICATE-----");
        var store = java.security.KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(trustStore)) {
            store.load(in, "secret".toCharArray());
        }
        var tmf =
                javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        var ssl = javax.net.ssl.SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        var health = HttpClient.newBuilder()
                .sslContext(ssl)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create("https://localhost:" + server.httpsPort() + "/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(out.toString()).contains("https:   https://localhost:" + server.httpsPort());
    }

    @Test
    void aBadHttpsPortOrAKeyWithoutCertificateIsAnInvalidSetting() throws Exception {
        Path key = Files.writeString(tmp.resolve("key.pem"), "x");

        assertThat(run("serve", "--https-port", "-1", "--data", data())).isEqualTo(2);
        assertThat(run("serve", "--port", "0", "--tls-key", key.toString(), "--data", data()))
                .isEqualTo(2);

        assertThat(err.toString().lines())
                .containsExactly(
                        "cerulean: invalid --https-port (CERULEAN_HTTPS_PORT): -1 is not a port number",
                        "cerulean: invalid --tls-cert (CERULEAN_TLS_CERT): --tls-key needs its certificate");
    }

    @Test
    void signInThrottlingAndSessionLifetimesAreSettings() {
        env.put("CERULEAN_SIGNIN_THROTTLE", "off");

        assertThat(run("serve", "--port", "0", "--session-idle", "20m", "--data", data()))
                .isZero();
        assertThat(run("serve", "--port", "0", "--signin-throttle", "maybe", "--data", data()))
                .isEqualTo(2);
        assertThat(run("serve", "--port", "0", "--session-max", "soon", "--data", data()))
                .isEqualTo(2);

        var signIn = running.get(0).server().signIn();
        assertThat(signIn.sessions().settings().idle()).isEqualTo(java.time.Duration.ofMinutes(20));
        assertThat(err.toString().lines())
                .containsExactly(
                        "cerulean: invalid --signin-throttle (CERULEAN_SIGNIN_THROTTLE): maybe is not on or off",
                        "cerulean: invalid --session-max (CERULEAN_SESSION_MAX): soon is not a duration like 30s, 15m or 1h");
    }
}
