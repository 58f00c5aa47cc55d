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

    /** Every group of the subscription (a world's export, a directory change's plan): not for pages. */
    List<ResourceGroup> of(SubscriptionId subscription);

    /**
     * The page from {@code offset}, at most {@code limit} long, of the subscription's groups that
     * {@code readable} admits and {@code filter} keeps, by name whatever its case. Read and cut in
     * the database.
     */
    List<ResourceGroup> page(
            SubscriptionId subscription, ReadableGroups readable, ResourceGroupFilter filter, int offset, int limit);

    /** How many groups {@link #page} pages through. */
    int count(SubscriptionId subscription, ReadableGroups readable, ResourceGroupFilter filter);
}
