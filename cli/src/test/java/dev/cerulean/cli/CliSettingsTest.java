package dev.cerulean.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage texts, and every bad setting stopping start-up with one line that names it and exit code 2. */
class CliSettingsTest {
    @TempDir
    Path tmp;

    private final Map<String, String> env = new HashMap<>();
    private final InMemoryStoreOpener opener = new InMemoryStoreOpener();
    private final List<StoreSettings> opened = opener.opened;
    private final List<Running> running = new ArrayList<>();
    private final List<String> closed = opener.closed;
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

    /** Exit code 2, exactly one line on standard error, nothing on standard output, no store opened. */
    private void assertInvalid(int code, String line) {
        assertThat(code).isEqualTo(Main.INVALID_SETTING);
        assertThat(err.toString()).isEqualTo(line + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void helpPrintsUsageForTheToolAndEachCommand() {
        assertThat(run("--help")).isZero();
        assertThat(run("serve", "--help")).isZero();
        assertThat(run("world", "--help")).isZero();
        assertThat(run("world", "load", "--help")).isZero();
        assertThat(run("help", "serve")).isZero();

        assertThat(out.toString())
                .contains("Usage: cerulean [-hV] [COMMAND]")
                .contains("serve")
                .contains("world")
                .contains("Usage: cerulean serve")
                .contains("--port=N")
                .contains("CERULEAN_PORT")
                .contains("--world=demo|FILE")
                .contains("Usage: cerulean world")
                .contains("load")
                .contains("export")
                .contains("Usage: cerulean world load");
        assertThat(err.toString()).isEmpty();
        assertThat(opened).isEmpty();
    }

    @Test
    void aPortOutOfRangeIsInvalid() {
        assertInvalid(
                run("serve", "--port", "70000", "--data", data()),
                "cerulean: invalid --port (CERULEAN_PORT): 70000 is not a port number");
    }

    @Test
    void aPortFromTheEnvironmentThatIsNoNumberIsInvalid() {
        env.put("CERULEAN_PORT", "abc");

        assertInvalid(
                run("serve", "--data", data()), "cerulean: invalid --port (CERULEAN_PORT): abc is not a port number");
    }

    @Test
    void aUrlThatIsNeitherH2NorPostgresqlIsInvalid() {
        assertInvalid(
                run("serve", "--db", "jdbc:nonsense"),
                "cerulean: invalid --db (CERULEAN_DB_URL): jdbc:nonsense is not a jdbc:h2: or jdbc:postgresql: URL");
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsInvalid() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Path below = file.resolve("data");

        assertInvalid(
                run("serve", "--data", below.toString()),
                "cerulean: invalid --data (CERULEAN_DATA): " + below
                        + " is not a writable directory (it cannot be created)");
    }

    @Test
    void anUnknownHostIsInvalidBeforeTheStoreIsOpened() {
        assertInvalid(
                run("serve", "--host", "no such host", "--port", "0", "--data", data()),
                "cerulean: invalid --host (CERULEAN_HOST): 'no such host' is not a known host name or address");
    }

    @Test
    void aPortInUseIsInvalidAndTheStoreIsClosedAgain() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            int code = run("serve", "--host", "127.0.0.1", "--port", Integer.toString(port), "--data", data());

            assertThat(code).isEqualTo(Main.INVALID_SETTING);
            assertThat(err.toString())
                    .isEqualTo("cerulean: invalid --port (CERULEAN_PORT): port " + port
                            + " is already in use on 127.0.0.1" + System.lineSeparator());
            assertThat(opened).hasSize(1);
            assertThat(closed).hasSize(1);
            assertThat(running).isEmpty();
        }
    }

    @Test
    void theLinkRequestExpiryComesFromItsFlagOrItsVariable() {
        assertThat(run("serve", "--port", "0", "--data", data(), "--link-request-expiry", "90s"))
                .isZero();
        env.put("CERULEAN_LINK_REQUEST_EXPIRY", "PT2H");
        assertThat(run("serve", "--port", "0", "--data", tmp.resolve("other").toString()))
                .isZero();

        assertThat(running.get(0).server().portalSettings().linkRequestExpiry())
                .isEqualTo(java.time.Duration.ofSeconds(90));
        assertThat(running.get(1).server().portalSettings().linkRequestExpiry())
                .isEqualTo(java.time.Duration.ofHours(2));
    }

    @Test
    void aFlagBeatsItsVariableAndAVariableBeatsTheDefaultWhileABlankVariableCountsAsUnset() {
        env.put("CERULEAN_LINK_REQUEST_EXPIRY", "2h");
        assertThat(run("serve", "--port", "0", "--data", data(), "--link-request-expiry", "30m"))
                .isZero();
        assertThat(run("serve", "--port", "0", "--data", tmp.resolve("b").toString()))
                .isZero();
        env.put("CERULEAN_LINK_REQUEST_EXPIRY", " ");
        assertThat(run("serve", "--port", "0", "--data", tmp.resolve("c").toString()))
                .isZero();

        assertThat(running)
                .extracting(r -> r.server().portalSettings().linkRequestExpiry())
                .containsExactly(
                        java.time.Duration.ofMinutes(30), java.time.Duration.ofHours(2), java.time.Duration.ofHours(1));
    }

    @Test
    void issuerHostsComeFromTheirVariable() {
        env.put("CERULEAN_ISSUER_HOSTS", "lb.example:443, Cerulean.Internal:8443");
        assertThat(run("serve", "--port", "0", "--data", data())).isZero();
        assertThat(running.get(0).server().identitySettings().issuerHosts())
                .containsExactlyInAnyOrder("lb.example:443", "cerulean.internal:8443");
    }

    @Test
    void anIssuerHostWithoutAPortIsInvalid() {
        assertInvalid(
                run("serve", "--data", tmp.resolve("b").toString(), "--issuer-host", "lb.example"),
                "cerulean: invalid --issuer-host (CERULEAN_ISSUER_HOSTS): lb.example is not HOST:PORT");
    }

    @Test
    void aLinkRequestExpiryThatIsNoDurationIsInvalid() {
        assertInvalid(
                run("serve", "--data", data(), "--link-request-expiry", "soon"),
                "cerulean: invalid --link-request-expiry (CERULEAN_LINK_REQUEST_EXPIRY): "
                        + "soon is not a duration like 30s, 15m or 1h");
    }

    @Test
    void serveNamesTheUrlsItListensOn() {
        int code = run("serve", "--port", "0", "--data", data());

        assertThat(code).isZero();
        int port = running.get(0).server().port();
        assertThat(out.toString())
                .contains("listening on http://localhost:" + port + "/ (store: H2 in ")
                .contains("health:  http://localhost:" + port + "/health")
                .contains("metrics: http://localhost:" + port + "/metrics")
                .contains("portals: http://localhost:" + port + "/classic (classic portal)");
    }
}
