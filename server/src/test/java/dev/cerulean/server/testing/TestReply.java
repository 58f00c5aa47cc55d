package dev.cerulean.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * One answer of the server, as every API test reads it: status, body, headers, the JSON body,
 * the error code in ARM's and Graph's shape ({@code error.code}) or OAuth's ({@code error}), and
 * the claims of a token in it.
 */
public record TestReply(int status, String body, HttpResponse<String> raw) {
    public static final ObjectMapper JSON = new ObjectMapper();

    /** The body as JSON; an empty object for a body that is no JSON document (an HTML page, nothing). */
    public JsonNode json() {
        String trimmed = body == null ? "" : body.strip();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) return JSON.createObjectNode();
        try {
            return JSON.readTree(trimmed);
        } catch (Exception e) {
            throw new AssertionError("not JSON (" + status + "): " + body, e);
        }
    }

    public Map<String, List<String>> headers() {
        return raw.headers().map();
    }

    /** The first value of a header, whatever its case; null when absent. */
    public String header(String name) {
        return raw.headers().firstValue(name).orElse(null);
    }

    /** ARM's and Graph's error code: {@code error.code}. */
    public String errorCode() {
        return json().path("error").path("code").asText();
    }

    /** OAuth's error: {@code error} as a string. */
    public String error() {
        return json().path("error").asText();
    }

    /** The claims of the token in the JSON field {@code field} (e.g. access_token). */
    public JWTClaimsSet claims(String field) throws Exception {
        return SignedJWT.parse(json().path(field).asText()).getJWTClaimsSet();
    }
}
