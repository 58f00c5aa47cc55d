package dev.cerulean.server.identity;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The client id and secret a request carries, either in the body ({@code client_secret_post}) or
 * in an {@code Authorization: Basic} header ({@code client_secret_basic}, each part URL-encoded
 * as RFC 6749 says). Using both at once is refused. {@code secret} is null when none was sent;
 * {@code clientAddress} is where the request came from (wrong secrets are throttled per client and address).
 */
public record ClientCredentials(String clientId, String secret, String clientAddress) {

    static ClientCredentials of(TokenRequest request) {
        String header = request.authorization();
        String bodyId = request.param("client_id");
        String bodySecret = request.param("client_secret");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (bodySecret != null) {
                throw OAuthError.invalidRequest(90014, "The request must use only one client authentication method.");
            }
            String decoded;
            try {
                decoded = new String(
                        Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw OAuthError.invalidClient(7000215, "The Authorization header is not valid Basic credentials.");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0)
                throw OAuthError.invalidClient(7000215, "The Authorization header is not valid Basic credentials.");
            String id = URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
            String secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
            if (bodyId != null && !bodyId.equals(id)) {
                throw OAuthError.invalidRequest(
                        90014, "client_id in the body does not match the Authorization header.");
            }
            return new ClientCredentials(id, secret, request.clientAddress());
        }
        if (bodyId == null) throw OAuthError.missing("client_id");
        return new ClientCredentials(bodyId, bodySecret, request.clientAddress());
    }

    @Override
    public String toString() {
        return "ClientCredentials[" + clientId + ", secret redacted]";
    }
}
