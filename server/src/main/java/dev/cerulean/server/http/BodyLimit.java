package dev.cerulean.server.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/**
 * The largest request body any endpoint reads: 1 MB, Javalin's {@code maxRequestSize} (set to this
 * value where the server is configured). Each API answers a larger body with 413 in its own error
 * shape, decided before anything else runs, so that no endpoint meets Javalin's exception midway.
 */
public final class BodyLimit {
    public static final int MAX_BYTES = 1_000_000;
    public static final String MESSAGE = "The request body is larger than 1 MB.";

    private BodyLimit() {}

    /**
     * True when the body is larger than {@link #MAX_BYTES}: by its Content-Length, or (a body of
     * unknown length) once read; Javalin keeps a body it has read, so the endpoint reads it again for free.
     */
    public static boolean exceeded(Context ctx) {
        long declared = ctx.contentLength();
        if (declared > MAX_BYTES) return true;
        if (declared >= 0) return false;
        return tooLarge(() -> ctx.bodyAsBytes());
    }

    /** True when {@code e} is Javalin's refusal of a body over {@code maxRequestSize}. */
    public static boolean isTooLarge(Throwable e) {
        return e instanceof HttpResponseException h && h.getStatus() == 413;
    }

    private static boolean tooLarge(Runnable read) {
        try {
            read.run();
            return false;
        } catch (HttpResponseException e) {
            if (isTooLarge(e)) return true;
            throw e;
        }
    }
}
