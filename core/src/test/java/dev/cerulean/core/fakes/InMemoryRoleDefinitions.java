package dev.cerulean.core.fakes;

import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.access.RoleDefinitions;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.SubscriptionId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryRoleDefinitions implements RoleDefinitions {
    private final Map<RoleDefinitionId, RoleDefinition> all = new ConcurrentHashMap<>();

    @Override
    public void add(RoleDefinition definition) {
        if (all.putIfAbsent(definition.id(), definition) != null) throw new IllegalStateException("duplicate role");
    }

    @Override
    public void remove(RoleDefinitionId id) {
        all.remove(id);
    }

    @Override
    public Optional<RoleDefinition> byId(RoleDefinitionId id) {
        return Optional.ofNullable(all.get(id));
    }

    @Override
    public List<RoleDefinition> of(SubscriptionId subscription) {
        return all.values().stream()
                .filter(d -> subscription.equals(d.subscription()))
                .toList();
    }

    @Override
    public void removeAll(SubscriptionId subscription) {
        all.values().removeIf(d -> subscription.equals(d.subscription()));
    }
}
