package dev.cerulean.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.EndpointNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of error handling: unknown routes answer a JSON 404, and any exception a JSON 500
 * without details (they are logged here, never shown to the client).
 */
public final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {}

    public static void register(RoutesConfig routes) {
        routes.exception(
                EndpointNotFound.class,
                (e, ctx) -> write(ctx, 404, "NotFound", "No route " + ctx.method() + " " + ctx.path() + "."));
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            HttpStatus status = HttpStatus.forStatus(e.getStatus());
            write(ctx, e.getStatus(), status.name(), status.getMessage() + ".");
        });
        routes.exception(dev.cerulean.core.account.PasswordHasher.Busy.class, (e, ctx) -> {
            ctx.header("Retry-After", "1");
            write(ctx, 429, "TooManyRequests", "The server is busy; try again in a moment.");
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            write(ctx, 500, "InternalServerError", "The server met an unexpected error.");
        });
    }

    private static void write(Context ctx, int status, String code, String message) {
        ctx.status(status).contentType("application/json").result(Json.cloudError(code, message, null));
    }
}
