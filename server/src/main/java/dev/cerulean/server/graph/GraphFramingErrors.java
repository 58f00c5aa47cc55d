package dev.cerulean.server.graph;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests Jetty refuses before any route sees them (an undecodable or ambiguous path, headers
 * too large) still answer in Graph's error shape rather than Jetty's HTML page. Install on a
 * Graph-only server: {@code config.jetty.modifyServer(s -> s.setErrorHandler(new GraphFramingErrors(clock)))}.
 */
final class GraphFramingErrors extends ErrorHandler {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
    private final Clock clock;

    GraphFramingErrors(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("date", DATE.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        inner.put("request-id", id);
        inner.put("client-request-id", id);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put(
                "code",
                code == 404 ? GraphErrors.NOT_FOUND : code >= 500 ? GraphErrors.INTERNAL : GraphErrors.BAD_REQUEST);
        error.put("message", "The request could not be read (HTTP " + code + ").");
        error.put("innerError", inner);
        byte[] body = GraphJson.string(Map.of("error", error)).getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, GraphJson.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        // Jetty drops the connection after a request it could not read; say so, so clients do not reuse it.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
