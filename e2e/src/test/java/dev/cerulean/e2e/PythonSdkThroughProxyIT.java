package dev.cerulean.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.world.DemoWorld;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
        Process process = child.redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try {
                process.getInputStream().transferTo(output);
            } catch (java.io.IOException e) {
                // the process ended; what was read is checked below
            }
        });
        reader.start();
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        if (!ended) process.destroyForcibly();
        reader.join(5000);
        String printed = output.toString(StandardCharsets.UTF_8);

        assertThat(ended).as(printed).isTrue();
        assertThat(process.exitValue()).as(printed).isZero();
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
