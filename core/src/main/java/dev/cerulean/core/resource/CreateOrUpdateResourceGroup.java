package dev.cerulean.core.resource;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.subscription.ChangeableSubscription;
import dev.cerulean.core.subscription.ResourceGroup;
import dev.cerulean.core.subscription.ResourceGroups;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.Map;
import java.util.Optional;

/**
 * PUT of a resource group: creates it, or replaces the tags of an existing one. As in ARM, an
 * existing group keeps its location (a different one is InvalidLocation) and the casing of its name.
 */
public final class CreateOrUpdateResourceGroup {
    public static final String ACTION = "Microsoft.Resources/subscriptions/resourceGroups/write";

    /** The group as stored, and whether this request created it (201) or updated it (200). */
    public record Result(ResourceGroup group, boolean created) {}

    private final Subscriptions subscriptions;
    private final ResourceGroups resourceGroups;
    private final Authorize authorize;
    private final Transactions transactions;
    private final ActivityRecorder activity;

    public CreateOrUpdateResourceGroup(
            Subscriptions subscriptions,
            ResourceGroups resourceGroups,
            Authorize authorize,
            Transactions transactions,
            ActivityRecorder activity) {
        this.subscriptions = subscriptions;
        this.resourceGroups = resourceGroups;
        this.authorize = authorize;
        this.transactions = transactions;
        this.activity = activity;
    }

    public Outcome<Result> put(
            Caller caller, SubscriptionId id, String name, String location, Map<String, String> tags) {
        if (!ResourceNames.validGroupName(name))
            return Outcome.rejected(RuleCode.InvalidName, "resourceGroupName", name);
        Optional<String> normalLocation = ResourceNames.location(location);
        if (normalLocation.isEmpty()) return Outcome.rejected(RuleCode.InvalidLocation, "location", location);
        Map<String, String> cleanTags = tags == null ? Map.of() : Map.copyOf(tags);
        return transactions.attempt(() -> ChangeableSubscription.find(subscriptions, id)
                .then(s -> put(caller, s, name, normalLocation.get(), cleanTags)));
    }

    private Outcome<Result> put(Caller caller, Subscription s, String name, String location, Map<String, String> tags) {
        Scope scope = Scope.resourceGroup(s.id(), name);
        if (!authorize.decide(caller, ACTION, scope).allowed()) {
            return Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), ACTION, scope);
        }
        Optional<ResourceGroup> existing = resourceGroups.byName(s.id(), name);
        if (existing.isPresent() && !existing.get().location().equals(location)) {
            return Outcome.rejected(
                    RuleCode.InvalidLocation,
                    "location",
                    location,
                    existing.get().location());
        }
        ResourceGroup group =
                new ResourceGroup(s.id(), existing.map(ResourceGroup::name).orElse(name), location, tags);
        if (existing.isPresent()) {
            resourceGroups.update(group);
        } else {
            resourceGroups.add(group);
        }
        subscriptions.touch(s.id());
        activity.succeeded(
                caller,
                ACTION,
                group.scope().toString(),
                (existing.isPresent() ? "updated" : "created") + " resource group " + group.name(),
                s.id(),
                s.directory());
        return Outcome.ok(new Result(group, existing.isEmpty()));
    }
}
