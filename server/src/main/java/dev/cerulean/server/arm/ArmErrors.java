package dev.cerulean.server.arm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import io.javalin.http.Context;
import java.util.List;

/**
 * The one translator from refusals to ARM's wire: the HTTP status of every {@link RuleCode}, the
 * English message, and the CloudError body {@code {"error":{"code","message","target","details":[]}}}.
 */
public final class ArmErrors {
    private ArmErrors() {}

    /** The HTTP status ARM answers for a rule's refusal. */
    public static int status(RuleCode code) {
        return switch (code) {
            case AuthorizationFailed, RequiresOwner, CoAdministratorCannotChangeDirectory,
                 EditDirectoryRequiresMicrosoftAccount, RequiresServiceAdministrator, NotGlobalAdministrator,
                 OnlyAccountAdministratorCanChangeServiceAdministrator, RequiresServiceOrCoAdministrator,
                 InsufficientDirectoryRole, UseExistingDirectoryRequiresMicrosoftAccount, CallerNotInTargetDirectory,
                 AzureSignUpRequiresPerson, NotDestinationOwner -> 403;
            case DirectoryNotFound, SubscriptionNotFound, MicrosoftAccountNotFound, UserNotFound, AppNotFound,
                 ResourceGroupNotFound, ResourceNotFound, RoleDefinitionNotFound, RoleAssignmentNotFound,
                 SupportRequestNotFound, DomainNotFound, DirectoryLinkRequestNotFound, NotCoAdministrator,
                 ChangeTenantRequestNotFound -> 404;
            case RoleAssignmentExists, RoleAssignmentUpdateNotPermitted, RoleDefinitionInUse, RoleDefinitionNameExists,
                 ResourceGroupExists, ResourceGroupNotEmpty, ResourceExists, AlreadyCoAdministrator, DomainAlreadyExists,
                 DomainAlreadyVerified, MicrosoftAccountExists, UserAlreadyExists, ServiceAdministratorAlreadyInDirectory,
                 ServiceAdministratorMatchesGlobalAdministrator, AmbiguousDualAccountEmail, LastGlobalAdministrator,
                 CannotRemoveServiceAdministrator, SubscriptionNotActive -> 409;
            case PreconditionFailed -> 412;
            case InvalidCredentials, UserAccountDisabled -> 401;
            case TooManySignInAttempts, AccountTemporarilyLocked -> 429;
            // limits, malformed values and requests the rules refuse as such
            default -> 400;
        };
    }

    /** The failure to answer for a use case's refusal by {@code caller}. */
    static ArmFailure of(Outcome.Rejected<?> rejected, Caller caller) {
        RuleCode code = rejected.code();
        return new ArmFailure(status(code), code.name(), message(code, rejected.args(), caller), target(code, rejected.args()));
    }

    /** Plain English, naming what the rule needs (ARM's own wording where the client shows it). */
    static String message(RuleCode code, List<String> args, Caller caller) {
        String a0 = args.isEmpty() ? "" : args.get(0);
        return switch (code) {
            case AuthorizationFailed -> "The client '" + (caller == null ? a0 : caller.displayName()) + "' with object id '"
                    + (caller == null ? "" : String.valueOf(caller.principal())) + "' does not have authorization to perform action '"
                    + arg(args, 1) + "' over scope '" + arg(args, 2) + "' or the scope is invalid. If access was recently granted, "
                    + "please refresh your credentials.";
            case SubscriptionNotFound -> "The subscription '" + a0 + "' could not be found.";
            case ResourceGroupNotFound -> "Resource group '" + a0 + "' could not be found.";
            case RoleAssignmentNotFound -> "The role assignment '" + a0 + "' is not found.";
            case RoleDefinitionNotFound -> "The role definition '" + a0 + "' does not exist.";
            case RoleAssignmentExists -> "The role assignment already exists. The ID of the existing role assignment is " + a0 + ".";
            case RoleAssignmentLimitExceeded -> "No more role assignments can be created in subscription " + a0
                    + ": the limit of " + arg(args, 1) + " is reached.";
            case RoleAssignmentDescriptionTooLong -> "The role assignment's description is " + a0 + " characters long; "
                    + "at most " + arg(args, 1) + " characters are allowed.";
            case PrincipalNotInDirectory -> "Principal " + a0 + " does not exist in the directory " + arg(args, 1) + ".";
            case PreconditionFailed -> "The subscription " + a0 + " changed while the request was being made; nothing was "
                    + "changed. Look at it again and retry.";
            case RequiresOwner -> "Only an Owner of subscription " + arg(args, 1) + " may change its directory.";
            case CoAdministratorCannotChangeDirectory -> "A co-administrator cannot change the directory of a subscription.";
            case CallerNotInTargetDirectory -> "'" + a0 + "' is not a user of the destination directory " + arg(args, 1) + ".";
            case ChangeTenantRequestNotFound -> "No directory change request of subscription " + a0
                    + " is known to this caller.";
            case NotDestinationOwner -> "'" + a0 + "' is not the destination owner named in the request; only that "
                    + "account of directory " + arg(args, 1) + " may accept it.";
            case SameDirectory -> "The subscription already trusts directory " + a0 + ".";
            case OfferTypeNotSupported -> "Subscriptions of offer " + a0 + " (" + arg(args, 1)
                    + ") cannot change their directory.";
            case InvalidName -> "The value '" + arg(args, 1) + "' of '" + a0 + "' is not a valid name.";
            case InvalidLocation -> args.size() > 2
                    ? "The resource group already exists in location '" + arg(args, 2) + "'; it cannot move to '" + arg(args, 1) + "'."
                    : "The location '" + arg(args, 1) + "' is not a location.";
            default -> code.name() + (args.isEmpty() ? "." : ": " + String.join(", ", args) + ".");
        };
    }

    private static String target(RuleCode code, List<String> args) {
        return switch (code) {
            case InvalidName, InvalidLocation -> args.isEmpty() ? null : args.get(0);
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
        ObjectNode error = ArmJson.MAPPER.createObjectNode();
        ObjectNode inner = error.putObject("error");
        inner.put("code", failure.code);
        inner.put("message", failure.getMessage());
        if (failure.target != null) inner.put("target", failure.target); else inner.putNull("target");
        inner.putArray("details");
        ctx.contentType("application/json; charset=utf-8").result(error.toString());
    }
}
