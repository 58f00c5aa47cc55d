package dev.cerulean.server.arm;

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
        DirectoryId destination = ChangeTenantEndpoint.destination(ChangeTenantEndpoint.properties(call));
        call.json(200, MovePlanJson.tree(call.orRefuse(plan.plan(call.caller, s.id(), destination))));
    }
}
