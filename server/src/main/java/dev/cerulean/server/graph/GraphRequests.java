package dev.cerulean.server.graph;

import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.server.http.BodyLimit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How every Graph request runs: authenticate (the token decides caller and directory), then the
 * route's handler; any refusal becomes Graph's error shape through {@link GraphErrors}, and an
 * unexpected failure a logged 500 without details. Every response carries request ids.
 */
final class GraphRequests {
    private static final Logger LOG = LoggerFactory.getLogger(GraphRequests.class);

    /** A route's work once the caller is known. */
    interface GraphHandler {
        GraphResponse handle(Context ctx, GraphCaller caller);
    }

    private final GraphAccess access;
    private final Transactions transactions;
    private final Clock clock;

    GraphRequests(GraphAccess access, Transactions transactions, Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    Handler handler(GraphHandler route) {
        return ctx -> {
            ctx.header("request-id", GraphErrors.requestId(ctx));
            ctx.header("client-request-id", GraphErrors.clientRequestId(ctx));
            try {
                // a body over the limit is refused before anything else, as Azure's front door does
                if (BodyLimit.exceeded(ctx)) throw tooLarge();
                GraphCaller caller = transactions.inTransaction(() -> access.authenticate(ctx));
                GraphResponse response = route.handle(ctx, caller);
                if (response.body() == null) ctx.status(response.status());
                else GraphJson.write(ctx, response.status(), response.body());
            } catch (GraphException e) {
                GraphErrors.write(ctx, e, clock);
            } catch (dev.cerulean.core.account.PasswordHasher.Busy e) {
                ctx.header("Retry-After", "1");
                GraphErrors.write(
                        ctx,
                        new GraphException(
                                429,
                                GraphErrors.THROTTLED,
                                "Too many requests: the server is busy hashing passwords. Try again in a moment."),
                        clock);
            } catch (RuntimeException e) {
                if (BodyLimit.isTooLarge(e)) {
                    GraphErrors.write(ctx, tooLarge(), clock);
                    return;
                }
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                GraphErrors.write(
                        ctx,
                        new GraphException(500, GraphErrors.INTERNAL, "The server met an unexpected error."),
                        clock);
            }
        };
    }

    private static GraphException tooLarge() {
        return new GraphException(413, GraphErrors.TOO_LARGE, BodyLimit.MESSAGE);
    }

    /** Reads in one transaction, so that a page is consistent. */
    <T> T read(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    /** Runs a use case in its transaction; a refusal becomes its Graph error. */
    <T> T change(Supplier<Outcome<T>> useCase) {
        return outcome(attempt(useCase));
    }

    /** Runs a use case in its transaction (losing a race answers PreconditionFailed). */
    <T> Outcome<T> attempt(Supplier<Outcome<T>> useCase) {
        return transactions.attempt(useCase);
    }

    /** The value, or the refusal as its Graph error. */
    <T> T outcome(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Rejected<T> refusal) throw GraphErrors.of(refusal);
        return outcome.orThrow();
    }

    /** An object id from the path; anything else is a 400 naming {@code field}. */
    static dev.cerulean.core.common.ObjectId objectId(String text, String field) {
        return dev.cerulean.core.common.ObjectId.parse(text)
                .orElseThrow(
                        () -> GraphException.badRequest(field, "invalid object identifier '" + shorten(text) + "'."));
    }

    /** Client text quoted in a message, cut short. */
    static String shorten(String text) {
        String clean = text.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return clean.length() <= 120 ? clean : clean.substring(0, 120) + "…";
    }
}
