package dev.cerulean.cli;

import dev.cerulean.server.http.AzurePublicNames;
import dev.cerulean.server.tls.InterceptAuthority;
import dev.cerulean.server.tls.SelfSignedCertificate;
import dev.cerulean.server.tls.ServerCertificate;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Interception mode: an HTTP proxy that tunnels Azure's public names to this server, whose
 * certificate (for its own names and Azure's) is signed by an authority kept in the data
 * directory. Clients set HTTPS_PROXY and trust that authority ({@code cerulean env}).
 */
public final class InterceptOptions {
    static final String DEFAULT_PORT = "8888";

    @Option(
            names = "--intercept",
            description =
                    "Answer for Azure's public names (login.microsoftonline.com, management.azure.com, "
                            + "graph.microsoft.com, …) through an intercepting proxy (env CERULEAN_INTERCEPT; see cerulean env).")
    Boolean intercept;

    @Option(
            names = "--intercept-port",
            paramLabel = "N",
            description =
                    "Port of the intercepting proxy, on the --host's address (env CERULEAN_INTERCEPT_PORT, default 8888; "
                            + "any free one when --port is 0).")
    String port;

    boolean enabled() {
        return Boolean.TRUE.equals(intercept);
    }

    int port(int httpPort) {
        return ServeCommand.port(Setting.of("--intercept-port", port, httpPort == 0 ? "0" : DEFAULT_PORT));
    }

    /** The server certificate for {@code hosts} and Azure's names, signed by the data directory's authority. */
    static ServerCertificate certificate(Path dataDirectory, List<String> hosts) {
        List<String> names = new ArrayList<>(hosts);
        names.addAll(AzurePublicNames.all());
        return InterceptAuthority.of(dataDirectory, Instant.now())
                .issue(SelfSignedCertificate.names(names), Instant.now());
    }
}
