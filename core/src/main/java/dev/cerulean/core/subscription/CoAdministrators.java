package dev.cerulean.core.subscription;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.SubscriptionId;
import java.util.List;

/** Port: co-administrators of subscriptions. */
public interface CoAdministrators {
    void add(CoAdministrator coAdministrator);

    void remove(SubscriptionId subscription, Identity who);

    void removeAll(SubscriptionId subscription);

    List<CoAdministrator> of(SubscriptionId subscription);

    /** The co-administrators of each of {@code subscriptions} in the order they were added, in one read; absent: none. */
    java.util.Map<SubscriptionId, List<CoAdministrator>> ofAll(java.util.Collection<SubscriptionId> subscriptions);

    /** Subscriptions where {@code who} is a co-administrator. */
    List<SubscriptionId> subscriptionsOf(Identity who);
}
