package dev.cerulean.core.fakes;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.CoAdministrators;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public final class InMemoryCoAdministrators implements CoAdministrators {
    private final List<CoAdministrator> all = new CopyOnWriteArrayList<>();

    @Override
    public void add(CoAdministrator c) {
        boolean exists = all.stream()
                .anyMatch(x -> x.subscription().equals(c.subscription())
                        && x.administrator().who().equals(c.administrator().who()));
        if (exists) throw new IllegalStateException("duplicate co-administrator");
        all.add(c);
    }

    @Override
    public void remove(SubscriptionId subscription, Identity who) {
        all.removeIf(x ->
                x.subscription().equals(subscription) && x.administrator().who().equals(who));
    }

    @Override
    public void removeAll(SubscriptionId subscription) {
        all.removeIf(x -> x.subscription().equals(subscription));
    }

    @Override
    public List<CoAdministrator> of(SubscriptionId subscription) {
        return all.stream().filter(x -> x.subscription().equals(subscription)).toList();
    }

    @Override
    public java.util.Map<SubscriptionId, List<CoAdministrator>> ofAll(
            java.util.Collection<SubscriptionId> subscriptions) {
        java.util.Map<SubscriptionId, List<CoAdministrator>> out = new java.util.LinkedHashMap<>();
        for (CoAdministrator c : all) {
            if (subscriptions.contains(c.subscription())) {
                out.computeIfAbsent(c.subscription(), k -> new java.util.ArrayList<>())
                        .add(c);
            }
        }
        return out;
    }

    @Override
    public List<SubscriptionId> subscriptionsOf(Identity who) {
        return all.stream()
                .filter(x -> x.administrator().who().equals(who))
                .map(CoAdministrator::subscription)
                .toList();
    }
}
