package dev.cerulean.core.subscription;

import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.SubscriptionId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: resources. */
public interface Resources {
    void add(Resource resource);

    void update(Resource resource);

    /** Updates each of {@code resources}, as if one by one (unknown ids are ignored); a store writes them in one batch. */
    default void updateAll(List<Resource> resources) {
        resources.forEach(this::update);
    }

    void remove(ResourceId id);

    Optional<Resource> byId(ResourceId id);

    List<Resource> of(SubscriptionId subscription);

    List<Resource> inGroup(SubscriptionId subscription, String resourceGroup);

    /** The resource whose managed identity (system- or user-assigned) has this principal id. */
    Optional<Resource> byPrincipal(ObjectId principal);

    /** The resource whose managed identity has this client id. */
    Optional<Resource> byClientId(UUID clientId);
}
