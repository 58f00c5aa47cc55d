package dev.cerulean.server;

import java.io.IOException;
import java.util.Locale;

/**
 * The server cannot listen where it was told to: the host is unknown or not an address of this
 * machine, or the port is taken or needs privileges. {@link #setting()} says which setting is wrong;
 * the message says how, in one line, e.g. {@code port 8080 is already in use on localhost}.
 */
public final class CannotListen extends RuntimeException {
    /** The setting to blame. */
    public enum Setting {
        HOST,
        PORT
    }

    private final Setting setting;

    public CannotListen(Setting setting, String message) {
        super(message, null, false, false);
        this.setting = setting;
    }

    public Setting setting() {
        return setting;
    }

    /** The bind failure inside a failed start, or the failure itself when it is something else. */
    static RuntimeException from(RuntimeException failure, Listeners listeners) {
        String port = listeners.tls()
                ? listeners.httpPort() + ", " + listeners.httpsPort() + " or " + listeners.graphPort()
                : String.valueOf(listeners.httpPort());
        IOException io = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // Jetty names the address it failed to bind: "Failed to bind to /127.0.0.1:8443"
            java.util.regex.Matcher bound = BIND.matcher(String.valueOf(t.getMessage()));
            if (bound.find()) port = bound.group(1);
            if (t instanceof IOException e && io == null) io = e;
        }
        return io == null ? failure : because(listeners.host(), port, io);
    }

    private static final java.util.regex.Pattern BIND =
            java.util.regex.Pattern.compile("[Ff]ailed to bind to .*:(\\d+)");

    /**
     * Reads a bind failure: Jetty wraps the JDK's exception, whose message carries the operating
     * system's words ("Address already in use", "Cannot assign requested address", ...).
     */
    static CannotListen because(String host, String port, IOException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String reason = String.valueOf(root.getMessage());
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("already in use")) {
            return new CannotListen(Setting.PORT, "port " + port + " is already in use on " + host);
        }
        if (lower.contains("cannot assign requested address") || lower.contains("can't assign requested address")) {
            return new CannotListen(Setting.HOST, host + " is not an address of this machine");
        }
        if (lower.contains("permission denied") || lower.contains("access denied")) {
            return new CannotListen(Setting.PORT, "port " + port + " needs privileges this process does not have");
        }
        return new CannotListen(Setting.PORT, "cannot listen on " + host + ":" + port + ": " + reason);
    }
}
