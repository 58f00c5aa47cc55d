package dev.cerulean.core.access;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.Comparator;
import java.util.List;

/**
 * R30 (Azure portal, ARM GET /subscriptions): the subscriptions of the caller's current
 * directory where it has any role, classic or RBAC at any scope; empty means "No subscriptions
 * found".
 */
public final class ListSubscriptionsWithAnyRole {
    private final Transactions transactions;
    private final Subscriptions subscriptions;
    private final Authorize authorize;

    public ListSubscriptionsWithAnyRole(Transactions transactions, Subscriptions subscriptions, Authorize authorize) {
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.authorize = authorize;
    }

    public List<Subscription> of(Caller caller) {
        if (caller.directory() == null) return List.of();
        return transactions.inTransaction(() -> subscriptions.inDirectory(caller.directory()).stream()
                .filter(s -> authorize.accessOf(s.id()).map(a -> a.hasAnyRole(caller)).orElse(false))
                .sorted(Comparator.comparing(Subscription::displayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(s -> s.id().value()))
                .toList());
    }
}
