package dev.cerulean.cli;

import dev.cerulean.server.Listeners;
import dev.cerulean.server.tls.CertificateFiles;
import dev.cerulean.server.tls.ServerCertificate;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The HTTPS flags of {@code serve}: the HTTPS and Graph ports, and the operator's own
 * certificate. Without one, Cerulean generates a self-signed certificate in the data directory.
 * When the HTTP port is 0 (tests), the HTTPS ports default to 0 too, so that nothing fixed is bound.
 */
public final class TlsOptions {
    @Option(
            names = "--https-port",
            paramLabel = "N",
            description =
                    "HTTPS port of the identity platform, ARM and the portals (env CERULEAN_HTTPS_PORT, default 8443; "
                            + "any free one when --port is 0).")
    String httpsPort;

    @Option(
            names = "--graph-port",
            paramLabel = "N",
            description =
                    "HTTPS port of Microsoft Graph (env CERULEAN_GRAPH_PORT, default 8444; any free one when --port is 0).")
    String graphPort;

    @Option(
            names = "--tls-cert",
            paramLabel = "PEM_FILE",
            description =
                    "Certificate chain to present, PEM, leaf first (env CERULEAN_TLS_CERT; default: a generated self-signed one).")
    String certificate;

    @Option(
            names = "--tls-key",
            paramLabel = "PEM_FILE",
            description = "Private key of --tls-cert, unencrypted PEM (env CERULEAN_TLS_KEY).")
    String key;

    /** The ports, without the certificate yet (see {@link Listeners#withCertificate}). */
    Listeners listeners(String host, int httpPort) {
        String fallback = httpPort == 0 ? "0" : null;
        int https = ServeCommand.port(Setting.of(
                "--https-port",
                httpsPort,
                fallback != null ? fallback : Integer.toString(Listeners.DEFAULT_HTTPS_PORT)));
        int graph = ServeCommand.port(Setting.of(
                "--graph-port",
                graphPort,
                fallback != null ? fallback : Integer.toString(Listeners.DEFAULT_GRAPH_PORT)));
        return new Listeners(host, httpPort, https, graph, null);
    }

    /** The operator's certificate, or the generated one for {@code host} in the data directory (created on first use). */
    ServerCertificate certificate(Path dataDirectory, List<String> hosts) {
        Setting cert = Setting.of("--tls-cert", certificate, null);
        Setting pemKey = Setting.of("--tls-key", key, null);
        Path certFile = readable(cert);
        Path keyFile = readable(pemKey);
        if (certFile != null && keyFile == null) throw pemKey.invalid("--tls-cert needs its private key");
        if (keyFile != null && certFile == null) throw cert.invalid("--tls-key needs its certificate");
        try {
            return CertificateFiles.resolve(dataDirectory, hosts, certFile, keyFile, Instant.now());
        } catch (IllegalArgumentException e) {
            throw cert.invalid(e.getMessage());
        }
    }

    /** Interception mode's certificate: Cerulean's own authority signs it, so none may be brought. */
    ServerCertificate interceptCertificate(Path dataDirectory, List<String> hosts) {
        if (Setting.of("--tls-cert", certificate, null).value() != null) {
            throw Setting.of("--tls-cert", certificate, null)
                    .invalid(
                            "--intercept presents a certificate of Cerulean's interception authority; leave out --tls-cert");
        }
        return InterceptOptions.certificate(dataDirectory, hosts);
    }

    private static Path readable(Setting setting) {
        if (setting.value() == null) return null;
        try {
            Path p = Path.of(setting.value());
            if (!Files.isReadable(p)) throw setting.invalid(p + " is not a readable file");
            return p;
        } catch (InvalidPathException e) {
            throw setting.invalid(setting.value() + " is not a path");
        }
    }
}
