package dev.cerulean.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.server.intercept.InterceptProxy;
import dev.cerulean.server.tls.InterceptAuthority;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Azure SDK for Java with its public-cloud defaults reaches Cerulean in interception mode,
 * given only what {@code cerulean env} prints for Java and for everything else: HTTPS_PROXY, and
 * JAVA_TOOL_OPTIONS with the interception authority's trust store.
 */
class AzureSdkThroughProxyIT {
    @TempDir
    static Path data;

    static InterceptedCerulean cerulean;
    static InterceptProxy proxy;
    static InterceptAuthority authority;

    @BeforeAll
    static void start() {
        cerulean = InterceptedCerulean.start(data);
        proxy = cerulean.proxy;
        authority = cerulean.authority;
    }

    @AfterAll
    static void stop() {
        if (cerulean != null) cerulean.close();
    }

    @Test
    void anUnmodifiedProgramForThePublicCloudListsTheDemoSubscriptionsResourceGroups() throws Exception {
        Path trustStore = data.resolve("intercept-ca.p12");
        authority.writeTrustStore(trustStore, "changeit".toCharArray());
        ProcessBuilder child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                DefaultCloudClient.class.getName(),
                DemoWorld.DEFAULT_DIRECTORY.toString(),
                DemoWorld.SUBSCRIPTION.toString(),
                DemoWorld.DEMO_AUTOMATION_CLIENT.toString(),
                DemoWorld.DEMO_AUTOMATION_SECRET);
        Map<String, String> env = child.environment();
        env.keySet().removeIf(k -> k.toUpperCase().endsWith("_PROXY") || k.startsWith("AZURE_"));
        env.put("HTTPS_PROXY", "http://127.0.0.1:" + proxy.port());
        env.put(
                "JAVA_TOOL_OPTIONS",
                "-Dhttps.proxyHost=127.0.0.1 -Dhttps.proxyPort=" + proxy.port() + " -Djavax.net.ssl.trustStore="
                        + trustStore
                        + " -Djavax.net.ssl.trustStorePassword=changeit -Djavax.net.ssl.trustStoreType=PKCS12");
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
        assertThat(printed).contains("group: rg-web");
        List<String> tunnelled = proxy.destinations();
        assertThat(tunnelled).contains("login.microsoftonline.com:443", "management.azure.com:443");
        assertThat(proxy.refused()).isEmpty();
    }
}
