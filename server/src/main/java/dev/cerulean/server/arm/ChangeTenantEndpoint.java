package dev.cerulean.server.arm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.move.AcceptDirectoryChange;
import dev.cerulean.core.move.CancelDirectoryChange;
import dev.cerulean.core.move.ChangeTenantRequest;
import dev.cerulean.core.move.DirectoryChangeStatus;
import dev.cerulean.core.move.RequestDirectoryChange;
import dev.cerulean.core.subscription.Subscription;
import io.javalin.config.RoutesConfig;
import java.util.Map;

/**
 * Microsoft.Subscription's directory change, in its two steps. The PUT of
 * {@code changeTenantRequest/default} by an Owner (checked now with the portals' MODERN rules:
 * any Owner, never a co-administrator) stores an Initiated request; {@code acceptChangeTenant},
 * by an account of the destination directory (the named owner, if any), makes the core's change
 * for the requester (the rules checked again; same effects and activity-log entry as the
 * portals'). The PUT's and DELETE's tokens must be of the subscription's directory, as every
 * subscription call's; accept and status come from the destination, and the core checks them
 * against the request instead. An {@code If-Match} of the subscription's version makes the
 * request conditional: 412 PreconditionFailed when the subscription moved on, at the PUT or at
 * the acceptance.
 */
final class ChangeTenantEndpoint {
    static final String TYPE = "Microsoft.Subscription/changeTenantRequest";
    private static final String READ = "Microsoft.Subscription/changeTenantRequest/read";
    private static final String REQUEST =
            "/subscriptions/{subscriptionId}/providers/Microsoft.Subscription/changeTenantRequest/default";
    private static final String ACCEPTOR = "/providers/Microsoft.Subscription/subscriptions/{subscriptionId}";

    record Properties(String destinationTenantId, String destinationOwnerId, String status) {}

    record ChangeTenantWire(String id, String name, String type, Properties properties) {}

    private final Authorize authorize;
    private final RequestDirectoryChange request;
    private final AcceptDirectoryChange accept;
    private final CancelDirectoryChange cancel;
    private final DirectoryChangeStatus status;

    ChangeTenantEndpoint(
            Authorize authorize,
            RequestDirectoryChange request,
            AcceptDirectoryChange accept,
            CancelDirectoryChange cancel,
            DirectoryChangeStatus status) {
        this.authorize = authorize;
        this.request = request;
        this.accept = accept;
        this.cancel = cancel;
        this.status = status;
    }

    void register(RoutesConfig routes, ArmAuthentication auth) {
        routes.put(REQUEST, auth.authenticated(this::put));
        routes.get(REQUEST, auth.authenticated(this::get));
        routes.delete(REQUEST, auth.authenticated(this::cancel));
        routes.post(ACCEPTOR + "/acceptChangeTenant", auth.authenticated(this::accept));
        routes.post(ACCEPTOR + "/changeTenantStatus", auth.authenticated(this::status));
    }

    /** The body's {@code properties}; 400 MissingRequiredProperty without them. */
    static ObjectNode properties(ArmCall call) {
        ObjectNode body = ArmJson.object(call.ctx.body());
        ObjectNode props = ArmJson.optionalObject(body, "properties", "properties");
        if (props == null)
            throw ArmFailure.badRequest(
                    "MissingRequiredProperty", "properties", "The property 'properties' is required.");
        return props;
    }

    /** {@code properties.destinationTenantId}; 400 InvalidDestinationTenantId when it is no GUID. */
    static DirectoryId destination(ObjectNode props) {
        String tenantText = ArmJson.requiredText(props, "destinationTenantId", "properties.destinationTenantId");
        return DirectoryId.parse(tenantText.trim())
                .orElseThrow(() -> ArmFailure.badRequest(
                        "InvalidDestinationTenantId",
                        "properties.destinationTenantId",
                        "The tenant id '" + tenantText + "' is not a GUID."));
    }

    /** 201 with the Initiated request; 200 when it replaced a pending one. */
    private void put(ArmCall call) {
        Subscription s = call.subscriptionInTenant(call.subscriptionParam());
        ObjectNode props = properties(call);
        DirectoryId destination = destination(props);
        String owner = ArmJson.optionalText(props, "destinationOwnerId", "properties.destinationOwnerId");
        if (owner != null
                && ObjectId.parse(owner.trim()).isEmpty()
                && Email.parse(owner).isEmpty()) {
            throw ArmFailure.badRequest(
                    "InvalidDestinationOwnerId",
                    "properties.destinationOwnerId",
                    "The destination owner '" + owner + "' is neither an object id nor an email address.");
        }
        Long expected = ifMatch(call);
        var requested = call.orRefuse(
                request.request(call.caller, s.id(), destination, owner == null ? null : owner.trim(), expected));
        call.json(requested.replacedPending() ? 200 : 201, ArmJson.MAPPER.valueToTree(wire(requested.request())));
    }

    /** The subscription's request, whatever its status, to whoever may read the subscription. */
    private void get(ArmCall call) {
        Subscription s = call.subscriptionInTenant(call.subscriptionParam());
        boolean reader =
                authorize.accessOf(s.id()).map(a -> a.hasAnyRole(call.caller)).orElse(false);
        if (!reader) throw call.forbidden(READ, "/subscriptions/" + s.id());
        ChangeTenantRequest found = call.orRefuse(status.ofSubscription(s.id()));
        call.json(200, ArmJson.MAPPER.valueToTree(wire(found)));
    }

    /** 200 with the Cancelled request; 204 when nothing was pending. */
    private void cancel(ArmCall call) {
        Subscription s = call.subscriptionInTenant(call.subscriptionParam());
        Outcome<ChangeTenantRequest> outcome = cancel.cancel(call.caller, s.id());
        if (outcome.code() == RuleCode.ChangeTenantRequestNotFound) {
            call.ctx.status(204);
            return;
        }
        call.json(200, ArmJson.MAPPER.valueToTree(wire(call.orRefuse(outcome))));
    }

    private void accept(ArmCall call) {
        call.orRefuse(accept.accept(call.caller, call.subscriptionParam()));
        call.ctx.status(204);
    }

    private void status(ArmCall call) {
        ChangeTenantRequest found = call.orRefuse(status.of(call.caller, call.subscriptionParam()));
        call.json(
                200, ArmJson.MAPPER.valueToTree(Map.of("status", found.status().name())));
    }

    /** {@code If-Match: "<version>"} (quotes and W/ optional); 400 when it is not a version. */
    private static Long ifMatch(ArmCall call) {
        String raw = call.ctx.header("If-Match");
        if (raw == null || raw.isBlank() || raw.trim().equals("*")) return null;
        String v = raw.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ArmFailure.badRequest(
                    "InvalidIfMatch", "If-Match", "The If-Match value '" + raw + "' is not a version.");
        }
    }

    static ChangeTenantWire wire(ChangeTenantRequest r) {
        return new ChangeTenantWire(
                "/subscriptions/" + r.subscription() + "/providers/" + TYPE + "/default",
                "default",
                TYPE,
                new Properties(
                        r.destination().toString(),
                        r.destinationOwner(),
                        r.status().name()));
    }
}
