package dev.cerulean.server.identity;

import java.util.Map;

/** One grant type of the token endpoint: answers the token response's body, or throws an {@link OAuthError}. */
public interface GrantHandler {
    Map<String, Object> grant(TokenRequest request);
}
