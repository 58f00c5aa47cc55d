package dev.cerulean.core.subscription;

import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.SubscriptionId;
import java.util.List;
import java.util.Optional;

/** Port: resources. */
public interface Resources {
    void add(Resource resource);

    void update(Resource resource);

    void remove(ResourceId id);

    Optional<Resource> byId(ResourceId id);

    List<Resource> of(SubscriptionId subscription);

    List<Resource> inGroup(SubscriptionId subscription, String resourceGroup);
}
