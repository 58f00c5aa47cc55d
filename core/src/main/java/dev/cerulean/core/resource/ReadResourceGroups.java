package dev.cerulean.core.resource;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.access.SubscriptionAccess;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.subscription.ReadableGroups;
import dev.cerulean.core.subscription.ResourceGroup;
import dev.cerulean.core.subscription.ResourceGroupFilter;
import dev.cerulean.core.subscription.ResourceGroups;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.List;
import java.util.Optional;

/**
 * The resource groups a caller may read: a list holds those where the caller may read, a page at
 * a time read in the database (a caller with no role in the subscription at all is refused, as ARM
 * does), a single group needs {@value #ACTION} at its scope.
 */
public final class ReadResourceGroups {
    public static final String ACTION = "Microsoft.Resources/subscriptions/resourceGroups/read";

    private final Transactions transactions;
    private final Subscriptions subscriptions;
    private final ResourceGroups resourceGroups;
    private final Authorize authorize;

    public ReadResourceGroups(
            Transactions transactions,
            Subscriptions subscriptions,
            ResourceGroups resourceGroups,
            Authorize authorize) {
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.resourceGroups = resourceGroups;
        this.authorize = authorize;
    }

    /**
     * The page from {@code offset} (at least 0), at most {@code limit} (at least 1) long, of the
     * subscription's groups the caller may read and {@code filter} keeps, by name whatever its case.
     */
    public Outcome<Page<ResourceGroup>> page(
            Caller caller, SubscriptionId id, ResourceGroupFilter filter, int offset, int limit) {
        int size = Math.max(1, limit);
        return transactions.inTransaction(() -> readable(caller, id)
                .map(readable -> Page.cut(
                        readable.none()
                                ? List.of()
                                : resourceGroups.page(id, readable, filter, Math.max(0, offset), size + 1),
                        size)));
    }

    /** As {@link #page}, with the number of groups the caller may read that {@code filter} keeps. */
    public Outcome<Counted<ResourceGroup>> counted(
            Caller caller, SubscriptionId id, ResourceGroupFilter filter, int offset, int limit) {
        return transactions.inTransaction(() -> readable(caller, id)
                .map(readable -> readable.none()
                        ? new Counted<>(List.of(), 0)
                        : new Counted<>(
                                resourceGroups.page(id, readable, filter, Math.max(0, offset), Math.max(1, limit)),
                                resourceGroups.count(id, readable, filter))));
    }

    /**
     * The groups the caller may read, decided per scope where it holds a grant; a caller with no
     * role in the subscription at all is refused, as ARM does.
     */
    private Outcome<ReadableGroups> readable(Caller caller, SubscriptionId id) {
        Optional<Subscription> s = subscriptions.byId(id);
        if (s.isEmpty()) return Outcome.rejected(RuleCode.SubscriptionNotFound, id);
        SubscriptionAccess access = authorize.accessOf(List.of(s.get())).get(0);
        if (!access.hasAnyRole(caller)) {
            return Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), ACTION, Scope.subscription(id));
        }
        return Outcome.ok(ReadableParts.groups(access, caller, access.groupsOf(caller), ACTION));
    }

    /** One group, at a resource-group scope. */
    public Outcome<ResourceGroup> get(Caller caller, Scope scope) {
        return transactions.inTransaction(() -> {
            if (!authorize.decide(caller, ACTION, scope).allowed()) {
                return Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), ACTION, scope);
            }
            return resourceGroups
                    .byName(scope.subscription(), scope.resourceGroup())
                    .<Outcome<ResourceGroup>>map(Outcome::ok)
                    .orElseGet(() -> Outcome.rejected(RuleCode.ResourceGroupNotFound, scope.resourceGroup()));
        });
    }
}
