package dev.cerulean.server.identity;

import io.javalin.http.Context;

/**
 * The {@code scheme://host:port} a request was sent to, as the client wrote it (Host header): the
 * base of the issuer, the JWKS and the verification URI, so that a client reaches Cerulean at the
 * address it was configured with.
 */
final class Origins {
    private Origins() {}

    static String of(Context ctx) {
        String host = ctx.host();
        if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9.\\-:\\[\\]]{1,300}")) host = "localhost";
        return ctx.scheme() + "://" + host;
    }
}
