package dev.cerulean.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.world.DemoWorld;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Azure SDK for Python (Debian's python3-azure, which comes with azure-cli: azure-identity
 * and azure-mgmt-resource) with its public-cloud defaults reaches Cerulean in interception mode,
 * given only HTTPS_PROXY and REQUESTS_CA_BUNDLE, as {@code cerulean env} prints them.
 */
class PythonSdkThroughProxyIT {
    /** Debian's interpreter, which has Debian's Azure packages (another python3 on PATH may not). */
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    static Path data;

    static InterceptedCerulean cerulean;

    @BeforeAll
    static void start() {
        cerulean = InterceptedCerulean.start(data);
    }

    @AfterAll
    static void stop() {
        if (cerulean != null) cerulean.close();
    }

    @Test
    void anUnmodifiedProgramForThePublicCloudManagesResourceGroups() throws Exception {
        Path program = data.resolve("public_cloud_client.py");
        try (InputStream in = getClass().getResourceAsStream("/python/public_cloud_client.py")) {
            Files.copy(in, program);
        }
        ProcessBuilder child = new ProcessBuilder(
                PYTHON.toString(),
                program.toString(),
                DemoWorld.DEFAULT_DIRECTORY.toString(),
                DemoWorld.SUBSCRIPTION.toString(),
                DemoWorld.DEMO_AUTOMATION_CLIENT.toString(),
                DemoWorld.DEMO_AUTOMATION_SECRET);
        Map<String, String> env = child.environment();
        env.keySet().removeIf(k -> k.toUpperCase().endsWith("_PROXY") || k.startsWith("AZURE_"));
        env.put("HTTPS_PROXY", cerulean.proxyUrl());
        env.put("REQUESTS_CA_BUNDLE", cerulean.authority.certificateFile().toString());
        env.put("HOME", Files.createDirectories(data.resolve("home")).toString());
        ChildProcess run = ChildProcess.run(child, 120);
        String printed = run.output();

        assertThat(run.ended()).as(printed).isTrue();
        assertThat(run.exitValue()).as(printed).isZero();
        assertThat(printed)
                .contains("subscription: " + DemoWorld.SUBSCRIPTION)
                .contains("created: rg-python westeurope")
                .contains("group: rg-web", "group: rg-python")
                .contains("deleted: rg-python");
        assertThat(cerulean.ports.resourceGroups().of(DemoWorld.SUBSCRIPTION))
                .noneMatch(g -> g.name().equals("rg-python"));
        assertThat(cerulean.proxy.destinations()).contains("login.microsoftonline.com:443", "management.azure.com:443");
        assertThat(cerulean.proxy.refused()).isEmpty();
    }
}
