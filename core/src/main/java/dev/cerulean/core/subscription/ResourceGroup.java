package dev.cerulean.core.subscription;

import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import java.util.Map;

/** A resource group; names are compared case-insensitively. */
public record ResourceGroup(SubscriptionId subscription, String name, String location, Map<String, String> tags) {
    public ResourceGroup {
        tags = Map.copyOf(tags);
    }

    public Scope scope() {
        return Scope.resourceGroup(subscription, name);
    }
}
