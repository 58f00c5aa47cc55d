package dev.cerulean.core.resource;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.access.SubscriptionAccess;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.subscription.ResourceGroup;
import dev.cerulean.core.subscription.ResourceGroups;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The resource groups a caller may read: a list holds those where the caller may read (a caller
 * with no role in the subscription at all is refused, as ARM does), a single group needs
 * {@value #ACTION} at its scope.
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

    /** The subscription's groups the caller may read, by name whatever its case. */
    public Outcome<List<ResourceGroup>> list(Caller caller, SubscriptionId id) {
        return transactions.inTransaction(() -> {
            Optional<Subscription> s = subscriptions.byId(id);
            if (s.isEmpty()) return Outcome.rejected(RuleCode.SubscriptionNotFound, id);
            SubscriptionAccess access = authorize.accessOf(List.of(s.get())).get(0);
            if (!access.hasAnyRole(caller)) {
                return Outcome.rejected(
                        RuleCode.AuthorizationFailed, caller.displayName(), ACTION, Scope.subscription(id));
            }
            var groups = access.groupsOf(caller); // read once for the whole list
            return Outcome.ok(resourceGroups.of(id).stream()
                    .filter(g ->
                            access.decide(caller, groups, ACTION, g.scope()).allowed())
                    .sorted(Comparator.comparing((ResourceGroup g) -> g.name().toLowerCase(Locale.ROOT)))
                    .toList());
        });
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
