package dev.cerulean.server.graph;

/**
 * A refusal on its way to the client, already in Graph's terms: HTTP status, error code and
 * message. Thrown by the request parsing and access checks and written by {@link GraphErrors};
 * nothing has been changed when one is thrown.
 */
final class GraphException extends RuntimeException {
    private final int status;
    private final String code;

    GraphException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    /** Malformed input: 400 naming the field (a property, a query option, a path segment). */
    static GraphException badRequest(String field, String problem) {
        return new GraphException(400, GraphErrors.BAD_REQUEST, "Invalid value for '" + field + "': " + problem);
    }

    static GraphException notFound(String what) {
        return new GraphException(
                404,
                GraphErrors.NOT_FOUND,
                "Resource '" + what
                        + "' does not exist or one of its queried reference-property objects are not present.");
    }

    static GraphException denied() {
        return new GraphException(403, GraphErrors.DENIED, "Insufficient privileges to complete the operation.");
    }

    static GraphException unauthenticated(String message) {
        return new GraphException(401, GraphErrors.UNAUTHENTICATED, message);
    }
}
