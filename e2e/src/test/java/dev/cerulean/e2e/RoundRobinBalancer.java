package dev.cerulean.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP load balancer for tests, as one in front of several nodes would be: each new connection
 * goes to the next backend port on loopback in turn, and its bytes are copied both ways untouched
 * (TLS, if any, passes through). Counts the connections each backend received.
 */
final class RoundRobinBalancer implements AutoCloseable {
    private final ServerSocket listener;
    private final List<Integer> backends;
    private final AtomicInteger next = new AtomicInteger();
    private final ConcurrentHashMap<Integer, AtomicInteger> connections = new ConcurrentHashMap<>();

    RoundRobinBalancer(List<Integer> backends) throws IOException {
        this.backends = List.copyOf(backends);
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "balancer");
        accepting.setDaemon(true);
        accepting.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** How many connections {@code backend} was given. */
    int connectionsTo(int backend) {
        return connections.getOrDefault(backend, new AtomicInteger()).get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                int backend = backends.get(Math.floorMod(next.getAndIncrement(), backends.size()));
                connections.computeIfAbsent(backend, b -> new AtomicInteger()).incrementAndGet();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), backend);
                pipe(client, server);
                pipe(server, client);
            } catch (IOException e) {
                // closed, or a backend refused: the client sees its connection end
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        Thread copy = new Thread(
                () -> {
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        in.transferTo(out);
                    } catch (IOException e) {
                        // one side closed
                    } finally {
                        try {
                            to.shutdownOutput();
                        } catch (IOException e) {
                            // already closed
                        }
                    }
                },
                "balancer-pipe");
        copy.setDaemon(true);
        copy.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
