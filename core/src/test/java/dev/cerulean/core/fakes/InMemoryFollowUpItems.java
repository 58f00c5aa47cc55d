package dev.cerulean.core.fakes;

import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.FollowUpItem;
import dev.cerulean.core.subscription.FollowUpItems;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public final class InMemoryFollowUpItems implements FollowUpItems {
    private final List<FollowUpItem> all = new CopyOnWriteArrayList<>();

    @Override
    public void add(FollowUpItem item) {
        all.add(item);
    }

    @Override
    public void addAll(List<FollowUpItem> items) {
        all.addAll(items);
    }

    @Override
    public List<FollowUpItem> of(SubscriptionId subscription) {
        return all.stream().filter(i -> i.subscription().equals(subscription)).toList();
    }
}
