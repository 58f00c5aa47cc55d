package dev.cerulean.core.access;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.subscription.Subscription;
import java.util.List;

/**
 * The Azure portal's (and ARM's GET /subscriptions) list (R30): the subscriptions of the current
 * directory where the caller has any role, classic or RBAC at any scope. Empty means "No
 * subscriptions found". Deleted subscriptions are not listed. The same decision as ARM's list
 * ({@link ListSubscriptionsWithAnyRole}), which reads every access in one go.
 */
public final class AzurePortalSubscriptions {
    private final ListSubscriptionsWithAnyRole withAnyRole;

    public AzurePortalSubscriptions(ListSubscriptionsWithAnyRole withAnyRole) {
        this.withAnyRole = withAnyRole;
    }

    public Outcome<List<Subscription>> list(Caller caller) {
        return Outcome.ok(withAnyRole.of(caller).stream()
                .filter(s -> s.state() != Subscription.SubscriptionState.Deleted)
                .sorted(Subscription.BY_DISPLAY_NAME)
                .toList());
    }
}
