package dev.cerulean.server.graph;

import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.server.page.Language;
import dev.cerulean.server.page.Messages;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one translator from refusals to Microsoft Graph's error shape
 * {@code {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}}:
 * every rule code of the core has its status and Graph code here, so every API answer about the
 * same rule looks the same.
 */
public final class GraphErrors {
    public static final String BAD_REQUEST = "Request_BadRequest";
    public static final String NOT_FOUND = "Request_ResourceNotFound";
    public static final String DENIED = "Authorization_RequestDenied";
    public static final String UNAUTHENTICATED = "InvalidAuthenticationToken";
    public static final String QUOTA = "Directory_QuotaExceeded";
    public static final String CONFLICT = "Request_MultipleObjectsWithSameKeyValue";
    public static final String THROTTLED = "TooManyRequests";
    public static final String PRECONDITION = "Request_PreconditionFailed";
    public static final String INTERNAL = "InternalServerError";
    /** A body over {@link dev.cerulean.server.http.BodyLimit#MAX_BYTES}, in the family of Graph's directory request codes. */
    public static final String TOO_LARGE = "Request_EntityTooLarge";

    /** Status and Graph code of one rule's refusal. */
    public record Mapping(int status, String code) {}

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final Pattern CLIENT_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String REQUEST_ID = "graph.request-id";

    private static final Messages ENGLISH = Messages.of(Language.en);

    private GraphErrors() {}

    /**
     * Where a rule's refusal goes, by its kind: Graph answers "already exists" and limits with 400
     * and their own codes (as Entra does), and a state that forbids the request as a bad request.
     */
    public static Mapping of(RuleCode code) {
        return switch (code.kind()) {
            case INVALID, CONFLICT -> new Mapping(400, BAD_REQUEST);
            case EXISTS -> new Mapping(400, CONFLICT);
            case LIMIT -> new Mapping(400, QUOTA);
            case UNAUTHENTICATED -> new Mapping(401, UNAUTHENTICATED);
            case DENIED -> new Mapping(403, DENIED);
            case NOT_FOUND -> new Mapping(404, NOT_FOUND);
            case STALE -> new Mapping(412, PRECONDITION);
            case THROTTLED -> new Mapping(429, THROTTLED);
        };
    }

    /** The refusal as an exception for the handler wrapper to write. */
    static GraphException of(Outcome.Rejected<?> refusal) {
        Mapping m = of(refusal.code());
        return new GraphException(m.status(), m.code(), message(refusal.code(), refusal.args()));
    }

    /**
     * Graph's usual sentence for the kind of refusal (clients match on it), then the code and the
     * one catalogue's English message of the rule.
     */
    static String message(RuleCode code, java.util.List<String> args) {
        String base = switch (code.kind()) {
            case NOT_FOUND ->
                "Resource '" + (args.isEmpty() ? "" : args.get(0))
                        + "' does not exist or one of its queried reference-property objects are not present.";
            case DENIED -> "Insufficient privileges to complete the operation.";
            case EXISTS -> "Another object with the same value for a key property already exists.";
            case LIMIT -> "A directory limit has been reached.";
            case UNAUTHENTICATED -> "Access token validation failure.";
            case THROTTLED -> "Too many requests.";
            case STALE -> "The object changed since it was read.";
            case INVALID, CONFLICT ->
                code == RuleCode.PasswordTooWeak
                        ? "The specified password does not comply with password complexity requirements."
                        : "The request is invalid.";
        };
        return base + " (" + code.name() + ": " + ENGLISH.rule(code, args) + ")";
    }

    /** The request id of this request (made on first use); the response headers carry it too. */
    static String requestId(Context ctx) {
        Object id = ctx.attribute(REQUEST_ID);
        if (id == null) {
            id = UUID.randomUUID().toString();
            ctx.attribute(REQUEST_ID, id);
        }
        return (String) id;
    }

    /** The client's own correlation id when it sent a sensible one, else the request id. */
    static String clientRequestId(Context ctx) {
        String sent = ctx.header("client-request-id");
        return sent != null && CLIENT_REQUEST_ID.matcher(sent).matches() ? sent : requestId(ctx);
    }

    static void write(Context ctx, GraphException e, Clock clock) {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("date", DATE.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        inner.put("request-id", requestId(ctx));
        inner.put("client-request-id", clientRequestId(ctx));
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", e.code());
        error.put("message", e.getMessage());
        error.put("innerError", inner);
        if (e.status() == 401) {
            ctx.header(
                    "WWW-Authenticate",
                    "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/"
                            + "common/oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\"");
        }
        GraphJson.write(ctx, e.status(), Map.of("error", error));
    }

    /** For a Graph-only server: unknown routes and unexpected failures in Graph's shape. */
    public static void register(io.javalin.config.RoutesConfig routes, Clock clock) {
        routes.exception(
                io.javalin.router.EndpointNotFound.class,
                (e, ctx) -> write(
                        ctx,
                        new GraphException(
                                400,
                                BAD_REQUEST,
                                "Invalid request: no resource " + ctx.method() + " " + ctx.path() + "."),
                        clock));
        routes.exception(
                io.javalin.http.HttpResponseException.class,
                (e, ctx) -> write(
                        ctx,
                        new GraphException(
                                e.getStatus(),
                                e.getStatus() == 404 ? NOT_FOUND : BAD_REQUEST,
                                "The request could not be served (" + e.getStatus() + ")."),
                        clock));
        routes.exception(Exception.class, (e, ctx) -> {
            org.slf4j.LoggerFactory.getLogger(GraphErrors.class).error("{} {} failed", ctx.method(), ctx.path(), e);
            write(ctx, new GraphException(500, INTERNAL, "The server met an unexpected error."), clock);
        });
    }
}
