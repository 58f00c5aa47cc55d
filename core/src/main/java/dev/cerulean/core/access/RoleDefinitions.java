package dev.cerulean.core.access;

import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.SubscriptionId;
import java.util.List;
import java.util.Optional;

/** Port: custom role definitions (built-in ones are {@link BuiltInRoles}, not stored). */
public interface RoleDefinitions {
    void add(RoleDefinition definition);

    void remove(RoleDefinitionId id);

    Optional<RoleDefinition> byId(RoleDefinitionId id);

    List<RoleDefinition> of(SubscriptionId subscription);

    void removeAll(SubscriptionId subscription);
}
