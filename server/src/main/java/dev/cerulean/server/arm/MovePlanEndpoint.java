package dev.cerulean.server.arm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.move.PlanDirectoryChange;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.server.plan.MovePlanJson;
import io.javalin.config.RoutesConfig;

/**
 * Cerulean's own operation next to Microsoft.Subscription's changeTenantRequest: the plan of
 * moving the subscription to {@code properties.destinationTenantId}, for an Owner, as the JSON
 * document {@link MovePlanJson} writes (documented in docs/openapi.yaml). Changes nothing.
 */
final class MovePlanEndpoint {
    static final String PATH =
            "/subscriptions/{subscriptionId}/providers/Microsoft.Subscription/changeTenantRequest/plan";

    private final PlanDirectoryChange plan;

    MovePlanEndpoint(PlanDirectoryChange plan) {
        this.plan = plan;
    }

    void register(RoutesConfig routes, ArmAuthentication auth) {
        routes.post(PATH, auth.authenticated(this::plan));
    }

    private void plan(ArmCall call) {
        Subscription s = call.subscriptionInTenant(call.subscriptionParam());
        ObjectNode body = ArmJson.object(call.ctx.body());
        ObjectNode props = ArmJson.optionalObject(body, "properties", "properties");
        if (props == null) {
            throw ArmFailure.badRequest(
                    "MissingRequiredProperty", "properties", "The property 'properties' is required.");
        }
        String tenantText = ArmJson.requiredText(props, "destinationTenantId", "properties.destinationTenantId");
        DirectoryId destination = DirectoryId.parse(tenantText.trim())
                .orElseThrow(() -> ArmFailure.badRequest(
                        "InvalidDestinationTenantId",
                        "properties.destinationTenantId",
                        "The tenant id '" + tenantText + "' is not a GUID."));
        call.json(200, MovePlanJson.tree(call.orRefuse(plan.plan(call.caller, s.id(), destination))));
    }
}
