package dev.cerulean.core.subscription;

import dev.cerulean.core.common.SubscriptionId;
import java.util.List;

/** Port: follow-up items of subscriptions. */
public interface FollowUpItems {
    void add(FollowUpItem item);

    /** Adds {@code items} in their order, as if added one by one; a store writes them in one batch. */
    default void addAll(List<FollowUpItem> items) {
        items.forEach(this::add);
    }

    List<FollowUpItem> of(SubscriptionId subscription);
}
