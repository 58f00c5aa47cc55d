package dev.cerulean.core.resource;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.access.SubscriptionAccess;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceGroups;
import dev.cerulean.core.subscription.Resources;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The resources a caller may read in a subscription or one of its resource groups, as ARM's
 * resource list answers: a caller with no role in the subscription at all is refused, and each
 * resource is listed when the caller may perform {@code <type>/read} on it (R26: a role on a
 * sibling gives nothing).
 */
public final class ReadResources {
    private final Transactions transactions;
    private final Subscriptions subscriptions;
    private final ResourceGroups resourceGroups;
    private final Resources resources;
    private final Authorize authorize;

    public ReadResources(
            Transactions transactions,
            Subscriptions subscriptions,
            ResourceGroups resourceGroups,
            Resources resources,
            Authorize authorize) {
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.resourceGroups = resourceGroups;
        this.resources = resources;
        this.authorize = authorize;
    }

    /**
     * One resource, to a caller who may perform {@code <type>/read} on it (ARM decides access
     * before it tells whether the resource exists).
     */
    public Outcome<Resource> get(Caller caller, dev.cerulean.core.common.ResourceId id) {
        return transactions.inTransaction(() -> {
            if (subscriptions.byId(id.subscription()).isEmpty())
                return Outcome.rejected(RuleCode.SubscriptionNotFound, id.subscription());
            String action = id.type() + "/read";
            if (!authorize.decide(caller, action, Scope.of(id)).allowed()) {
                return Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), action, id);
            }
            if (resourceGroups.byName(id.subscription(), id.resourceGroup()).isEmpty()) {
                return Outcome.rejected(RuleCode.ResourceGroupNotFound, id.resourceGroup());
            }
            return resources
                    .byId(id)
                    .<Outcome<Resource>>map(Outcome::ok)
                    .orElseGet(() -> Outcome.rejected(RuleCode.ResourceNotFound, id));
        });
    }

    /**
     * The identities of the user-assigned identity resources {@code ids} that still exist, for
     * rendering what a resource has attached (ARM shows their principal and client ids to whoever
     * may read the resource).
     */
    public java.util.Map<dev.cerulean.core.common.ResourceId, Resource.ManagedIdentity> identitiesOf(
            java.util.Collection<dev.cerulean.core.common.ResourceId> ids) {
        if (ids.isEmpty()) return java.util.Map.of();
        return transactions.inTransaction(() -> {
            java.util.Map<dev.cerulean.core.common.ResourceId, Resource.ManagedIdentity> found =
                    new java.util.HashMap<>();
            for (var id : ids) {
                resources.byId(id).filter(Resource::isUserAssignedIdentity).ifPresent(r -> found.put(id, r.identity()));
            }
            return found;
        });
    }

    /** @param resourceGroup only this group's resources, or null for the whole subscription's */
    public Outcome<List<Resource>> list(Caller caller, SubscriptionId id, String resourceGroup) {
        return transactions.inTransaction(() -> {
            Optional<Subscription> s = subscriptions.byId(id);
            if (s.isEmpty()) return Outcome.rejected(RuleCode.SubscriptionNotFound, id);
            SubscriptionAccess access = authorize.accessOf(List.of(s.get())).get(0);
            String listing = "Microsoft.Resources/subscriptions/resources/read";
            if (!access.hasAnyRole(caller)) {
                return Outcome.rejected(
                        RuleCode.AuthorizationFailed, caller.displayName(), listing, Scope.subscription(id));
            }
            var groups = access.groupsOf(caller); // read once for the whole list
            List<Resource> candidates;
            if (resourceGroup == null) {
                candidates = resources.of(id);
            } else {
                if (resourceGroups.byName(id, resourceGroup).isEmpty()) {
                    return Outcome.rejected(RuleCode.ResourceGroupNotFound, resourceGroup);
                }
                candidates = resources.inGroup(id, resourceGroup);
            }
            return Outcome.ok(candidates.stream()
                    .filter(r -> access.decide(caller, groups, r.id().type() + "/read", Scope.of(r.id()))
                            .allowed())
                    .sorted(Comparator.comparing(
                            (Resource r) -> r.id().toString().toLowerCase(java.util.Locale.ROOT)))
                    .toList());
        });
    }
}
