package dev.cerulean.core.access;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.directory.group.Groups;
import dev.cerulean.core.subscription.CoAdministrators;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The authorization decision read from the stores: "may caller C perform action A at scope S?"
 *
 * <p>Each call reads the subscription row and its directory's root-scope assignments; the rest
 * of the access (co-administrators, assignments, custom roles) is rebuilt only when either has
 * changed since this instance last built it (see {@link AccessCache}). Correct across servers
 * sharing a database because every change of what the access is built from moves the
 * subscription's version. Group memberships move no version: a decision that needs them (the
 * subscription grants something to a group and the caller holds no direct grant that answers)
 * reads the caller's groups from the store then, so a membership change is seen by the next
 * request on every node. Use cases decide before they write (a refusal changes nothing), so a
 * cached access never comes from a transaction that later rolls back.
 */
public final class Authorize {
    /** Subscriptions whose access one instance keeps built. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private final Subscriptions subscriptions;
    private final CoAdministrators coAdministrators;
    private final RoleAssignments roleAssignments;
    private final RoleDefinitions roleDefinitions;
    private final Groups groups;
    private final AccessCache cache;

    public Authorize(
            Subscriptions subscriptions,
            CoAdministrators coAdministrators,
            RoleAssignments roleAssignments,
            RoleDefinitions roleDefinitions,
            Groups groups) {
        this(subscriptions, coAdministrators, roleAssignments, roleDefinitions, groups, DEFAULT_CAPACITY);
    }

    public Authorize(
            Subscriptions subscriptions,
            CoAdministrators coAdministrators,
            RoleAssignments roleAssignments,
            RoleDefinitions roleDefinitions,
            Groups groups,
            int capacity) {
        this.subscriptions = subscriptions;
        this.coAdministrators = coAdministrators;
        this.roleAssignments = roleAssignments;
        this.roleDefinitions = roleDefinitions;
        this.groups = groups;
        this.cache = new AccessCache(capacity);
    }

    /** The subscription's access, as of now; empty for an unknown subscription. */
    public Optional<SubscriptionAccess> accessOf(SubscriptionId id) {
        return subscriptions.byId(id).map(s -> accessOf(s, roleAssignments.atRoot(s.directory())));
    }

    /**
     * The access of subscriptions just read from the store (e.g. a directory's list), in the same
     * order; the root-scope assignments are read once per directory.
     */
    public List<SubscriptionAccess> accessOf(List<Subscription> current) {
        Map<DirectoryId, List<RoleAssignment>> roots = new HashMap<>();
        List<SubscriptionAccess> accesses = new ArrayList<>(current.size());
        for (Subscription s : current) {
            accesses.add(accessOf(s, roots.computeIfAbsent(s.directory(), roleAssignments::atRoot)));
        }
        return accesses;
    }

    /** {@code current} must have been read before {@code root} and before anything read here. */
    private SubscriptionAccess accessOf(Subscription current, List<RoleAssignment> root) {
        SubscriptionAccess cached = cache.get(current, root);
        if (cached != null) return cached;
        SubscriptionId id = current.id();
        List<RoleAssignment> assignments = new ArrayList<>(roleAssignments.of(id));
        assignments.addAll(root);
        SubscriptionAccess built = SubscriptionAccess.of(
                current, coAdministrators.of(id), assignments, roleDefinitions.of(id), groups::transitiveGroupsOf);
        cache.put(current, root, built);
        return built;
    }

    /**
     * Decides at a scope inside a subscription, or at the root scope of the caller's directory
     * (only root-scope assignments, such as an elevated User Access Administrator (R29), apply
     * there). An unknown subscription denies.
     */
    public Decision decide(Caller caller, String action, Scope scope) {
        if (scope.subscription() == null) return decideAtRoot(caller, action);
        return accessOf(scope.subscription())
                .map(a -> a.decide(caller, action, scope))
                .orElse(Decision.DeniedNoPermission);
    }

    private Decision decideAtRoot(Caller caller, String action) {
        if (caller.principal() == null || caller.directory() == null) return Decision.DeniedNoPermission;
        List<RoleAssignment> root = roleAssignments.atRoot(caller.directory());
        java.util.Set<dev.cerulean.core.common.ObjectId> principals = new java.util.HashSet<>();
        principals.add(caller.principal());
        if (root.stream().anyMatch(a -> a.principalType() == RoleAssignment.PrincipalType.Group)) {
            principals.addAll(groups.transitiveGroupsOf(caller.directory(), caller.principal()));
        }
        for (RoleAssignment a : root) {
            if (!principals.contains(a.principalId())) continue;
            SubscriptionAccess.CompiledRole role = SubscriptionAccess.builtIn(a.roleDefinition());
            if (role != null && role.permits(action)) return Decision.AllowedByRoleAssignment;
        }
        return Decision.DeniedNoPermission;
    }
}
