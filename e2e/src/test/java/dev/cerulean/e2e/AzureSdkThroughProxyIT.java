package dev.cerulean.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.server.intercept.InterceptProxy;
import dev.cerulean.server.tls.InterceptAuthority;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        ChildProcess run = ChildProcess.run(child, 120);
        String printed = run.output();

        assertThat(run.ended()).as(printed).isTrue();
        assertThat(run.exitValue()).as(printed).isZero();
        assertThat(printed).contains("group: rg-web");
        List<String> tunnelled = proxy.destinations();
        assertThat(tunnelled).contains("login.microsoftonline.com:443", "management.azure.com:443");
        assertThat(proxy.refused()).isEmpty();
    }
}
