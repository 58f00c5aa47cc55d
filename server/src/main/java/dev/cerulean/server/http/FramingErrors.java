package dev.cerulean.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests Jetty refuses before any route sees them (a request line it cannot parse, e.g. an
 * unencoded space in a query, or headers too large) answer with a JSON error body rather than
 * Jetty's HTML page: ARM's shape on the main ports, Graph's own on the Graph port.
 */
public final class FramingErrors extends ErrorHandler {
    private final ErrorHandler graph;
    private final IntSupplier graphPort;

    public FramingErrors(ErrorHandler graph, IntSupplier graphPort) {
        this.graph = graph;
        this.graphPort = graphPort;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (Request.getLocalPort(request) == graphPort.getAsInt()) return graph.handle(request, response, callback);
        return super.handle(request, response, callback);
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        String errorCode = code == 404 ? "NotFound" : code >= 500 ? "InternalServerError" : "BadRequest";
        String body = "{\"error\":{\"code\":\"" + errorCode + "\",\"message\":\"The request could not be read (HTTP "
                + code + ").\",\"target\":null,\"details\":[]}}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        // Jetty drops the connection after a request it could not read: say so, so clients do not reuse it
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }
}
