package dev.cerulean.server.intercept;

import dev.cerulean.server.http.AzurePublicNames;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ConnectHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intercepting proxy: an HTTP proxy that accepts only {@code CONNECT} to Azure's public names
 * on port 443 and tunnels each to Cerulean's own listener for it (the identity platform and ARM
 * on the HTTPS port, Graph on the Graph port) on loopback, whatever address the proxy listens on:
 * it can never relay anywhere else. TLS is not terminated here: the server
 * itself presents a certificate for Azure's names, signed by the interception authority the client
 * trusts. Any other destination is refused with a 403 that says why, and is never contacted.
 */
public final class InterceptProxy implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InterceptProxy.class);

    private final Server server;
    private final ServerConnector connector;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();

    /**
     * @param host the address the proxy listens on (the server's own --host: loopback by default)
     * @param port the proxy's port (0: any free one)
     * @param httpsPort the server's HTTPS port, asked when a tunnel opens (it may be chosen at start)
     * @param graphPort the server's Graph port, likewise
     */
    public InterceptProxy(String host, int port, IntSupplier httpsPort, IntSupplier graphPort) {
        server = new Server();
        connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new AzureTunnels(httpsPort, graphPort, seen, refused));
    }

    public InterceptProxy start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the intercepting proxy cannot listen: " + e.getMessage(), e);
        }
        LOG.info("Intercepting {} on port {}", AzurePublicNames.all(), port());
        return this;
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** The address the proxy listens on. */
    public String host() {
        return connector.getHost();
    }

    /** Every destination a client asked for, as {@code host:port}, refused ones too, in order. */
    public List<String> destinations() {
        return List.copyOf(seen);
    }

    /** The destinations refused (and never contacted), in order. */
    public List<String> refused() {
        return List.copyOf(refused);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("the intercepting proxy did not stop cleanly: {}", e.getMessage());
        }
    }

    /** Jetty's tunnelling, with the destination rewritten and everything else refused. */
    private static final class AzureTunnels extends ConnectHandler {
        private final IntSupplier httpsPort;
        private final IntSupplier graphPort;
        private final List<String> seen;
        private final List<String> refused;

        AzureTunnels(IntSupplier httpsPort, IntSupplier graphPort, List<String> seen, List<String> refused) {
            super(new NotAProxyForThat());
            this.httpsPort = httpsPort;
            this.graphPort = graphPort;
            this.seen = seen;
            this.refused = refused;
        }

        @Override
        protected void handleConnect(Request request, Response response, Callback callback, String serverAddress) {
            seen.add(serverAddress);
            String host = hostOf(serverAddress);
            if (!validateDestination(host, portOf(serverAddress))) {
                LOG.info("Refused a tunnel to {}: not one of Azure's intercepted names", serverAddress);
                refused.add(serverAddress);
                refuse(
                        response,
                        callback,
                        403,
                        "Cerulean intercepts only " + String.join(", ", AzurePublicNames.all()) + " on port 443; "
                                + serverAddress + " is refused and was not contacted.");
                return;
            }
            super.handleConnect(request, response, callback, serverAddress);
        }

        @Override
        public boolean validateDestination(String host, int port) {
            return port == 443 && AzurePublicNames.all().contains(host.toLowerCase(Locale.ROOT));
        }

        @Override
        protected InetSocketAddress newConnectAddress(String host, int port) {
            boolean graph = AzurePublicNames.GRAPH.contains(host.toLowerCase(Locale.ROOT));
            return new InetSocketAddress("127.0.0.1", graph ? graphPort.getAsInt() : httpsPort.getAsInt());
        }

        private static String hostOf(String authority) {
            int colon = authority.lastIndexOf(':');
            String host = colon > 0 ? authority.substring(0, colon) : authority;
            return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        }

        private static int portOf(String authority) {
            int colon = authority.lastIndexOf(':');
            try {
                return colon > 0 ? Integer.parseInt(authority.substring(colon + 1)) : 443;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    /** Plain proxied requests (http://…) are not forwarded either. */
    private static final class NotAProxyForThat extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String method = request.getMethod();
            refuse(
                    response,
                    callback,
                    HttpMethod.CONNECT.is(method) ? 403 : 405,
                    "This is Cerulean's intercepting proxy: it only tunnels HTTPS (CONNECT) to "
                            + String.join(", ", AzurePublicNames.all()) + ".");
            return true;
        }
    }

    private static void refuse(Response response, Callback callback, int status, String message) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        Content.Sink.write(response, true, message + "\n", callback);
    }
}
