package dev.cerulean.cli;

import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli's default for a flag that is not given: its CERULEAN_* environment variable when set and
 * not blank. Together with the fallbacks of {@link Setting} this gives the documented precedence:
 * flag, else environment variable, else default. The environment is passed in (not read through
 * picocli's {@code ${env:...}}) so that tests can run the command line with an environment of their own.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {
    /** The flags that have an environment variable, and its name. */
    private static final Map<String, String> VARIABLES = Map.ofEntries(
            Map.entry("--data", "CERULEAN_DATA"),
            Map.entry("--db", "CERULEAN_DB_URL"),
            Map.entry("--db-user", "CERULEAN_DB_USER"),
            Map.entry("--db-password", "CERULEAN_DB_PASSWORD"),
            Map.entry("--world", "CERULEAN_WORLD"),
            Map.entry("--port", "CERULEAN_PORT"),
            Map.entry("--host", "CERULEAN_HOST"),
            Map.entry("--link-request-expiry", "CERULEAN_LINK_REQUEST_EXPIRY"),
            Map.entry("--issuer-host", "CERULEAN_ISSUER_HOSTS"),
            Map.entry("--https-port", "CERULEAN_HTTPS_PORT"),
            Map.entry("--graph-port", "CERULEAN_GRAPH_PORT"),
            Map.entry("--tls-cert", "CERULEAN_TLS_CERT"),
            Map.entry("--tls-key", "CERULEAN_TLS_KEY"),
            Map.entry("--signin-throttle", "CERULEAN_SIGNIN_THROTTLE"),
            Map.entry("--signin-lockout-failures", "CERULEAN_SIGNIN_LOCKOUT_FAILURES"),
            Map.entry("--key-encryption-key", "CERULEAN_KEY_ENCRYPTION_KEY"),
            Map.entry("--signin-lockout", "CERULEAN_SIGNIN_LOCKOUT"),
            Map.entry("--session-idle", "CERULEAN_SESSION_IDLE"),
            Map.entry("--session-max", "CERULEAN_SESSION_MAX"),
            Map.entry("--intercept", "CERULEAN_INTERCEPT"),
            Map.entry("--intercept-port", "CERULEAN_INTERCEPT_PORT"));

    private final Map<String, String> environment;

    EnvironmentDefaults(Map<String, String> environment) {
        this.environment = environment;
    }

    /** The environment variable of {@code flag}. */
    static String variable(String flag) {
        String name = VARIABLES.get(flag);
        if (name == null) throw new IllegalArgumentException(flag + " has no environment variable");
        return name;
    }

    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (!(argSpec instanceof OptionSpec option)) return null;
        String name = VARIABLES.get(option.longestName());
        String value = name == null ? null : environment.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
