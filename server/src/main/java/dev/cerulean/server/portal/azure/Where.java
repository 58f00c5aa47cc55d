package dev.cerulean.server.portal.azure;

import dev.cerulean.core.common.Scope;
import dev.cerulean.core.subscription.Subscription;

/**
 * The scope an Access control page works at: a subscription, or one of its resource groups
 * ({@code group} null for the subscription itself).
 */
record Where(Subscription subscription, String group) {
    Scope scope() {
        return group == null ? Scope.subscription(subscription.id()) : Scope.resourceGroup(subscription.id(), group);
    }

    /** The IAM pages' path at this scope. */
    String iam() {
        return SubscriptionPages.LIST + "/" + subscription.id() + (group == null ? "" : "/resourceGroups/" + group)
                + "/iam";
    }

    /** The page title's name of the scope: the subscription's or the resource group's. */
    String name() {
        return group == null ? subscription.displayName() : group;
    }
}
