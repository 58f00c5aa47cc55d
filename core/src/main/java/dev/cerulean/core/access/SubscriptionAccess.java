package dev.cerulean.core.access;

import dev.cerulean.core.subscription.Resources;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.Subscription;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything the authorization decision needs about one subscription, indexed for it: the
 * classic administrators (who act as Owner at subscription scope) and the role assignments by
 * principal, each with its role's compiled actions. Immutable; build one per subscription
 * version and reuse it for any number of decisions.
 */
public final class SubscriptionAccess {
    private record Grant(Scope scope, CompiledRole role) {}

    private record CompiledRole(ActionPattern[] actions, ActionPattern[] notActions) {
        boolean permits(String lowerCaseAction) {
            boolean allowed = false;
            for (ActionPattern a : actions) {
                if (a.matchesLowerCase(lowerCaseAction)) {
                    allowed = true;
                    break;
                }
            }
            if (!allowed) return false;
            for (ActionPattern n : notActions) {
                if (n.matchesLowerCase(lowerCaseAction)) return false;
            }
            return true;
        }

        static CompiledRole of(RoleDefinition d) {
            return new CompiledRole(d.actions().stream().map(ActionPattern::of).toArray(ActionPattern[]::new),
                    d.notActions().stream().map(ActionPattern::of).toArray(ActionPattern[]::new));
        }
    }

    private final Subscription subscription;
    private final Set<Identity> classicAdministrators;
    private final Map<ObjectId, List<Grant>> grantsByPrincipal;

    private SubscriptionAccess(Subscription subscription, Set<Identity> classicAdministrators,
                               Map<ObjectId, List<Grant>> grantsByPrincipal) {
        this.subscription = subscription;
        this.classicAdministrators = classicAdministrators;
        this.grantsByPrincipal = grantsByPrincipal;
    }

    /**
     * @param assignments the subscription's assignments and the root-scope assignments of its directory
     * @param customRoles the subscription's custom role definitions (built-in ones are known)
     */
    public static SubscriptionAccess of(Subscription subscription, List<CoAdministrator> coAdministrators,
                                        List<RoleAssignment> assignments, List<RoleDefinition> customRoles) {
        Set<Identity> admins = new HashSet<>();
        if (!subscription.serviceAdministratorLostAccess()) admins.add(subscription.serviceAdministrator().who());
        coAdministrators.forEach(c -> admins.add(c.administrator().who()));

        Map<RoleDefinitionId, CompiledRole> roles = new HashMap<>();
        BuiltInRoles.ALL.forEach(r -> roles.put(r.id(), CompiledRole.of(r)));
        customRoles.forEach(r -> roles.put(r.id(), CompiledRole.of(r)));

        Map<ObjectId, List<Grant>> grants = new HashMap<>();
        for (RoleAssignment a : assignments) {
            CompiledRole role = roles.get(a.roleDefinition());
            if (role == null || !a.directory().equals(subscription.directory())) continue;
            grants.computeIfAbsent(a.principalId(), k -> new ArrayList<>()).add(new Grant(a.scope(), role));
        }
        return new SubscriptionAccess(subscription, Set.copyOf(admins), Map.copyOf(grants));
    }

    public Subscription subscription() {
        return subscription;
    }

    /** May {@code caller} perform {@code action} (e.g. {@code Microsoft.Resources/subscriptions/resourceGroups/write}) at {@code scope}? */
    public Decision decide(Caller caller, String action, Scope scope) {
        if (!subscription.directory().equals(caller.directory())) return Decision.DeniedWrongDirectory;
        if (classicAdministrators.contains(caller.identity())) return Decision.AllowedAsClassicAdministrator;
        List<Grant> grants = caller.principal() == null ? null : grantsByPrincipal.get(caller.principal());
        if (grants == null) return Decision.DeniedNoPermission;
        String lower = action.toLowerCase(Locale.ROOT);
        for (Grant g : grants) {
            if (g.scope().contains(scope) && g.role().permits(lower)) return Decision.AllowedByRoleAssignment;
        }
        return Decision.DeniedNoPermission;
    }

    /** True when the caller is the service administrator or a co-administrator here. */
    public boolean isClassicAdministrator(Caller caller) {
        return subscription.directory().equals(caller.directory()) && classicAdministrators.contains(caller.identity());
    }

    /** True when the caller has any role here (classic, or an assignment at any scope of the subscription). */
    public boolean hasAnyRole(Caller caller) {
        if (!subscription.directory().equals(caller.directory())) return false;
        return classicAdministrators.contains(caller.identity())
                || (caller.principal() != null && grantsByPrincipal.containsKey(caller.principal()));
    }
}
