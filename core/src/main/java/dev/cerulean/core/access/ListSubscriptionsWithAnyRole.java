package dev.cerulean.core.access;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

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
            List<Subscription> listed = subscriptions.inDirectory(caller.directory());
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
}
