package dev.cerulean.server.intercept;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The intercepting proxy tunnels Azure's names to the server's listeners and refuses everything
 * else without contacting it. The listeners here are plain echo sockets: a tunnel carries bytes.
 */
class InterceptProxyTest {
    private final Echo main = new Echo("main");
    private final Echo graph = new Echo("graph");
    private final InterceptProxy proxy = new InterceptProxy("127.0.0.1", 0, main::port, graph::port).start();

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        main.close();
        graph.close();
    }

    /** CONNECT, then one line through the tunnel; the status line, and what came back (or null). */
    private String[] tunnel(String destination) throws Exception {
        try (Socket s = new Socket("127.0.0.1", proxy.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(("CONNECT " + destination + " HTTP/1.1\r\nHost: " + destination + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            StringBuilder rest = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {}
            if (!status.contains(" 200 ")) {
                for (String line = in.readLine(); line != null; line = in.readLine()) rest.append(line);
                return new String[] {status, rest.toString()};
            }
            out.write("hello\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String[] {status, in.readLine()};
        }
    }

    @Test
    void azuresNamesAreTunnelledToTheirListener() throws Exception {
        assertThat(tunnel("login.microsoftonline.com:443")[1]).isEqualTo("main: hello");
        assertThat(tunnel("management.azure.com:443")[1]).isEqualTo("main: hello");
        assertThat(tunnel("graph.microsoft.com:443")[1]).isEqualTo("graph: hello");
        assertThat(proxy.destinations())
                .containsExactly(
                        "login.microsoftonline.com:443", "management.azure.com:443", "graph.microsoft.com:443");
    }

    @Test
    void anyOtherDestinationIsRefusedWithAReasonAndNotContacted() throws Exception {
        try (ServerSocket elsewhere = new ServerSocket(0)) {
            String[] refused = tunnel("127.0.0.1:" + elsewhere.getLocalPort());
            String[] otherName = tunnel("example.com:443");
            String[] otherPort = tunnel("management.azure.com:8443");

            assertThat(refused[0]).contains(" 403 ");
            assertThat(refused[1]).contains("Cerulean intercepts only").contains("was not contacted");
            assertThat(otherName[0]).contains(" 403 ");
            assertThat(otherPort[0]).contains(" 403 ");
            elsewhere.setSoTimeout(200);
            assertThat(accepted(elsewhere)).isFalse();
        }
        assertThat(main.connections()).isZero();
        assertThat(proxy.refused()).hasSize(3).contains("example.com:443", "management.azure.com:8443");
    }

    @Test
    void plainProxiedRequestsAreRefused() throws Exception {
        try (Socket s = new Socket("127.0.0.1", proxy.port())) {
            s.getOutputStream()
                    .write("GET http://example.com/ HTTP/1.1\r\nHost: example.com\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            String status =
                    new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(status).contains(" 405 ");
        }
    }

    private static boolean accepted(ServerSocket socket) {
        try (Socket ignored = socket.accept()) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** A listener that answers each line with its name and the line. */
    private static final class Echo implements AutoCloseable {
        private final ServerSocket socket;
        private final java.util.concurrent.atomic.AtomicInteger connections =
                new java.util.concurrent.atomic.AtomicInteger();

        Echo(String name) {
            try {
                socket = new ServerSocket(0);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            Thread t = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        connections.incrementAndGet();
                        InputStream in = s.getInputStream();
                        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
                        s.getOutputStream().write((name + ": " + line + "\n").getBytes(StandardCharsets.UTF_8));
                        s.getOutputStream().flush();
                    } catch (java.io.IOException e) {
                        // closed
                    }
                }
            });
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        @Override
        public void close() throws Exception {
            socket.close();
        }
    }
}
