package dev.cerulean.server.portal.azure;

import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.subscription.Subscription;

/**
 * The scope an Access control page works at: a subscription, one of its resource groups
 * ({@code group} null for the subscription itself), or one resource of a group ({@code resource}
 * null otherwise).
 */
record Where(Subscription subscription, String group, ResourceId resource) {
    Where(Subscription subscription, String group) {
        this(subscription, group, null);
    }

    Scope scope() {
        if (resource != null) return Scope.of(resource);
        return group == null ? Scope.subscription(subscription.id()) : Scope.resourceGroup(subscription.id(), group);
    }

    /** The IAM pages' path at this scope. */
    String iam() {
        return iamOf(subscription.id());
    }

    /** The IAM pages' path at this scope of the subscription {@code id}. */
    String iamOf(dev.cerulean.core.common.SubscriptionId id) {
        return SubscriptionPages.LIST + "/" + id + (group == null ? "" : "/resourceGroups/" + group)
                + (resource == null ? "" : "/providers/" + resource.path()) + "/iam";
    }

    /** The page title's name of the scope: the subscription's or the resource group's. */
    String name() {
        if (resource != null) return resource.name();
        return group == null ? subscription.displayName() : group;
    }
}
