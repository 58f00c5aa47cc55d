package dev.cerulean.server.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.move.CompareAccess;
import dev.cerulean.core.move.MoveMapping;
import dev.cerulean.core.move.MovePlan;
import dev.cerulean.core.move.PlanDirectoryChange;
import dev.cerulean.core.move.RestoreAfterDirectoryChange;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.server.plan.AccessDiffJson;
import dev.cerulean.server.plan.MoveMappingReader;
import dev.cerulean.server.plan.MovePlanJson;
import dev.cerulean.server.plan.MovePlanReader;
import dev.cerulean.server.plan.RestoreReportJson;
import io.javalin.config.RoutesConfig;

/**
 * Cerulean's own operations next to Microsoft.Subscription's changeTenantRequest (documented in
 * docs/openapi.yaml): the plan of moving the subscription to {@code properties.destinationTenantId},
 * for an Owner, as the JSON document {@link MovePlanJson} writes (changes nothing); and, after the
 * move, the restore of a plan with a mapping ({@code {plan, mapping, dryRun}}), for a caller of the
 * new directory who may write role assignments, answered with its per-item report; and the diff
 * of access before (the plan) and now, per principal, for a caller who may read the assignments.
 */
final class MovePlanEndpoint {
    static final String PATH =
            "/subscriptions/{subscriptionId}/providers/Microsoft.Subscription/changeTenantRequest/plan";
    static final String RESTORE_PATH =
            "/subscriptions/{subscriptionId}/providers/Microsoft.Subscription/changeTenantRequest/restore";
    static final String DIFF_PATH =
            "/subscriptions/{subscriptionId}/providers/Microsoft.Subscription/changeTenantRequest/diff";

    private final PlanDirectoryChange plan;
    private final RestoreAfterDirectoryChange restore;
    private final CompareAccess compare;

    MovePlanEndpoint(PlanDirectoryChange plan, RestoreAfterDirectoryChange restore, CompareAccess compare) {
        this.plan = plan;
        this.restore = restore;
        this.compare = compare;
    }

    void register(RoutesConfig routes, ArmAuthentication auth) {
        routes.post(PATH, auth.authenticated(this::plan));
        routes.post(RESTORE_PATH, auth.authenticated(this::restore));
        routes.post(DIFF_PATH, auth.authenticated(this::diff));
    }

    private void plan(ArmCall call) {
        Subscription s = call.subscriptionInTenant(call.subscriptionParam());
        DirectoryId destination = ChangeTenantEndpoint.destination(ChangeTenantEndpoint.properties(call));
        call.json(200, MovePlanJson.tree(call.orRefuse(plan.plan(call.caller, s.id(), destination))));
    }

    /** 200 with the report, a dry run's too; 400 for a body that holds no plan or mapping of this subscription. */
    private void restore(ArmCall call) {
        Subscription s = call.subscriptionInTenant(call.subscriptionParam());
        ObjectNode body = ArmJson.object(call.ctx.body());
        MovePlan read = plan(body, s);
        MoveMapping mapping = mapping(body, read);
        JsonNode dryRun = body.get("dryRun");
        if (dryRun != null && !dryRun.isBoolean())
            throw ArmFailure.badRequest("InvalidRequestContent", "dryRun", "dryRun is true or false.");
        boolean dry = dryRun != null && dryRun.asBoolean();
        call.json(200, RestoreReportJson.tree(call.orRefuse(restore.restore(call.caller, read, mapping, dry))));
    }

    /** 200 with each plan principal's access before and now; the same body as restore, without dryRun. */
    private void diff(ArmCall call) {
        Subscription s = call.subscriptionInTenant(call.subscriptionParam());
        ObjectNode body = ArmJson.object(call.ctx.body());
        MovePlan read = plan(body, s);
        MoveMapping mapping = mapping(body, read);
        call.json(200, AccessDiffJson.tree(call.orRefuse(compare.compare(call.caller, read, mapping))));
    }

    private static MovePlan plan(ObjectNode body, Subscription s) {
        MovePlan read;
        try {
            read = MovePlanReader.read(body.get("plan"));
        } catch (MovePlanReader.Unreadable e) {
            throw ArmFailure.badRequest("InvalidMovePlan", "plan", "The plan is not a move plan: " + e.getMessage());
        }
        if (!read.subscription().equals(s.id()))
            throw ArmFailure.badRequest(
                    "InvalidMovePlan",
                    "plan",
                    "The plan is of subscription " + read.subscription() + ", not " + s.id());
        return read;
    }

    private static MoveMapping mapping(ObjectNode body, MovePlan read) {
        JsonNode mappingNode = body.get("mapping");
        try {
            return mappingNode == null || mappingNode.isNull()
                    ? MoveMapping.NONE
                    : MoveMappingReader.read(mappingNode, read);
        } catch (MovePlanReader.Unreadable e) {
            throw ArmFailure.badRequest(
                    "InvalidMoveMapping", "mapping", "The mapping is not a move mapping: " + e.getMessage());
        }
    }
}
