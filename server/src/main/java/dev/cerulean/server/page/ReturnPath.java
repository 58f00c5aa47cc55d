package dev.cerulean.server.page;

/**
 * Where to go after sign-in or sign-out: only a path on this server ({@code /…}, not
 * {@code //host} or {@code /\host}), never another origin; anything else means "/".
 */
public final class ReturnPath {
    public static final int MAX_LENGTH = 8192;

    private ReturnPath() {}

    public static String safe(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_LENGTH) return "/";
        if (path.charAt(0) != '/') return "/";
        if (path.length() > 1 && (path.charAt(1) == '/' || path.charAt(1) == '\\')) return "/";
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') return "/";
        }
        return path;
    }

    /** True when {@code path} is a path on this server; false for absolute URLs and the tricks above. */
    public static boolean isSafe(String path) {
        return path != null && !path.isEmpty() && safe(path).equals(path);
    }
}
