package dev.cerulean.server.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cerulean.core.Ports;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.CeruleanServer;
import dev.cerulean.server.MovableClock;
import dev.cerulean.server.testing.TestHttp;
import dev.cerulean.server.testing.TestReply;
import dev.cerulean.server.testing.TestServer;
import dev.cerulean.server.testing.TestTokens;
import java.util.Map;

/** The demo world on in-memory ports behind a started server (plain HTTP), and small HTTP helpers. */
final class IdentityServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final MovableClock clock = new MovableClock(Worlds.NOW);
    private final TestServer running;
    final Ports ports;
    final CeruleanServer server;
    final String base;

    IdentityServer(IdentitySettings settings) {
        running = TestServer.plain(TestServer.demoWorld(clock), s -> s.identitySettings(settings));
        ports = running.ports;
        server = running.server;
        base = running.base;
    }

    IdentityServer() {
        this(IdentitySettings.DEFAULT);
    }

    static Map<String, String> form(String... pairs) {
        return TestTokens.fields(pairs);
    }

    /** The API tests' client on this server (never follows redirects). */
    TestHttp http() {
        return running.http();
    }

    TestReply post(String path, Map<String, String> form, String... headers) {
        return running.http().form(path, form, headers);
    }

    TestReply get(String path) {
        return running.http().get(path);
    }

    @Override
    public void close() {
        running.close();
    }
}
