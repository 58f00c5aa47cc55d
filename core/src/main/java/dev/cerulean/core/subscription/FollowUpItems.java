package dev.cerulean.core.subscription;

import dev.cerulean.core.common.SubscriptionId;
import java.util.List;

/** Port: follow-up items of subscriptions. */
public interface FollowUpItems {
    void add(FollowUpItem item);

    List<FollowUpItem> of(SubscriptionId subscription);
}
