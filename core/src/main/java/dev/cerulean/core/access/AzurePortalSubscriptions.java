package dev.cerulean.core.access;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.List;

/**
 * The Azure portal's (and ARM's GET /subscriptions) list (R30): the subscriptions of the current
 * directory where the caller has any role, classic or RBAC at any scope. Empty means "No
 * subscriptions found". Deleted subscriptions are not listed.
 */
public final class AzurePortalSubscriptions {
    private final Subscriptions subscriptions;
    private final Authorize authorize;

    public AzurePortalSubscriptions(Subscriptions subscriptions, Authorize authorize) {
        this.subscriptions = subscriptions;
        this.authorize = authorize;
    }

    public Outcome<List<Subscription>> list(Caller caller) {
        if (caller.directory() == null) return Outcome.ok(List.of());
        List<Subscription> visible = subscriptions.inDirectory(caller.directory()).stream()
                .filter(s -> s.state() != Subscription.SubscriptionState.Deleted)
                .filter(s -> authorize
                        .accessOf(s.id())
                        .map(a -> a.hasAnyRole(caller))
                        .orElse(false))
                .sorted(Subscription.BY_DISPLAY_NAME)
                .toList();
        return Outcome.ok(visible);
    }
}
