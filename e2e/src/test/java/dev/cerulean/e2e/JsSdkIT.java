package dev.cerulean.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.e2e.identity.RunningCerulean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Azure SDK for JavaScript (@azure/identity, @azure/arm-resources, @azure/arm-authorization,
 * versions pinned in e2e/js/package-lock.json) set up as a custom cloud with only an authority host
 * and an endpoint, under each name the server answers on: the clients ask for
 * "{endpoint}/.default", and the token must be issued and accepted whichever name that is.
 */
class JsSdkIT {
    private static final Path CLIENTS = Path.of("js").toAbsolutePath();

    @TempDir
    static Path data;

    static RunningCerulean cerulean;
    /** The same, started with --host 0.0.0.0 (every interface): clients still name 127.0.0.1 or localhost. */
    static RunningCerulean everyInterface;
    /** Interception mode: the public cloud's names through the proxy. */
    static InterceptedCerulean intercepted;

    @BeforeAll
    static void start() throws Exception {
        cerulean = new RunningCerulean(data.resolve("local"));
        everyInterface = new RunningCerulean(data.resolve("wildcard"), "0.0.0.0");
        intercepted = InterceptedCerulean.start(Files.createDirectories(data.resolve("intercepted")));
        if (!Files.isDirectory(CLIENTS.resolve("node_modules/@azure/arm-resources"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), List.of());
        }
    }

    @AfterAll
    static void stop() {
        if (cerulean != null) cerulean.close();
        if (everyInterface != null) everyInterface.close();
        if (intercepted != null) intercepted.close();
    }

    /** Runs a command in e2e/js; its standard output (a failure shows the error output). */
    private static String run(List<String> command, List<String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(CLIENTS.toFile());
        for (int i = 0; i < environment.size(); i += 2)
            builder.environment().put(environment.get(i), environment.get(i + 1));
        Path out = Files.createTempFile(data, "node", ".out");
        Path err = Files.createTempFile(data, "node", ".err");
        Process p =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish in 180 s");
        }
        assertThat(p.exitValue())
                .as("%s: %s", command, Files.readString(err, StandardCharsets.UTF_8))
                .isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1"})
    void theArmClientsWorkWithOnlyAnEndpointAndAnAuthorityHost(String name) throws Exception {
        armClients(cerulean, name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1"})
    void aServerOnEveryInterfaceAcceptsTheNamesClientsUse(String name) throws Exception {
        armClients(everyInterface, name);
    }

    /** A program written for the public cloud, given only HTTPS_PROXY and NODE_EXTRA_CA_CERTS (cerulean env). */
    @org.junit.jupiter.api.Test
    void theArmClientsWithThePublicCloudsDefaultsWorkThroughInterception() throws Exception {
        List<String> env = new ArrayList<>(List.of(
                "HTTPS_PROXY", intercepted.proxyUrl(),
                "NODE_EXTRA_CA_CERTS", intercepted.authority.certificateFile().toString()));
        env.addAll(demoAutomation());

        check(run(List.of("node", "arm-clients.mjs"), env));
        assertThat(intercepted.proxy.destinations())
                .contains("login.microsoftonline.com:443", "management.azure.com:443");
        assertThat(intercepted.proxy.refused()).isEmpty();
    }

    private static List<String> demoAutomation() {
        return List.of(
                "CERULEAN_TENANT", DemoWorld.DEFAULT_DIRECTORY.toString(),
                "CERULEAN_CLIENT_ID", DemoWorld.DEMO_AUTOMATION_CLIENT.toString(),
                "CERULEAN_CLIENT_SECRET", DemoWorld.DEMO_AUTOMATION_SECRET,
                "CERULEAN_SUBSCRIPTION", DemoWorld.SUBSCRIPTION.toString());
    }

    private void armClients(RunningCerulean cerulean, String name) throws Exception {
        String origin = "https://" + name + ":" + cerulean.server.httpsPort();
        List<String> env = new ArrayList<>(List.of(
                "NODE_EXTRA_CA_CERTS", cerulean.pem.toString(),
                "CERULEAN_AUTHORITY_HOST", origin,
                "CERULEAN_ENDPOINT", origin));
        env.addAll(demoAutomation());

        check(run(List.of("node", "arm-clients.mjs"), env));
    }

    private static void check(String output) throws Exception {
        JsonNode result =
                new ObjectMapper().readTree(output.lines().reduce((a, b) -> b).orElseThrow());
        assertThat(result.get("before").toString()).contains("rg-web");
        String created = result.get("created").asText();
        assertThat(result.get("during").toString()).contains(created);
        assertThat(result.get("after").toString()).doesNotContain(created);
        assertThat(result.get("assignments").toString()).contains(DemoWorld.DEMO_AUTOMATION_SP.toString());
    }
}
