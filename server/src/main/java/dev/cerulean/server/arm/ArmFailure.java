package dev.cerulean.server.arm;

import java.util.Map;

/**
 * A refused ARM request on its way to the client: thrown anywhere below an endpoint, rendered in
 * ARM's error shape by {@link ArmErrors} (the one translator). Carries no stack trace: it is an
 * answer, not a bug.
 */
final class ArmFailure extends RuntimeException {
    final int status;
    final String code;
    final String target;
    final Map<String, String> headers;

    ArmFailure(int status, String code, String message, String target, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.target = target;
        this.headers = Map.copyOf(headers);
    }

    ArmFailure(int status, String code, String message, String target) {
        this(status, code, message, target, Map.of());
    }

    /** A malformed request: 400 with a code and target naming the field. */
    static ArmFailure badRequest(String code, String field, String message) {
        return new ArmFailure(400, code, message, field);
    }
}
