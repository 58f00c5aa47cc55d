package dev.cerulean.server.arm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.move.ChangeDirectory;
import dev.cerulean.core.move.DirectoryChangeMode;
import dev.cerulean.core.move.DirectoryChangePreview;
import dev.cerulean.core.move.PreviewDirectoryChange;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import io.javalin.config.RoutesConfig;
import java.util.Map;

/**
 * Microsoft.Subscription's directory change, run as the portals' one (the core's preview then
 * change, MODERN rules: any Owner, never a co-administrator; same activity-log entry). Cerulean
 * completes the change within the PUT of {@code changeTenantRequest/default}, so the request is
 * never left pending: {@code acceptChangeTenant} and {@code changeTenantStatus}, asked from the
 * destination directory, confirm the completed change. An {@code If-Match} of the subscription's
 * version makes the change conditional (412 PreconditionFailed when it moved on).
 */
final class ChangeTenantEndpoint {
    static final String TYPE = "Microsoft.Subscription/changeTenantRequest";
    private static final String REQUEST = "/subscriptions/{subscriptionId}/providers/Microsoft.Subscription/changeTenantRequest/default";
    private static final String ACCEPTOR = "/providers/Microsoft.Subscription/subscriptions/{subscriptionId}";

    record Properties(String destinationTenantId, String destinationOwnerId, String status) {}

    record ChangeTenantWire(String id, String name, String type, Properties properties) {}

    private final Subscriptions subscriptions;
    private final Authorize authorize;
    private final PreviewDirectoryChange preview;
    private final ChangeDirectory change;

    ChangeTenantEndpoint(Subscriptions subscriptions, Authorize authorize, PreviewDirectoryChange preview,
                         ChangeDirectory change) {
        this.subscriptions = subscriptions;
        this.authorize = authorize;
        this.preview = preview;
        this.change = change;
    }

    void register(RoutesConfig routes, ArmAuthentication auth) {
        routes.put(REQUEST, auth.authenticated(this::put));
        routes.get(REQUEST, auth.authenticated(this::get));
        routes.delete(REQUEST, auth.authenticated(this::cancel));
        routes.post(ACCEPTOR + "/acceptChangeTenant", auth.authenticated(this::accept));
        routes.post(ACCEPTOR + "/changeTenantStatus", auth.authenticated(this::status));
    }

    private void put(ArmCall call) {
        Subscription s = call.subscriptionInTenant(call.subscriptionParam());
        ObjectNode body = ArmJson.object(call.ctx.body());
        ObjectNode props = ArmJson.optionalObject(body, "properties", "properties");
        if (props == null) throw ArmFailure.badRequest("MissingRequiredProperty", "properties", "The property 'properties' is required.");
        String tenantText = ArmJson.requiredText(props, "destinationTenantId", "properties.destinationTenantId");
        DirectoryId destination = DirectoryId.parse(tenantText.trim()).orElseThrow(() -> ArmFailure.badRequest(
                "InvalidDestinationTenantId", "properties.destinationTenantId", "The tenant id '" + tenantText + "' is not a GUID."));
        String owner = ArmJson.optionalText(props, "destinationOwnerId", "properties.destinationOwnerId");
        if (owner != null && ObjectId.parse(owner.trim()).isEmpty() && Email.parse(owner).isEmpty()) {
            throw ArmFailure.badRequest("InvalidDestinationOwnerId", "properties.destinationOwnerId",
                    "The destination owner '" + owner + "' is neither an object id nor an email address.");
        }
        Long expected = ifMatch(call);
        DirectoryChangePreview plan = call.orRefuse(preview.preview(call.caller, s.id(), destination, DirectoryChangeMode.MODERN));
        if (expected != null) plan = atVersion(plan, expected);
        call.orRefuse(change.apply(call.caller, plan));
        call.json(200, ArmJson.MAPPER.valueToTree(wire(s.id(), destination.toString(), owner, "Completed")));
    }

    /** Nothing is ever pending: the change completes within its PUT. */
    private void get(ArmCall call) {
        Subscription s = call.subscriptionInTenant(call.subscriptionParam());
        throw new ArmFailure(404, "ChangeTenantRequestNotFound", "There is no pending directory change request for "
                + "subscription " + s.id() + "; Cerulean completes a change within its PUT.", null);
    }

    private void cancel(ArmCall call) {
        call.subscriptionInTenant(call.subscriptionParam());
        call.ctx.status(200);
    }

    /** Asked from the destination directory: 204 once the subscription trusts it and the caller has a role there. */
    private void accept(ArmCall call) {
        completedForCaller(call);
        call.ctx.status(204);
    }

    private void status(ArmCall call) {
        completedForCaller(call);
        call.json(200, ArmJson.MAPPER.valueToTree(Map.of("status", "Completed")));
    }

    private void completedForCaller(ArmCall call) {
        SubscriptionId id = call.subscriptionParam();
        Subscription s = subscriptions.byId(id).orElse(null);
        if (s == null) call.subscriptionInTenant(id); // answers SubscriptionNotFound
        boolean completed = s.directory().equals(call.caller.directory())
                && authorize.accessOf(id).map(a -> a.hasAnyRole(call.caller)).orElse(false);
        if (!completed) {
            throw new ArmFailure(404, "ChangeTenantRequestNotFound", "No directory change of subscription " + id
                    + " into tenant " + call.caller.directory() + " is known to this caller.", null);
        }
    }

    /** {@code If-Match: "<version>"} (quotes and W/ optional); 400 when it is not a version. */
    private static Long ifMatch(ArmCall call) {
        String raw = call.ctx.header("If-Match");
        if (raw == null || raw.isBlank() || raw.trim().equals("*")) return null;
        String v = raw.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ArmFailure.badRequest("InvalidIfMatch", "If-Match", "The If-Match value '" + raw + "' is not a version.");
        }
    }

    private static DirectoryChangePreview atVersion(DirectoryChangePreview p, long version) {
        return new DirectoryChangePreview(p.subscription(), p.mode(), p.fromDirectory(), p.toDirectory(), version,
                p.coAdministratorsToRemove(), p.roleAssignmentsToDelete(), p.customRolesToDelete(), p.followUps());
    }

    static ChangeTenantWire wire(SubscriptionId id, String tenant, String owner, String status) {
        return new ChangeTenantWire("/subscriptions/" + id + "/providers/" + TYPE + "/default", "default", TYPE,
                new Properties(tenant, owner, status));
    }
}
