package dev.cerulean.cli;

/**
 * A configuration value that cannot work. Start-up stops with one line naming the flag and its
 * environment variable, e.g. {@code invalid --port (CERULEAN_PORT): 70000 is not a port number}.
 */
public final class InvalidSetting extends RuntimeException {
    public InvalidSetting(String flag, String env, String problem) {
        super("invalid " + flag + " (" + env + "): " + problem, null, false, false);
    }
}
