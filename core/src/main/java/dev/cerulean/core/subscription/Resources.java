package dev.cerulean.core.subscription;

import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.SubscriptionId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /** Every resource of the subscription (a world's export, a directory change): not for pages. */
    List<Resource> of(SubscriptionId subscription);

    List<Resource> inGroup(SubscriptionId subscription, String resourceGroup);

    /**
     * The distinct types, in lower case, of the subscription's resources, or of one group's when
     * {@code group} is not null: what an access decision per type needs (there are few).
     */
    Set<String> typesIn(SubscriptionId subscription, String group);

    /**
     * The page from {@code offset}, at most {@code limit} long, of the subscription's resources
     * that {@code readable} admits and {@code filter} keeps, by id whatever its case. Read and cut
     * in the database.
     */
    List<Resource> page(
            SubscriptionId subscription, ReadableResources readable, ResourceFilter filter, int offset, int limit);

    /** How many resources {@link #page} pages through. */
    int count(SubscriptionId subscription, ReadableResources readable, ResourceFilter filter);

    /** The resource whose managed identity (system- or user-assigned) has this principal id. */
    Optional<Resource> byPrincipal(ObjectId principal);

    /** The resource whose managed identity has this client id. */
    Optional<Resource> byClientId(UUID clientId);
}
