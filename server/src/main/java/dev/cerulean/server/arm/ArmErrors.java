package dev.cerulean.server.arm;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.server.http.Json;
import dev.cerulean.server.page.Language;
import dev.cerulean.server.page.Messages;
import io.javalin.http.Context;
import java.util.List;

/**
 * The one translator from refusals to ARM's wire: the HTTP status of every {@link RuleCode.Kind},
 * the English message, and the CloudError body {@code {"error":{"code","message","target","details":[]}}}.
 */
public final class ArmErrors {
    private static final Messages ENGLISH = Messages.of(Language.en);

    private ArmErrors() {}

    /** The HTTP status ARM answers for a rule's refusal: by its kind, so every rule of a kind answers alike. */
    public static int status(RuleCode code) {
        return switch (code.kind()) {
            case INVALID, LIMIT -> 400;
            case UNAUTHENTICATED -> 401;
            case DENIED -> 403;
            case NOT_FOUND -> 404;
            case EXISTS, CONFLICT -> 409;
            case STALE -> 412;
            case THROTTLED -> 429;
        };
    }

    /** The failure to answer for a use case's refusal by {@code caller}. */
    static ArmFailure of(Outcome.Rejected<?> rejected, Caller caller) {
        RuleCode code = rejected.code();
        return new ArmFailure(
                status(code), code.name(), message(code, rejected.args(), caller), target(code, rejected.args()));
    }

    /**
     * The English message of the one catalogue ({@code messages_en.properties}), except where ARM's
     * own wording matters because clients and people search for it.
     */
    static String message(RuleCode code, List<String> args, Caller caller) {
        String a0 = args.isEmpty() ? "" : args.get(0);
        return switch (code) {
            case AuthorizationFailed ->
                "The client '" + (caller == null ? a0 : caller.displayName()) + "' with object id '"
                        + (caller == null ? "" : String.valueOf(caller.principal()))
                        + "' does not have authorization to perform action '"
                        + arg(args, 1) + "' over scope '" + arg(args, 2)
                        + "' or the scope is invalid. If access was recently granted, "
                        + "please refresh your credentials.";
            case SubscriptionNotFound -> "The subscription '" + a0 + "' could not be found.";
            case ResourceGroupNotFound -> "Resource group '" + a0 + "' could not be found.";
            case RoleAssignmentNotFound -> "The role assignment '" + a0 + "' is not found.";
            case RoleDefinitionNotFound -> "The role definition '" + a0 + "' does not exist.";
            case RoleAssignmentExists ->
                "The role assignment already exists. The ID of the existing role assignment is " + a0 + ".";
            case InvalidLocation ->
                args.size() > 2
                        ? "It already exists in location '" + arg(args, 2) + "'; it cannot move to '" + arg(args, 1)
                                + "'."
                        : "The location '" + arg(args, 1) + "' is not a location.";
            default -> ENGLISH.rule(code, args);
        };
    }

    private static String target(RuleCode code, List<String> args) {
        return switch (code) {
            case InvalidName, InvalidLocation -> args.isEmpty() ? null : args.get(0);
            case LocationRequired -> "location";
            case InvalidIdentityType -> "identity.type";
            case RoleAssignmentDescriptionTooLong -> "properties.description";
            default -> null;
        };
    }

    private static String arg(List<String> args, int i) {
        return i < args.size() ? args.get(i) : "";
    }

    /** Writes the failure: status, its headers and the CloudError body (none for HEAD). */
    static void write(Context ctx, ArmFailure failure) {
        failure.headers.forEach(ctx::header);
        ctx.status(failure.status);
        if ("HEAD".equals(ctx.method().name())) return;
        ctx.contentType("application/json; charset=utf-8")
                .result(Json.cloudError(failure.code, failure.getMessage(), failure.target));
    }
}
