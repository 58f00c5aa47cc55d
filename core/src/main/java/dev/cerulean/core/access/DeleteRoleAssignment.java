package dev.cerulean.core.access;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.Optional;

/**
 * DELETE of a role assignment by a caller allowed to delete assignments at its scope; written
 * to the activity log (R27). An elevated caller may remove its own root-scope assignment.
 */
public final class DeleteRoleAssignment {
    public static final String ACTION = "Microsoft.Authorization/roleAssignments/delete";

    private final Transactions transactions;
    private final Authorize authorize;
    private final Subscriptions subscriptions;
    private final RoleAssignments roleAssignments;
    private final ActivityRecorder activity;

    public DeleteRoleAssignment(
            Transactions transactions,
            Authorize authorize,
            Subscriptions subscriptions,
            RoleAssignments roleAssignments,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.authorize = authorize;
        this.subscriptions = subscriptions;
        this.roleAssignments = roleAssignments;
        this.activity = activity;
    }

    /**
     * Deletes assignment {@code id}; {@code scope} is the scope of the request path, or null when
     * the request named the assignment by id alone. Answers the deleted assignment.
     */
    public Outcome<RoleAssignment> delete(Caller caller, Scope scope, RoleAssignmentId id) {
        try {
            return transactions.inTransaction(() -> decideAndWrite(caller, scope, id));
        } catch (Transactions.ConcurrentChange e) {
            return Outcome.rejected(RuleCode.PreconditionFailed, id);
        }
    }

    private Outcome<RoleAssignment> decideAndWrite(Caller caller, Scope scope, RoleAssignmentId id) {
        Optional<RoleAssignment> found =
                roleAssignments.byId(id).filter(a -> scope == null || a.scope().equals(scope));
        if (found.isEmpty()) return Outcome.rejected(RuleCode.RoleAssignmentNotFound, id);
        RoleAssignment a = found.get();
        if (!authorize.decide(caller, ACTION, a.scope()).allowed()) {
            return Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), ACTION, a.scope());
        }
        roleAssignments.remove(id);
        if (a.scope().subscription() != null) subscriptions.touch(a.scope().subscription());
        activity.succeeded(
                caller,
                ACTION,
                RoleAssignmentPaths.of(a),
                "Role " + a.roleDefinition() + " removed from " + a.principalId() + " at " + a.scope(),
                a.scope().subscription(),
                a.directory());
        return Outcome.ok(a);
    }
}
