package dev.cerulean.core.subscription;

import dev.cerulean.core.common.SubscriptionId;
import java.util.List;
import java.util.Optional;

/** Port: resource groups. */
public interface ResourceGroups {
    void add(ResourceGroup group);

    void update(ResourceGroup group);

    void remove(SubscriptionId subscription, String name);

    Optional<ResourceGroup> byName(SubscriptionId subscription, String name);

    List<ResourceGroup> of(SubscriptionId subscription);
}
