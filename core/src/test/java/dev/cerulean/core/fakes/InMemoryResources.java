package dev.cerulean.core.fakes;

import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.ReadableResources;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceFilter;
import dev.cerulean.core.subscription.Resources;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public final class InMemoryResources implements Resources {
    private final Map<ResourceId, Resource> all = new ConcurrentHashMap<>();

    @Override
    public void add(Resource resource) {
        if (all.putIfAbsent(resource.id(), resource) != null) throw new IllegalStateException("duplicate resource");
    }

    @Override
    public void update(Resource resource) {
        all.replace(resource.id(), resource);
    }

    @Override
    public void updateAll(List<Resource> resources) {
        resources.forEach(r -> all.replace(r.id(), r));
    }

    @Override
    public void remove(ResourceId id) {
        all.remove(id);
    }

    @Override
    public Optional<Resource> byId(ResourceId id) {
        return Optional.ofNullable(all.get(id));
    }

    @Override
    public List<Resource> of(SubscriptionId subscription) {
        return all.values().stream()
                .filter(r -> r.id().subscription().equals(subscription))
                .toList();
    }

    @Override
    public List<Resource> inGroup(SubscriptionId subscription, String resourceGroup) {
        return of(subscription).stream()
                .filter(r -> r.id().resourceGroup().equalsIgnoreCase(resourceGroup))
                .toList();
    }

    @Override
    public Set<String> typesIn(SubscriptionId subscription, String group) {
        return of(subscription).stream()
                .filter(r -> group == null || r.id().resourceGroup().equalsIgnoreCase(group))
                .map(r -> r.id().type().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    @Override
    public List<Resource> page(
            SubscriptionId subscription, ReadableResources readable, ResourceFilter filter, int offset, int limit) {
        return selected(subscription, readable, filter)
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public int count(SubscriptionId subscription, ReadableResources readable, ResourceFilter filter) {
        return (int) selected(subscription, readable, filter).count();
    }

    private Stream<Resource> selected(SubscriptionId subscription, ReadableResources readable, ResourceFilter filter) {
        return of(subscription).stream()
                .filter(r -> filter.keeps(r.id()) && readable.admits(r.id()))
                .sorted(Comparator.comparing(r -> r.id().key()));
    }

    @Override
    public Optional<Resource> byPrincipal(ObjectId principal) {
        return all.values().stream()
                .filter(r -> r.identity() != null && r.identity().principalId().equals(principal))
                .findFirst();
    }

    @Override
    public Optional<Resource> byClientId(UUID clientId) {
        return all.values().stream()
                .filter(r -> r.identity() != null && r.identity().clientId().equals(clientId))
                .findFirst();
    }
}
