package dev.cerulean.core.access;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.directory.AppFilter;
import dev.cerulean.core.directory.AppRegistrations;
import dev.cerulean.core.directory.DirectoryUsers;
import dev.cerulean.core.directory.group.Groups;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceGroups;
import dev.cerulean.core.subscription.Resources;
import dev.cerulean.core.subscription.Subscription;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules of {@link CreateRoleAssignment} read about one subscription (or the root scope of
 * one directory), each read once and kept: one request reads what it needs, a batch of thousands
 * reads the assignments, roles, scopes and principals once instead of once per request. An
 * assignment the batch decides to create is {@linkplain #record recorded}, so the requests after
 * it see it (duplicates, the limit) whether or not it is written yet.
 */
final class AssignmentFacts {
    private final Subscription subscription;
    private final DirectoryId directory;
    private final Authorize authorize;
    private final RoleAssignments roleAssignments;
    private final RoleDefinitions roleDefinitions;
    private final ResourceGroups resourceGroups;
    private final Resources resources;
    private final DirectoryUsers directoryUsers;
    private final AppRegistrations appRegistrations;
    private final Groups groups;

    private SubscriptionAccess access;
    private Map<RoleAssignmentId, RoleAssignment> here;
    private Map<String, RoleAssignment> sameAccess;
    private final Map<String, Outcome<Void>> targets = new HashMap<>();
    private final Map<RoleDefinitionId, Boolean> roles = new HashMap<>();
    private final Map<ObjectId, Optional<RoleAssignment.PrincipalType>> principals = new HashMap<>();
    // read in bulk for a large batch (null: look each up)
    private Set<ObjectId> users;
    private Set<ObjectId> servicePrincipals;
    private Set<RoleAssignmentId> takenIds;

    AssignmentFacts(
            Subscription subscription,
            DirectoryId directory,
            Authorize authorize,
            RoleAssignments roleAssignments,
            RoleDefinitions roleDefinitions,
            ResourceGroups resourceGroups,
            Resources resources,
            DirectoryUsers directoryUsers,
            AppRegistrations appRegistrations,
            Groups groups) {
        this.subscription = subscription;
        this.directory = directory;
        this.authorize = authorize;
        this.roleAssignments = roleAssignments;
        this.roleDefinitions = roleDefinitions;
        this.resourceGroups = resourceGroups;
        this.resources = resources;
        this.directoryUsers = directoryUsers;
        this.appRegistrations = appRegistrations;
        this.groups = groups;
    }

    /** At or above this many requests a batch reads what its rules need in bulk. */
    static final int BULK = 50;

    /**
     * Reads in a few queries what the rules of {@code requests} will ask about: the subscription's
     * resource groups and resources, which ids are taken, and the directory's users and apps when
     * there are not many more of them than principals to look up.
     */
    void preload(List<CreateRoleAssignment.Request> requests) {
        if (requests.size() < BULK || subscription == null) return;
        Set<String> groupNames = new HashSet<>();
        resourceGroups
                .of(subscription.id())
                .forEach(g -> groupNames.add(g.name().toLowerCase(Locale.ROOT)));
        Set<dev.cerulean.core.common.ResourceId> resourceIds = new HashSet<>();
        resources.of(subscription.id()).forEach(r -> resourceIds.add(r.id()));
        Set<ObjectId> asked = new HashSet<>();
        List<RoleAssignmentId> ids = new ArrayList<>(requests.size());
        for (CreateRoleAssignment.Request r : requests) {
            Scope scope = r.scope();
            targets.computeIfAbsent(scope.key(), k -> {
                if (scope.resourceGroup() != null
                        && !groupNames.contains(scope.resourceGroup().toLowerCase(Locale.ROOT)))
                    return Outcome.rejected(RuleCode.ResourceGroupNotFound, scope.resourceGroup());
                if (scope.resource() != null && !resourceIds.contains(scope.resource()))
                    return Outcome.rejected(RuleCode.ResourceNotFound, scope.resource());
                return Outcome.ok(null);
            });
            asked.add(r.principal());
            ids.add(r.id());
        }
        takenIds = roleAssignments.existingIds(ids);
        if (directoryUsers.countIn(directory) <= 10 * asked.size() + 1000) {
            users = new HashSet<>();
            directoryUsers.inDirectory(directory).forEach(u -> users.add(u.id()));
        }
        // as for users: the directory's apps only when there are not many more of them than principals
        if (appRegistrations.count(directory, AppFilter.SERVICE_PRINCIPALS) <= 10 * asked.size() + 1000) {
            servicePrincipals = new HashSet<>();
            for (var app : appRegistrations.inDirectory(directory)) {
                if (app.hasServicePrincipal()) servicePrincipals.add(app.servicePrincipal());
            }
        }
    }

    Subscription subscription() {
        return subscription;
    }

    DirectoryId directory() {
        return directory;
    }

    /** The caller may write role assignments at {@code scope}; the subscription's access is built once. */
    boolean allowed(Caller caller, Scope scope) {
        if (subscription == null)
            return authorize.decide(caller, CreateRoleAssignment.ACTION, scope).allowed();
        if (access == null) access = authorize.accessOf(subscription.id()).orElse(null);
        return access != null
                && access.decide(caller, CreateRoleAssignment.ACTION, scope).allowed();
    }

    /** The scope must name a resource group or resource that exists. */
    Outcome<Void> target(Scope scope) {
        return targets.computeIfAbsent(scope.key(), k -> {
            if (scope.resourceGroup() != null
                    && resourceGroups
                            .byName(scope.subscription(), scope.resourceGroup())
                            .isEmpty()) {
                return Outcome.rejected(RuleCode.ResourceGroupNotFound, scope.resourceGroup());
            }
            if (scope.resource() != null && resources.byId(scope.resource()).isEmpty()) {
                return Outcome.rejected(RuleCode.ResourceNotFound, scope.resource());
            }
            return Outcome.ok(null);
        });
    }

    /** The assignment of that id wherever it is (ids are global). */
    Optional<RoleAssignment> byId(RoleAssignmentId id) {
        if (here != null && here.containsKey(id)) return Optional.of(here.get(id));
        if (takenIds != null && !takenIds.contains(id)) return Optional.empty();
        return roleAssignments.byId(id);
    }

    /** A built-in role anywhere; a custom role only inside its own subscription. */
    boolean roleExists(RoleDefinitionId id, Scope scope) {
        if (BuiltInRoles.byId(id).isPresent()) return true;
        if (scope.subscription() == null) return false;
        return roles.computeIfAbsent(
                id,
                k -> roleDefinitions
                        .byId(k)
                        .filter(d -> scope.subscription().equals(d.subscription()))
                        .isPresent());
    }

    /**
     * R25: a user, a group or a service principal of the directory: an app's, or a managed
     * identity's (system- or user-assigned) while it is enabled in that directory — after a
     * directory change it is still the old directory's until re-created or re-enabled.
     */
    Optional<RoleAssignment.PrincipalType> principalType(ObjectId principal) {
        return principals.computeIfAbsent(principal, p -> {
            boolean user = users != null
                    ? users.contains(p)
                    : directoryUsers.byId(directory, p).isPresent();
            if (user) return Optional.of(RoleAssignment.PrincipalType.User);
            boolean app = servicePrincipals != null
                    ? servicePrincipals.contains(p)
                    : appRegistrations.byServicePrincipal(directory, p).isPresent();
            if (app) return Optional.of(RoleAssignment.PrincipalType.ServicePrincipal);
            if (groups.byId(directory, p).isPresent()) return Optional.of(RoleAssignment.PrincipalType.Group);
            boolean managedIdentity = resources
                    .byPrincipal(p)
                    .map(Resource::identity)
                    .filter(mi -> mi.enabled() && mi.tenantId().equals(directory))
                    .isPresent();
            return managedIdentity ? Optional.of(RoleAssignment.PrincipalType.ServicePrincipal) : Optional.empty();
        });
    }

    /** An assignment here of the same role at the same scope to the same principal (R28), under any id. */
    Optional<RoleAssignment> sameAccess(Scope scope, ObjectId principal, RoleDefinitionId role) {
        load();
        return Optional.ofNullable(sameAccess.get(key(scope, principal, role)));
    }

    /** How many assignments the subscription holds, those recorded included. */
    int count() {
        load();
        return here.size();
    }

    /** An assignment decided in this batch: the requests after it see it. */
    void record(RoleAssignment created) {
        load();
        here.put(created.id(), created);
        sameAccess.putIfAbsent(key(created.scope(), created.principalId(), created.roleDefinition()), created);
    }

    private void load() {
        if (here != null) return;
        List<RoleAssignment> existing =
                subscription != null ? roleAssignments.of(subscription.id()) : roleAssignments.atRoot(directory);
        here = new HashMap<>(existing.size() * 2);
        sameAccess = new HashMap<>(existing.size() * 2);
        for (RoleAssignment a : existing) {
            here.put(a.id(), a);
            sameAccess.putIfAbsent(key(a.scope(), a.principalId(), a.roleDefinition()), a);
        }
    }

    private static String key(Scope scope, ObjectId principal, RoleDefinitionId role) {
        return scope.key() + "|" + principal + "|" + role;
    }
}
