package dev.cerulean.cli;

import dev.cerulean.server.tls.InterceptAuthority;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cerulean env}: the environment that sends an unmodified client (az CLI, azure-identity,
 * Terraform, Node, Java) through interception mode: the proxy, and the interception authority as
 * the only trusted one. Creates the authority in the data directory if it has none yet, so that
 * the environment can be set before the server starts.
 */
@Command(
        name = "env",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Print the environment clients need to reach Cerulean in interception mode (serve --intercept).")
final class EnvCommand implements Callable<Integer> {
    static final String TRUST_STORE = "intercept-ca.p12";
    static final String TRUST_STORE_PASSWORD = "changeit";

    private final Main main;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(
            names = "--intercept-port",
            paramLabel = "N",
            description =
                    "Port of the intercepting proxy, as given to serve (env CERULEAN_INTERCEPT_PORT, default 8888).")
    String port;

    @Option(
            names = "--shell",
            paramLabel = "sh|fish|powershell|cmd",
            description = "Syntax of the lines printed (default sh: bash, zsh, dash).")
    String shell = "sh";

    EnvCommand(Main main) {
        this.main = main;
    }

    @Override
    public Integer call() {
        Setting portSetting = Setting.of("--intercept-port", port, InterceptOptions.DEFAULT_PORT);
        int proxyPort = ServeCommand.port(portSetting);
        if (proxyPort == 0) throw portSetting.invalid("the proxy's port must be known: give the one serve uses");
        if (!List.of("sh", "fish", "powershell", "cmd").contains(shell)) {
            throw new InvalidSetting("--shell", null, "one of sh, fish, powershell or cmd");
        }
        Path data = store.resolve().dataDirectory();
        InterceptAuthority authority = InterceptAuthority.of(data, Instant.now());
        Path trustStore = data.resolve(TRUST_STORE);
        authority.writeTrustStore(trustStore, TRUST_STORE_PASSWORD.toCharArray());
        String proxy = "http://127.0.0.1:" + proxyPort;
        String pem = authority.certificateFile().toAbsolutePath().toString();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HTTPS_PROXY", proxy);
        env.put("https_proxy", proxy);
        env.put("REQUESTS_CA_BUNDLE", pem); // Python requests: az CLI, MSAL for Python
        env.put("SSL_CERT_FILE", pem); // OpenSSL-based clients, Go (Terraform)
        env.put("NODE_EXTRA_CA_CERTS", pem); // Node: the Azure SDK for JavaScript
        env.put("AZURE_CLI_DISABLE_CONNECTION_VERIFICATION", null); // never needed: make sure it is off
        env.put(
                "JAVA_TOOL_OPTIONS",
                "-Dhttps.proxyHost=127.0.0.1 -Dhttps.proxyPort=" + proxyPort + " -Djavax.net.ssl.trustStore="
                        + trustStore.toAbsolutePath() + " -Djavax.net.ssl.trustStorePassword=" + TRUST_STORE_PASSWORD
                        + " -Djavax.net.ssl.trustStoreType=PKCS12");
        for (var e : env.entrySet()) main.out.println(line(shell, e.getKey(), e.getValue()));
        main.out.flush();
        return 0;
    }

    /** One variable, set (or, for a null value, unset) in the shell's syntax. */
    static String line(String shell, String name, String value) {
        return switch (shell) {
            case "fish" -> value == null ? "set -e " + name : "set -gx " + name + " " + quoted(value);
            case "powershell" ->
                value == null
                        ? "Remove-Item Env:" + name + " -ErrorAction SilentlyContinue"
                        : "$env:" + name + " = '" + value.replace("'", "''") + "'";
            case "cmd" -> "set " + name + "=" + (value == null ? "" : value);
            default -> value == null ? "unset " + name : "export " + name + "=" + quoted(value);
        };
    }

    private static String quoted(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
