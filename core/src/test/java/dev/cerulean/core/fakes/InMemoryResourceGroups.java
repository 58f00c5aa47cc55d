package dev.cerulean.core.fakes;

import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.ReadableGroups;
import dev.cerulean.core.subscription.ResourceGroup;
import dev.cerulean.core.subscription.ResourceGroupFilter;
import dev.cerulean.core.subscription.ResourceGroups;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

public final class InMemoryResourceGroups implements ResourceGroups {
    private final List<ResourceGroup> all = new CopyOnWriteArrayList<>();

    @Override
    public void add(ResourceGroup group) {
        if (byName(group.subscription(), group.name()).isPresent()) throw new IllegalStateException("duplicate group");
        all.add(group);
    }

    @Override
    public void update(ResourceGroup group) {
        all.replaceAll(g -> same(g, group.subscription(), group.name()) ? group : g);
    }

    @Override
    public void remove(SubscriptionId subscription, String name) {
        all.removeIf(g -> same(g, subscription, name));
    }

    @Override
    public Optional<ResourceGroup> byName(SubscriptionId subscription, String name) {
        return all.stream().filter(g -> same(g, subscription, name)).findFirst();
    }

    @Override
    public List<ResourceGroup> of(SubscriptionId subscription) {
        return all.stream().filter(g -> g.subscription().equals(subscription)).toList();
    }

    @Override
    public List<ResourceGroup> page(
            SubscriptionId subscription, ReadableGroups readable, ResourceGroupFilter filter, int offset, int limit) {
        return selected(subscription, readable, filter)
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public int count(SubscriptionId subscription, ReadableGroups readable, ResourceGroupFilter filter) {
        return (int) selected(subscription, readable, filter).count();
    }

    private Stream<ResourceGroup> selected(
            SubscriptionId subscription, ReadableGroups readable, ResourceGroupFilter filter) {
        return of(subscription).stream()
                .filter(g -> readable.admits(g) && filter.keeps(g))
                .sorted(Comparator.comparing(g -> g.name().toLowerCase(Locale.ROOT)));
    }

    private static boolean same(ResourceGroup g, SubscriptionId subscription, String name) {
        return g.subscription().equals(subscription) && g.name().equalsIgnoreCase(name);
    }
}
