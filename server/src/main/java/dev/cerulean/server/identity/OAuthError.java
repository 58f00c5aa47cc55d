package dev.cerulean.server.identity;

/**
 * A refusal of the identity platform in OAuth 2.0 terms: the {@code error} code, an AADSTS-like
 * number (the same numbers Microsoft's service uses where one fits), a description and the HTTP
 * status. Thrown by the grants and endpoints; {@link OAuthErrors} writes it.
 */
public final class OAuthError extends RuntimeException {
    private final String error;
    private final int code;
    private final int status;
    private final long retryAfterSeconds;

    public OAuthError(int status, String error, int code, String description) {
        this(status, error, code, description, 0);
    }

    private OAuthError(int status, String error, int code, String description, long retryAfterSeconds) {
        super(description, null, false, false);
        this.error = error;
        this.code = code;
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /**
     * Too many attempts: 429 {@code temporarily_unavailable} with {@code Retry-After}, which MSAL and
     * azure-identity honour before they try again.
     */
    public static OAuthError throttled(int code, String description, long retryAfterSeconds) {
        return new OAuthError(429, "temporarily_unavailable", code, description, Math.max(1, retryAfterSeconds));
    }

    /** Seconds the client should wait before trying again; 0 when the refusal is not about waiting. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static OAuthError invalidRequest(int code, String description) {
        return new OAuthError(400, "invalid_request", code, description);
    }

    /** A body over {@link dev.cerulean.server.http.BodyLimit#MAX_BYTES}: AADSTS90004, a request not properly formatted. */
    public static OAuthError tooLarge() {
        return new OAuthError(413, "invalid_request", 90004, dev.cerulean.server.http.BodyLimit.MESSAGE);
    }

    public static OAuthError missing(String parameter) {
        return invalidRequest(900144, "The request body must contain the following parameter: '" + parameter + "'.");
    }

    public static OAuthError invalidGrant(int code, String description) {
        return new OAuthError(400, "invalid_grant", code, description);
    }

    public static OAuthError invalidClient(int code, String description) {
        return new OAuthError(401, "invalid_client", code, description);
    }

    public static OAuthError unauthorizedClient(int code, String description) {
        return new OAuthError(400, "unauthorized_client", code, description);
    }

    public static OAuthError invalidScope(int code, String description) {
        return new OAuthError(400, "invalid_scope", code, description);
    }

    public String error() {
        return error;
    }

    public int code() {
        return code;
    }

    public int status() {
        return status;
    }

    /** The description as Microsoft words it: "AADSTS<code>: <text>". */
    public String description() {
        return "AADSTS" + code + ": " + getMessage();
    }
}
