package dev.cerulean.server.http;

import dev.cerulean.core.account.Caller;

/**
 * Turns a request's {@code Authorization: Bearer …} header into the caller it speaks for, for
 * one expected audience (ARM or Graph). Implemented by the identity platform's token verifier;
 * the APIs depend only on this.
 */
public interface BearerAuthentication {

    /** What the header proved. */
    sealed interface Result permits Authenticated, Refused {}

    /** A valid token: the caller, through the token's tenant ({@code caller.directory()}). */
    record Authenticated(Caller caller, java.util.List<String> scopes, java.util.List<String> roles)
            implements Result {}

    /**
     * No valid token. {@code reason} says why, in ARM's terms: AuthenticationFailed (missing or
     * malformed), ExpiredAuthenticationToken, InvalidAuthenticationTokenAudience,
     * InvalidAuthenticationToken (signature, issuer, algorithm, unknown key).
     */
    record Refused(String reason, String message) implements Result {}

    Result authenticate(String authorizationHeader, Audience audience);

    enum Audience {
        ARM,
        GRAPH
    }
}
