package dev.cerulean.core.access;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a caller may do at a scope: one role definition per assignment of the caller that applies
 * there (at the scope or above it, root-scope ones of the subscription's directory included),
 * broadest first; a classic administrator acts as Owner (R27) and gets Owner's first. Everyone may
 * ask about themselves, so there is no authorization check.
 */
public final class EffectivePermissions {
    private final Transactions transactions;
    private final Subscriptions subscriptions;
    private final Authorize authorize;
    private final RoleAssignments roleAssignments;
    private final RoleDefinitions roleDefinitions;

    public EffectivePermissions(
            Transactions transactions,
            Subscriptions subscriptions,
            Authorize authorize,
            RoleAssignments roleAssignments,
            RoleDefinitions roleDefinitions) {
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.authorize = authorize;
        this.roleAssignments = roleAssignments;
        this.roleDefinitions = roleDefinitions;
    }

    /** The roles that apply to {@code caller} at {@code scope} (a subscription, resource group or resource). */
    public Outcome<List<RoleDefinition>> at(Caller caller, Scope scope) {
        return transactions.inTransaction(() -> {
            Optional<Subscription> found = subscriptions.byId(scope.subscription());
            if (found.isEmpty()) return Outcome.rejected(RuleCode.SubscriptionNotFound, scope.subscription());
            Subscription s = found.get();
            SubscriptionAccess access = authorize.accessOf(List.of(s)).get(0);
            List<RoleDefinition> out = new ArrayList<>();
            if (access.isClassicAdministrator(caller)) out.add(BuiltInRoles.OWNER);
            if (caller.principal() == null) return Outcome.ok(out);
            java.util.Set<dev.cerulean.core.common.ObjectId> principals =
                    new java.util.HashSet<>(access.groupsOf(caller));
            principals.add(caller.principal());
            List<RoleAssignment> candidates = new ArrayList<>(roleAssignments.of(s.id()));
            candidates.addAll(roleAssignments.atRoot(s.directory()));
            candidates.stream()
                    .filter(a -> principals.contains(a.principalId())
                            && a.directory().equals(s.directory())
                            && a.scope().contains(scope))
                    .sorted(Comparator.comparing((RoleAssignment a) -> a.scope().level())
                            .thenComparing(a -> a.id().value()))
                    .map(a -> definition(a, s))
                    .flatMap(Optional::stream)
                    .forEach(out::add);
            return Outcome.ok(out);
        });
    }

    private Optional<RoleDefinition> definition(RoleAssignment a, Subscription s) {
        return BuiltInRoles.byId(a.roleDefinition())
                .or(() -> roleDefinitions.byId(a.roleDefinition()).filter(d -> s.id().equals(d.subscription())));
    }
}
