package dev.cerulean.server.identity;

import java.util.List;
import java.util.Map;

/**
 * One call of the token endpoint: the tenant it named, its form parameters, its Authorization
 * header, the {@code https://host:port} it was sent to (the issuer's base) and the client's address.
 *
 * <p>Parameters are read here rather than through Nimbus's {@code TokenRequest.parse}: Entra names
 * each malformed request with its own AADSTS code (900144 for a missing parameter, 90015 for one
 * sent twice, 90014 for two ways of client authentication…) and clients such as MSAL and the az CLI
 * show those codes to people, while Nimbus answers one generic {@code invalid_request} with its
 * own wording. Nimbus still serves where its types are exact (grant types, PKCE).
 */
public record TokenRequest(
        Tenant tenant, Map<String, List<String>> form, String authorization, String origin, String clientAddress) {

    /** The parameter's one value, null when absent or empty; sent twice it is refused. */
    public String param(String name) {
        List<String> values = form.get(name);
        if (values == null || values.isEmpty()) return null;
        if (values.size() > 1) {
            throw OAuthError.invalidRequest(90015, "The parameter '" + name + "' is duplicated.");
        }
        String value = values.get(0);
        return value == null || value.isEmpty() ? null : value;
    }

    public String required(String name) {
        String value = param(name);
        if (value == null) throw OAuthError.missing(name);
        return value;
    }
}
