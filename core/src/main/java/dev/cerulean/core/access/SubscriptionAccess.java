package dev.cerulean.core.access;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.Subscription;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the authorization decision needs about one subscription, indexed for it: the
 * classic administrators (who act as Owner at subscription scope) and the role assignments by
 * principal, each with its role's compiled actions. Immutable; build one per subscription
 * version and reuse it for any number of decisions. {@link #decide} allocates nothing: two hash
 * lookups, then a scan of the caller's own grants.
 */
public final class SubscriptionAccess {
    private record Grant(Scope scope, CompiledRole role) {}

    /** A role's actions minus its notActions, compiled once. */
    record CompiledRole(ActionPattern[] actions, ActionPattern[] notActions) {
        boolean permits(String action) {
            boolean allowed = false;
            for (ActionPattern a : actions) {
                if (a.matches(action)) {
                    allowed = true;
                    break;
                }
            }
            if (!allowed) return false;
            for (ActionPattern n : notActions) {
                if (n.matches(action)) return false;
            }
            return true;
        }

        static CompiledRole of(RoleDefinition d) {
            return new CompiledRole(
                    d.actions().stream().map(ActionPattern::of).toArray(ActionPattern[]::new),
                    d.notActions().stream().map(ActionPattern::of).toArray(ActionPattern[]::new));
        }
    }

    private static final Map<RoleDefinitionId, CompiledRole> BUILT_IN = new HashMap<>();

    static {
        BuiltInRoles.ALL.forEach(r -> BUILT_IN.put(r.id(), CompiledRole.of(r)));
    }

    /** The compiled built-in role, or null for any other id. */
    static CompiledRole builtIn(RoleDefinitionId id) {
        return BUILT_IN.get(id);
    }

    /** The groups a principal belongs to, directly or through nested groups, as the store knows them now. */
    @FunctionalInterface
    public interface Memberships {
        Set<ObjectId> transitiveGroupsOf(DirectoryId directory, ObjectId member);

        /** For an access built without groups: no one belongs to any. */
        Memberships NONE = (directory, member) -> Set.of();
    }

    private final Subscription subscription;
    private final Set<Identity> classicAdministrators;
    private final Map<ObjectId, Grant[]> grantsByPrincipal;
    private final boolean grantsToGroups;
    private final Memberships memberships;

    private SubscriptionAccess(
            Subscription subscription,
            Set<Identity> classicAdministrators,
            Map<ObjectId, Grant[]> grantsByPrincipal,
            boolean grantsToGroups,
            Memberships memberships) {
        this.subscription = subscription;
        this.classicAdministrators = classicAdministrators;
        this.grantsByPrincipal = grantsByPrincipal;
        this.grantsToGroups = grantsToGroups;
        this.memberships = memberships;
    }

    /** An access whose decisions know no group memberships (tests, and worlds without groups). */
    public static SubscriptionAccess of(
            Subscription subscription,
            List<CoAdministrator> coAdministrators,
            List<RoleAssignment> assignments,
            List<RoleDefinition> customRoles) {
        return of(subscription, coAdministrators, assignments, customRoles, Memberships.NONE);
    }

    /**
     * @param assignments the subscription's assignments and the root-scope assignments of its directory;
     *                    assignments of another directory, of another subscription or naming an unknown role
     *                    are ignored
     * @param customRoles the subscription's custom role definitions (built-in ones are known)
     */
    public static SubscriptionAccess of(
            Subscription subscription,
            List<CoAdministrator> coAdministrators,
            List<RoleAssignment> assignments,
            List<RoleDefinition> customRoles,
            Memberships memberships) {
        Set<Identity> admins = new HashSet<>();
        // R13: a work-account service administrator of a directory the subscription left gets nothing
        if (!subscription.serviceAdministratorLostAccess())
            admins.add(subscription.serviceAdministrator().who());
        coAdministrators.forEach(c -> admins.add(c.administrator().who()));

        Map<RoleDefinitionId, CompiledRole> roles = new HashMap<>(BUILT_IN);
        customRoles.stream()
                .filter(r -> subscription.id().equals(r.subscription()))
                .forEach(r -> roles.put(r.id(), CompiledRole.of(r)));

        Scope own = Scope.subscription(subscription.id());
        Map<ObjectId, List<Grant>> grants = new HashMap<>();
        boolean toGroups = false;
        for (RoleAssignment a : assignments) {
            CompiledRole role = roles.get(a.roleDefinition());
            if (role == null || !a.directory().equals(subscription.directory())) continue;
            if (!a.scope().overlaps(own)) continue;
            toGroups |= a.principalType() == RoleAssignment.PrincipalType.Group;
            grants.computeIfAbsent(a.principalId(), k -> new ArrayList<>()).add(new Grant(a.scope(), role));
        }
        Map<ObjectId, Grant[]> indexed = new HashMap<>();
        grants.forEach((k, v) -> indexed.put(k, v.toArray(Grant[]::new)));
        return new SubscriptionAccess(subscription, Set.copyOf(admins), Map.copyOf(indexed), toGroups, memberships);
    }

    public Subscription subscription() {
        return subscription;
    }

    /**
     * May {@code caller} perform {@code action} (e.g. {@code Microsoft.Resources/subscriptions/resourceGroups/write},
     * any case) at {@code scope}? A scope outside this subscription (another subscription, the root) is denied.
     */
    public Decision decide(Caller caller, String action, Scope scope) {
        Decision direct = decide(caller, Set.of(), action, scope);
        if (direct != Decision.DeniedNoPermission || !grantsToGroups) return direct;
        return throughGroups(groupsOf(caller), action, scope);
    }

    /**
     * The same decision with the caller's groups already known ({@link #groupsOf}): reads nothing,
     * for decisions made many times in one request (filtering a list) and for measuring.
     */
    public Decision decide(Caller caller, Set<ObjectId> groups, String action, Scope scope) {
        if (!subscription.directory().equals(caller.directory())) return Decision.DeniedWrongDirectory;
        if (!subscription.id().equals(scope.subscription())) return Decision.DeniedNoPermission;
        if (classicAdministrators.contains(caller.identity())) return Decision.AllowedAsClassicAdministrator;
        ObjectId principal = caller.principal();
        if (principal != null && permits(grantsByPrincipal.get(principal), action, scope))
            return Decision.AllowedByRoleAssignment;
        return throughGroups(groups, action, scope);
    }

    /** The grants of the caller's groups; {@code scope} is inside this subscription. */
    private Decision throughGroups(Set<ObjectId> groups, String action, Scope scope) {
        if (groups.isEmpty()) return Decision.DeniedNoPermission; // no iterator: a decision allocates nothing
        for (ObjectId group : groups) {
            if (permits(grantsByPrincipal.get(group), action, scope)) return Decision.AllowedByRoleAssignment;
        }
        return Decision.DeniedNoPermission;
    }

    private static boolean permits(Grant[] grants, String action, Scope scope) {
        if (grants == null) return false;
        for (Grant g : grants) {
            if (g.scope().contains(scope) && g.role().permits(action)) return true;
        }
        return false;
    }

    /**
     * The groups through which the caller may hold grants here: read from the store only when
     * this subscription grants something to a group; empty otherwise.
     */
    public Set<ObjectId> groupsOf(Caller caller) {
        if (!grantsToGroups
                || caller.principal() == null
                || !subscription.directory().equals(caller.directory())) {
            return Set.of();
        }
        return memberships.transitiveGroupsOf(caller.directory(), caller.principal());
    }

    /**
     * The scopes here at which the caller holds something, directly or through {@code groups}
     * ({@link #groupsOf}): the subscription's own scope for a classic administrator and for a grant
     * at the subscription or above it, and the resource group or resource of every grant below it;
     * empty for a caller of another directory. Every decision that allows the caller anything here
     * is made by a grant at one of them, so a list can decide once per scope (and per type) instead
     * of once per row: what the caller may do at a scope it may do everywhere under it.
     */
    public Set<Scope> grantScopes(Caller caller, Set<ObjectId> groups) {
        if (!subscription.directory().equals(caller.directory())) return Set.of();
        Scope own = Scope.subscription(subscription.id());
        if (classicAdministrators.contains(caller.identity())) return Set.of(own);
        Set<Scope> scopes = new HashSet<>();
        if (caller.principal() != null) addScopes(grantsByPrincipal.get(caller.principal()), own, scopes);
        for (ObjectId group : groups) addScopes(grantsByPrincipal.get(group), own, scopes);
        return scopes;
    }

    private static void addScopes(Grant[] grants, Scope own, Set<Scope> scopes) {
        if (grants == null) return;
        for (Grant g : grants) scopes.add(g.scope().contains(own) ? own : g.scope());
    }

    /** True when the caller is the service administrator or a co-administrator here. */
    public boolean isClassicAdministrator(Caller caller) {
        return subscription.directory().equals(caller.directory()) && classicAdministrators.contains(caller.identity());
    }

    /** True when the caller has any role here (classic, or an assignment at any scope of the subscription or above). */
    public boolean hasAnyRole(Caller caller) {
        if (!subscription.directory().equals(caller.directory())) return false;
        if (classicAdministrators.contains(caller.identity())
                || (caller.principal() != null && grantsByPrincipal.containsKey(caller.principal()))) {
            return true;
        }
        return groupsOf(caller).stream().anyMatch(grantsByPrincipal::containsKey);
    }
}
