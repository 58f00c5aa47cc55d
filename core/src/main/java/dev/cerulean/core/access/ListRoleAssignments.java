package dev.cerulean.core.access;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.group.Groups;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GET of role assignments at a scope: those that apply there (at the scope or above it,
 * including root-scope ones of the subscription's directory) and those below it, as ARM lists
 * them; optionally only one principal's. The caller needs to read assignments at that scope.
 */
public final class ListRoleAssignments {
    public static final String ACTION = "Microsoft.Authorization/roleAssignments/read";

    private final Transactions transactions;
    private final Authorize authorize;
    private final Subscriptions subscriptions;
    private final RoleAssignments roleAssignments;
    private final Groups groups;

    public ListRoleAssignments(
            Transactions transactions,
            Authorize authorize,
            Subscriptions subscriptions,
            RoleAssignments roleAssignments,
            Groups groups) {
        this.transactions = transactions;
        this.authorize = authorize;
        this.subscriptions = subscriptions;
        this.roleAssignments = roleAssignments;
        this.groups = groups;
    }

    /** @param principal only this principal's assignments, or null for everyone's */
    public Outcome<List<RoleAssignment>> list(Caller caller, Scope scope, ObjectId principal) {
        return list(caller, scope, principal, false);
    }

    /**
     * @param principal only this principal's assignments, or null for everyone's
     * @param throughGroups also the assignments of the groups {@code principal} belongs to, directly
     *     or through nesting (ARM's {@code assignedTo('…')})
     */
    public Outcome<List<RoleAssignment>> list(Caller caller, Scope scope, ObjectId principal, boolean throughGroups) {
        return transactions.inTransaction(() -> {
            if (scope.subscription() == null) {
                if (!authorize.decide(caller, ACTION, scope).allowed()) {
                    return Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), ACTION, scope);
                }
                return Outcome.ok(sorted(filter(
                        roleAssignments.atRoot(caller.directory()),
                        scope,
                        principals(caller.directory(), principal, throughGroups))));
            }
            Optional<Subscription> s = subscriptions.byId(scope.subscription());
            if (s.isEmpty()) return Outcome.rejected(RuleCode.SubscriptionNotFound, scope.subscription());
            if (!authorize.decide(caller, ACTION, scope).allowed()) {
                return Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), ACTION, scope);
            }
            List<RoleAssignment> candidates = new ArrayList<>(roleAssignments.of(scope.subscription()));
            candidates.addAll(roleAssignments.atRoot(s.get().directory()));
            return Outcome.ok(
                    sorted(filter(candidates, scope, principals(s.get().directory(), principal, throughGroups))));
        });
    }

    /** The principals whose assignments are wanted: null for everyone's. */
    private Set<ObjectId> principals(DirectoryId directory, ObjectId principal, boolean throughGroups) {
        if (principal == null) return null;
        Set<ObjectId> wanted = new HashSet<>(List.of(principal));
        if (throughGroups && directory != null) wanted.addAll(groups.transitiveGroupsOf(directory, principal));
        return wanted;
    }

    private static List<RoleAssignment> filter(List<RoleAssignment> all, Scope scope, Set<ObjectId> principals) {
        return all.stream()
                .filter(a -> a.scope().overlaps(scope))
                .filter(a -> principals == null || principals.contains(a.principalId()))
                .toList();
    }

    /** Broadest scope first, then by creation time and id, so that pages are stable. */
    private static List<RoleAssignment> sorted(List<RoleAssignment> list) {
        return list.stream()
                .sorted(Comparator.comparing((RoleAssignment a) -> a.scope().level())
                        .thenComparing(a -> a.scope().key())
                        .thenComparing(RoleAssignment::createdAt)
                        .thenComparing(a -> a.id().value()))
                .toList();
    }
}
