package dev.cerulean.server.testing;

import dev.cerulean.core.account.Caller;
import dev.cerulean.server.http.BearerAuthentication;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The one stand-in for the token verifier of the API tests: {@code Bearer test:<name>} speaks for
 * the caller registered under that name (looked up when the token is presented, so a person's
 * objects may change in between), with the scopes or application roles its "token" carries.
 * {@code test:expired} and {@code test:wrong-audience} are refused as a real verifier refuses them;
 * anything else is refused as an invalid token. Optionally for one audience only.
 */
public final class TestBearer implements BearerAuthentication {
    private final Map<String, Supplier<Authenticated>> callers = new ConcurrentHashMap<>();
    private final Audience only;

    public TestBearer() {
        this(null);
    }

    /** Tokens for {@code only} (null: any audience); others are refused with a wrong audience. */
    public TestBearer(Audience only) {
        this.only = only;
    }

    /** A caller with application roles (Graph) and no scopes. */
    public TestBearer with(String name, Caller caller, String... roles) {
        callers.put(name, () -> new Authenticated(caller, List.of(), List.of(roles)));
        return this;
    }

    /** A person acting through a delegated token ({@code user_impersonation}), looked up on each use. */
    public TestBearer person(String name, Supplier<Caller> caller) {
        callers.put(name, () -> new Authenticated(caller.get(), List.of("user_impersonation"), List.of()));
        return this;
    }

    @Override
    public Result authenticate(String header, Audience audience) {
        if (only != null && audience != only)
            return new Refused("InvalidAuthenticationTokenAudience", "Wrong audience.");
        if (header == null || !header.startsWith("Bearer test:")) {
            return new Refused(
                    "InvalidAuthenticationToken", "Access token validation failure. The access token is invalid.");
        }
        String name = header.substring("Bearer test:".length());
        if (name.equals("expired")) {
            return new Refused("ExpiredAuthenticationToken", "The access token expiry UTC time is in the past.");
        }
        if (name.equals("wrong-audience")) {
            return new Refused("InvalidAuthenticationTokenAudience", "The access token has an invalid audience.");
        }
        Supplier<Authenticated> caller = callers.get(name);
        return caller != null
                ? caller.get()
                : new Refused(
                        "InvalidAuthenticationToken", "Access token validation failure. The access token is invalid.");
    }
}
