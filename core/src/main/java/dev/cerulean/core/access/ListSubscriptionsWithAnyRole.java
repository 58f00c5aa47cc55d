package dev.cerulean.core.access;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.group.Groups;
import dev.cerulean.core.subscription.CoAdministrators;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * R30 (Azure portal, ARM GET /subscriptions): the subscriptions of the caller's current
 * directory where it has any role, classic or RBAC at any scope; empty means "No subscriptions
 * found".
 */
public final class ListSubscriptionsWithAnyRole {
    private final Transactions transactions;
    private final Subscriptions subscriptions;
    private final CoAdministrators coAdministrators;
    private final RoleAssignments roleAssignments;
    private final Groups groups;
    private final Authorize authorize;

    public ListSubscriptionsWithAnyRole(
            Transactions transactions,
            Subscriptions subscriptions,
            CoAdministrators coAdministrators,
            RoleAssignments roleAssignments,
            Groups groups,
            Authorize authorize) {
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.coAdministrators = coAdministrators;
        this.roleAssignments = roleAssignments;
        this.groups = groups;
        this.authorize = authorize;
    }

    /** A subscription the caller sees, with the access it was decided on (callers need not read it again). */
    public record Visible(Subscription subscription, SubscriptionAccess access) {}

    public List<Subscription> of(Caller caller) {
        return withAccess(caller).stream().map(Visible::subscription).toList();
    }

    /** As {@link #of}, with each subscription's access as read once for the decision. */
    public List<Visible> withAccess(Caller caller) {
        if (caller.directory() == null) return List.of();
        return transactions.inTransaction(() -> {
            // the rows just listed are the current ones: no second read per subscription
            List<Subscription> listed = candidates(caller);
            List<SubscriptionAccess> accesses = authorize.accessOf(listed);
            return IntStream.range(0, listed.size())
                    .mapToObj(i -> new Visible(listed.get(i), accesses.get(i)))
                    .filter(v -> v.access().hasAnyRole(caller))
                    .sorted(Comparator.comparing(
                                    (Visible v) -> v.subscription().displayName(), String.CASE_INSENSITIVE_ORDER)
                            .thenComparing(v -> v.subscription().id().value()))
                    .toList();
        });
    }

    /**
     * Every subscription of the directory in which the caller could have a role: those it
     * administers (service administrator, co-administrator) and those where it, or a group it is
     * in, holds an assignment — or all of them when it holds one at the directory's root scope.
     * Read through the caller's own relations, so a directory of many subscriptions costs what the
     * caller is related to, not its size; the access decision then keeps those it has a role in.
     */
    private List<Subscription> candidates(Caller caller) {
        DirectoryId directory = caller.directory();
        Set<ObjectId> principals = new HashSet<>();
        if (caller.principal() != null) {
            principals.add(caller.principal());
            principals.addAll(groups.transitiveGroupsOf(directory, caller.principal()));
        }
        if (roleAssignments.atRoot(directory).stream().anyMatch(a -> principals.contains(a.principalId())))
            return subscriptions.inDirectory(directory);
        Set<SubscriptionId> ids = new LinkedHashSet<>();
        subscriptions.withServiceAdministrator(caller.identity()).forEach(s -> ids.add(s.id()));
        ids.addAll(coAdministrators.subscriptionsOf(caller.identity()));
        for (ObjectId principal : principals) {
            for (RoleAssignment a : roleAssignments.ofPrincipal(principal)) {
                if (a.scope().subscription() != null) ids.add(a.scope().subscription());
            }
        }
        return ids.stream()
                .map(subscriptions::byId)
                .flatMap(Optional::stream)
                .filter(s -> directory.equals(s.directory()))
                .toList();
    }
}
