package dev.cerulean.server.tls;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** Jetty connectors: plain HTTP, and HTTPS (HTTP/1.1 over TLS 1.2/1.3) presenting the server certificate. */
public final class TlsConnectors {
    private TlsConnectors() {}

    public static ServerConnector http(Server server, HttpConfiguration config, String name, String host, int port) {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(config));
        return named(connector, name, host, port);
    }

    /** The TLS side of HTTPS listeners presenting {@code certificate}; one can serve several listeners. */
    public static SslContextFactory.Server tls(ServerCertificate certificate) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setSslContext(certificate.sslContext());
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        return ssl;
    }

    public static ServerConnector https(
            Server server, HttpConfiguration config, String name, String host, int port, SslContextFactory.Server ssl) {
        HttpConfiguration secure = new HttpConfiguration(config);
        secure.setSecureScheme("https");
        secure.setSecurePort(port);
        SecureRequestCustomizer customizer = new SecureRequestCustomizer();
        // clients reach a local emulator by address as often as by name; the certificate names both
        customizer.setSniHostCheck(false);
        secure.addCustomizer(customizer);
        ServerConnector connector = new ServerConnector(
                server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(secure));
        return named(connector, name, host, port);
    }

    private static ServerConnector named(ServerConnector connector, String name, String host, int port) {
        connector.setName(name);
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }
}
