package dev.cerulean.server.graph;

import dev.cerulean.core.account.Caller;
import dev.cerulean.server.http.BearerAuthentication;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for the token verifier: {@code Bearer test:<name>} speaks for the caller registered
 * under that name, with the application roles its "token" carries. Anything else is refused, as
 * a token that fails validation is.
 */
final class TestBearer implements BearerAuthentication {
    private final Map<String, Authenticated> callers = new ConcurrentHashMap<>();

    TestBearer with(String name, Caller caller, String... roles) {
        callers.put(name, new Authenticated(caller, List.of(), List.of(roles)));
        return this;
    }

    @Override
    public Result authenticate(String header, Audience audience) {
        if (audience != Audience.GRAPH) return new Refused("InvalidAuthenticationTokenAudience", "Wrong audience.");
        if (header == null || !header.startsWith("Bearer test:")) {
            return new Refused("InvalidAuthenticationToken", "Access token validation failure. Invalid audience.");
        }
        Authenticated caller = callers.get(header.substring("Bearer test:".length()));
        return caller != null ? caller : new Refused("InvalidAuthenticationToken", "Access token validation failure.");
    }
}
