package dev.cerulean.server.page;

/**
 * A message at the top of a page: an error is announced at once ({@code role="alert"}), a success
 * or information politely ({@code role="status"}). Templates of every portal render it the same way.
 */
public record Notice(Kind kind, String text) {
    public enum Kind {
        error,
        success,
        info,
        warning
    }

    public static Notice error(String text) {
        return new Notice(Kind.error, text);
    }

    public static Notice success(String text) {
        return new Notice(Kind.success, text);
    }

    public static Notice info(String text) {
        return new Notice(Kind.info, text);
    }

    public String role() {
        return kind == Kind.error ? "alert" : "status";
    }
}
