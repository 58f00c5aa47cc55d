package dev.cerulean.core.access;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions.WithRole;
import java.util.List;
import java.util.Optional;

/**
 * The Azure portal's list (R30): the subscriptions of the current directory where the caller has
 * any role, classic or RBAC at any scope. Empty means "No subscriptions found". Deleted
 * subscriptions are not listed. The same decision as ARM's list ({@link
 * ListSubscriptionsWithAnyRole}), a page at a time; one subscription is decided on its own.
 */
public final class AzurePortalSubscriptions {
    private final ListSubscriptionsWithAnyRole withAnyRole;
    private final Authorize authorize;

    public AzurePortalSubscriptions(ListSubscriptionsWithAnyRole withAnyRole, Authorize authorize) {
        this.withAnyRole = withAnyRole;
        this.authorize = authorize;
    }

    /** One page of the list and how many subscriptions there are in all (for the search given). */
    public record Page(List<Subscription> subscriptions, int total) {}

    /**
     * A page of the list, by display name whatever its case then id, read in the store; a search
     * that is not blank keeps those whose name or id contains it.
     */
    public Outcome<Page> page(Caller caller, String search, int offset, int limit) {
        var counted = withAnyRole.counted(caller, search, offset, limit);
        return Outcome.ok(new Page(
                counted.subscriptions().stream().map(WithRole::subscription).toList(), counted.total()));
    }

    /** The subscription when the caller may see it in its current directory (R30): the list's decision for one. */
    public Optional<Subscription> visible(Caller caller, SubscriptionId id) {
        if (caller.directory() == null) return Optional.empty();
        return authorize
                .accessOf(id)
                .filter(a -> a.subscription().state() != Subscription.SubscriptionState.Deleted)
                .filter(a -> a.hasAnyRole(caller))
                .map(SubscriptionAccess::subscription);
    }
}
