package dev.cerulean.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Starting: the in-memory warm-up, and failures to listen that name the setting to blame. */
class CeruleanServerStartTest {
    private final StoreStatus store = HealthyStore.H2;
    private CeruleanServer server;

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    private CeruleanServer newServer() {
        server = new CeruleanServer(InMemoryPorts.create(Worlds.fixedClock(), Worlds.sequentialIds()), store);
        return server;
    }

    @Test
    void afterTheWarmUpTheRealServerStartsAndAnswers() throws Exception {
        // given the warm-up ran (twice: it leaves nothing behind that a second run could trip over)
        CeruleanServer.prepare();
        CeruleanServer.prepare();

        // when
        int port = newServer().start("localhost", 0).port();

        // then
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"product\":\"H2\"");
    }

    @Test
    void configuringBuildsTheRoutesWithoutListeningAndStartingOpensThem() throws Exception {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = probe.getLocalPort();
            probe.close();
            CeruleanServer configured = newServer().configure(Listeners.plain("localhost", port));

            assertThat(configured.routes()).contains("GET /health", "POST /{tenant}/oauth2/v2.0/token");
            assertThat(catchThrowableOfType(
                            () -> new java.net.Socket("localhost", port).close(), java.net.ConnectException.class))
                    .isNotNull();
            assertThat(catchThrowableOfType(
                            () -> configured.configure(Listeners.plain("localhost", 0)), IllegalStateException.class))
                    .isNotNull();

            configured.start();
            var response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aPortInUseIsThePortsFault() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            CannotListen e = catchThrowableOfType(() -> newServer().start("127.0.0.1", port), CannotListen.class);

            assertThat(e.setting()).isEqualTo(CannotListen.Setting.PORT);
            assertThat(e).hasMessage("port " + port + " is already in use on 127.0.0.1");
        }
    }

    @Test
    void anUnknownHostIsTheHostsFault() {
        CannotListen e = catchThrowableOfType(() -> newServer().start("no such host", 0), CannotListen.class);

        assertThat(e.setting()).isEqualTo(CannotListen.Setting.HOST);
        assertThat(e).hasMessage("no such host is not a known host name or address");
    }

    @Test
    void anAddressOfAnotherMachineIsTheHostsFault() {
        // 203.0.113.0/24 is reserved for documentation (RFC 5737): never an address of this machine
        CannotListen e = catchThrowableOfType(() -> newServer().start("203.0.113.7", 0), CannotListen.class);

        assertThat(e.setting()).isEqualTo(CannotListen.Setting.HOST);
        assertThat(e).hasMessage("203.0.113.7 is not an address of this machine");
    }
}
