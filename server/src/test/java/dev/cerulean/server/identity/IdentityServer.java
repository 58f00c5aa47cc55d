package dev.cerulean.server.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cerulean.core.Ports;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.CeruleanServer;
import dev.cerulean.server.HealthyStore;
import dev.cerulean.server.MovableClock;
import dev.cerulean.server.StoreStatus;
import dev.cerulean.server.testing.TestHttp;
import dev.cerulean.server.testing.TestReply;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;

/** The demo world on in-memory ports behind a started server (plain HTTP), and small HTTP helpers. */
final class IdentityServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final StoreStatus STORE = new HealthyStore("memory");

    final MovableClock clock = new MovableClock(Worlds.NOW);
    final Ports ports = Worlds.kelleyWall(InMemoryPorts.create(clock, Worlds.sequentialIds()))
            .ports();
    final CeruleanServer server;
    final String base;
    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    IdentityServer(IdentitySettings settings) {
        server = new CeruleanServer(ports, STORE).identitySettings(settings).start("localhost", 0);
        base = "http://localhost:" + server.port();
    }

    IdentityServer() {
        this(IdentitySettings.DEFAULT);
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) form.put(pairs[i], pairs[i + 1]);
        return form;
    }

    TestReply post(String path, Map<String, String> form, String... headers) {
        return new TestHttp(base, http).form(path, form, headers);
    }

    TestReply get(String path) {
        return new TestHttp(base, http).get(path);
    }

    @Override
    public void close() {
        server.close();
    }
}
