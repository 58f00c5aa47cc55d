package dev.cerulean.server.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cerulean.server.http.BodyLimit;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where the identity platform's failures become responses, in the shape MSAL and
 * azure-identity parse: {@code {"error","error_description","error_codes","timestamp","trace_id",
 * "correlation_id"}}. Unexpected failures are logged and answered as a temporary unavailability,
 * never as a 500 with details.
 */
public final class OAuthErrors {
    private static final Logger LOG = LoggerFactory.getLogger(OAuthErrors.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'");

    private final Clock clock;

    public OAuthErrors(Clock clock) {
        this.clock = clock;
    }

    /** Translates any failure of an identity endpoint. */
    public OAuthError translate(Exception e, Context ctx) {
        if (e instanceof OAuthError o) return o;
        if (e instanceof dev.cerulean.core.account.PasswordHasher.Busy) {
            return OAuthError.throttled(50196, "The server is busy; try again in a moment.", 1);
        }
        if (BodyLimit.isTooLarge(e)) return OAuthError.tooLarge();
        if (e instanceof IllegalArgumentException) {
            return OAuthError.invalidRequest(900144, "The request is malformed: " + e.getMessage());
        }
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        return new OAuthError(
                503, "temporarily_unavailable", 90033, "A transient error has occurred. Please try again.");
    }

    public void write(Exception e, Context ctx) {
        OAuthError error = translate(e, ctx);
        if (error.status() == 401) ctx.header("WWW-Authenticate", "Basic realm=\"cerulean\"");
        if (error.retryAfterSeconds() > 0) ctx.header("Retry-After", Long.toString(error.retryAfterSeconds()));
        ctx.status(error.status())
                .contentType("application/json; charset=utf-8")
                .result(body(error, correlation(ctx)));
    }

    String body(OAuthError error, String correlationId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error.error());
        body.put(
                "error_description",
                error.description() + "\r\nTrace ID: " + correlationId + "\r\nCorrelation ID: " + correlationId
                        + "\r\nTimestamp: " + timestamp());
        body.put("error_codes", List.of(error.code()));
        body.put("timestamp", timestamp());
        body.put("trace_id", correlationId);
        body.put("correlation_id", correlationId);
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private String timestamp() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).format(TIMESTAMP);
    }

    /** The client's correlation id when it sent one (MSAL does), else a new one. */
    static String correlation(Context ctx) {
        String sent = ctx.header("client-request-id");
        if (sent != null && sent.length() <= 64 && sent.matches("[A-Za-z0-9-]+")) return sent;
        return UUID.randomUUID().toString();
    }
}
