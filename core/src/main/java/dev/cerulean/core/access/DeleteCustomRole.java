package dev.cerulean.core.access;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.Optional;

/** DELETE of a custom role definition of a subscription; refused while assignments use it. */
public final class DeleteCustomRole {
    public static final String ACTION = "Microsoft.Authorization/roleDefinitions/delete";

    private final Transactions transactions;
    private final Authorize authorize;
    private final Subscriptions subscriptions;
    private final RoleDefinitions roleDefinitions;
    private final RoleAssignments roleAssignments;
    private final ActivityRecorder activity;

    public DeleteCustomRole(
            Transactions transactions,
            Authorize authorize,
            Subscriptions subscriptions,
            RoleDefinitions roleDefinitions,
            RoleAssignments roleAssignments,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.authorize = authorize;
        this.subscriptions = subscriptions;
        this.roleDefinitions = roleDefinitions;
        this.roleAssignments = roleAssignments;
        this.activity = activity;
    }

    /** Answers the deleted definition. */
    public Outcome<RoleDefinition> delete(Caller caller, SubscriptionId subscription, RoleDefinitionId id) {
        try {
            return transactions.inTransaction(() -> decideAndWrite(caller, subscription, id));
        } catch (Transactions.ConcurrentChange e) {
            return Outcome.rejected(RuleCode.PreconditionFailed, subscription);
        }
    }

    private Outcome<RoleDefinition> decideAndWrite(Caller caller, SubscriptionId subscription, RoleDefinitionId id) {
        Optional<Subscription> s = subscriptions.byIdForUpdate(subscription);
        if (s.isEmpty()) return Outcome.rejected(RuleCode.SubscriptionNotFound, subscription);
        Scope scope = Scope.subscription(subscription);
        if (!authorize.decide(caller, ACTION, scope).allowed()) {
            return Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), ACTION, scope);
        }
        Optional<RoleDefinition> found = roleDefinitions.byId(id).filter(d -> subscription.equals(d.subscription()));
        if (found.isEmpty()) return Outcome.rejected(RuleCode.RoleDefinitionNotFound, id);
        long inUse = roleAssignments.of(subscription).stream()
                .filter(a -> a.roleDefinition().equals(id))
                .count();
        if (inUse > 0)
            return Outcome.rejected(RuleCode.RoleDefinitionInUse, found.get().roleName(), inUse);

        roleDefinitions.remove(id);
        subscriptions.touch(subscription);
        activity.succeeded(
                caller,
                ACTION,
                RoleAssignmentPaths.of(found.get()),
                "Custom role deleted: " + found.get().roleName(),
                subscription,
                s.get().directory());
        return Outcome.ok(found.get());
    }
}
