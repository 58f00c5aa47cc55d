package dev.cerulean.core.resource;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.access.SubscriptionAccess;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.subscription.ReadableResources;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceFilter;
import dev.cerulean.core.subscription.ResourceGroups;
import dev.cerulean.core.subscription.Resources;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.List;
import java.util.Optional;

/**
 * The resources a caller may read in a subscription or one of its resource groups, as ARM's
 * resource list answers: a caller with no role in the subscription at all is refused, and each
 * resource is listed when the caller may perform {@code <type>/read} on it (R26: a role on a
 * sibling gives nothing), a page at a time read in the database.
 */
public final class ReadResources {
    private static final String LISTING = "Microsoft.Resources/subscriptions/resources/read";

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

    /**
     * Every resource the caller may read in the subscription, or in {@code resourceGroup} when not
     * null (naming a page's managed identities); lists that grow with the world use {@link #page}.
     */
    public Outcome<List<Resource>> list(Caller caller, SubscriptionId id, String resourceGroup) {
        return transactions.inTransaction(() -> readable(caller, id, resourceGroup)
                .map(readable -> readable.none()
                        ? List.of()
                        : resources.page(id, readable, ResourceFilter.inGroup(resourceGroup), 0, Integer.MAX_VALUE)));
    }

    /**
     * The page from {@code offset} (at least 0), at most {@code limit} (at least 1) long, of the
     * resources the caller may read that {@code filter} keeps (in its group, or the whole
     * subscription), by id whatever its case.
     */
    public Outcome<Page<Resource>> page(
            Caller caller, SubscriptionId id, ResourceFilter filter, int offset, int limit) {
        int size = Math.max(1, limit);
        return transactions.inTransaction(() -> readable(caller, id, filter.group())
                .map(readable -> Page.cut(
                        readable.none()
                                ? List.of()
                                : resources.page(id, readable, filter, Math.max(0, offset), size + 1),
                        size)));
    }

    /** As {@link #page}, with the number of resources the caller may read that {@code filter} keeps. */
    public Outcome<Counted<Resource>> counted(
            Caller caller, SubscriptionId id, ResourceFilter filter, int offset, int limit) {
        return transactions.inTransaction(() -> readable(caller, id, filter.group())
                .map(readable -> readable.none()
                        ? new Counted<>(List.of(), 0)
                        : new Counted<>(
                                resources.page(id, readable, filter, Math.max(0, offset), Math.max(1, limit)),
                                resources.count(id, readable, filter))));
    }

    /**
     * What the caller may read, decided per scope where it holds a grant and per type present; a
     * caller with no role in the subscription at all is refused, as ARM does, and so is a list of a
     * group that does not exist.
     */
    private Outcome<ReadableResources> readable(Caller caller, SubscriptionId id, String resourceGroup) {
        Optional<Subscription> s = subscriptions.byId(id);
        if (s.isEmpty()) return Outcome.rejected(RuleCode.SubscriptionNotFound, id);
        SubscriptionAccess access = authorize.accessOf(List.of(s.get())).get(0);
        if (!access.hasAnyRole(caller)) {
            return Outcome.rejected(
                    RuleCode.AuthorizationFailed, caller.displayName(), LISTING, Scope.subscription(id));
        }
        if (resourceGroup != null && resourceGroups.byName(id, resourceGroup).isEmpty()) {
            return Outcome.rejected(RuleCode.ResourceGroupNotFound, resourceGroup);
        }
        var groups = access.groupsOf(caller); // read once for every decision
        return Outcome.ok(
                ReadableParts.resources(access, caller, groups, resources.typesIn(id, resourceGroup), resourceGroup));
    }
}
