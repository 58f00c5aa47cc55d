package dev.cerulean.core.subscription;

import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.SubscriptionId;

/** Finds a subscription that may still be changed: it exists and is neither Disabled nor Deleted. */
public final class ChangeableSubscription {
    private ChangeableSubscription() {}

    public static Outcome<Subscription> find(Subscriptions subscriptions, SubscriptionId id) {
        return subscriptions
                .byIdForUpdate(id)
                .map(s -> active(s)
                        ? Outcome.ok(s)
                        : Outcome.<Subscription>rejected(RuleCode.SubscriptionNotActive, id, s.state()))
                .orElseGet(() -> Outcome.rejected(RuleCode.SubscriptionNotFound, id));
    }

    public static boolean active(Subscription s) {
        return s.state() == Subscription.SubscriptionState.Enabled
                || s.state() == Subscription.SubscriptionState.Warned;
    }
}
