package dev.cerulean.core.world;

import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.CreateRoleAssignment;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleAssignment.PrincipalType;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.world.World.AssignmentSpec;
import dev.cerulean.core.world.World.PrincipalRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Resolves role assignments: scope, role and principal, each checked against the world (R25, R28). */
final class Assignments {

    private final WorldContext cx;
    private final Set<RoleAssignmentId> ids = new HashSet<>();
    private final Set<RoleDefinitionId> roleIds = new HashSet<>();
    /** What each principal holds where: one assignment each (RoleAssignmentExists). */
    private final Set<Held> held = new HashSet<>();
    /** The scope of the subscription being resolved, shared by its assignments at that scope. */
    private Scope subscriptionScope = Scope.ROOT;
    /** Assignments planned so far in each subscription (R28), counted as they are planned, not by scanning. */
    private final Map<SubscriptionId, Integer> perSubscription = new HashMap<>();

    /** A principal's role at a scope (scopes compare case-insensitively, as ARM does). */
    private record Held(ObjectId principal, RoleDefinitionId role, Scope scope) {}

    Assignments(WorldContext cx) {
        this.cx = cx;
    }

    boolean roleIdTaken(RoleDefinitionId id) {
        return roleIds.contains(id) || BuiltInRoles.byId(id).isPresent();
    }

    void claimRoleId(RoleDefinitionId id) {
        roleIds.add(id);
    }

    /**
     * {@code subscription} null: an assignment at the root scope of {@code directory} (R29).
     * {@code known}: the resource groups' and resources' scopes of the subscription.
     */
    void resolve(
            AssignmentSpec a,
            DirectoryId directory,
            SubscriptionId subscription,
            List<RoleDefinition> custom,
            Set<Scope> known,
            String path) {
        RoleAssignmentId id = a.id() != null ? a.id() : new RoleAssignmentId(cx.ids.newId());
        if (!ids.add(id)) cx.problem(path + "/id", "role assignment id " + id + " is used twice");
        Scope scope = scope(a.scope(), subscription, known, path + "/scope");
        RoleDefinition role = role(a.role(), custom, path + "/role");
        Principal principal = principal(a.principal(), directory, path + "/principal");
        if (!RoleAssignment.descriptionFits(a.description())) {
            cx.problem(path + "/description", "at most " + RoleAssignment.DESCRIPTION_LIMIT + " characters");
            return;
        }
        if (scope == null || role == null || principal == null) return;
        if (subscription != null && perSubscription.getOrDefault(subscription, 0) >= CreateRoleAssignment.LIMIT) {
            cx.problem(path, "at most " + CreateRoleAssignment.LIMIT + " role assignments per subscription");
            return;
        }
        if (!held.add(new Held(principal.id(), role.id(), scope))) {
            cx.problem(path, "the same principal already holds " + role.roleName() + " at " + scope);
            return;
        }
        if (subscription != null) perSubscription.merge(subscription, 1, Integer::sum);
        cx.plan.roleAssignments.add(new RoleAssignment(
                id,
                scope,
                principal.id(),
                principal.type(),
                role.id(),
                directory,
                a.createdAt() != null ? a.createdAt() : cx.now(),
                a.createdBy() != null ? a.createdBy() : "world",
                a.description()));
    }

    private Scope scope(String text, SubscriptionId subscription, Set<Scope> known, String path) {
        if (cx.blank(text)) {
            cx.problem(path, "is required");
            return null;
        }
        Optional<Scope> scope = Scope.parse(text);
        if (scope.isEmpty()) {
            cx.problem(path, "'" + text + "' is not a scope");
            return null;
        }
        Scope s = scope.get();
        if (subscription == null) {
            if (s.level() != Scope.Level.ROOT) cx.problem(path, "a directory's root assignments are at scope /");
            return s.level() == Scope.Level.ROOT ? s : null;
        }
        if (!subscription.equals(s.subscription())) {
            cx.problem(path, text + " is not in subscription " + subscription);
            return null;
        }
        if (s.level() == Scope.Level.SUBSCRIPTION) {
            if (!subscription.equals(subscriptionScope.subscription()))
                subscriptionScope = Scope.subscription(subscription);
            return subscriptionScope;
        }
        if (!known.contains(s)) {
            cx.problem(
                    path,
                    "no " + (s.level() == Scope.Level.RESOURCE ? "resource " : "resource group ") + text
                            + " in this subscription");
            return null;
        }
        return s;
    }

    private RoleDefinition role(String nameOrId, List<RoleDefinition> custom, String path) {
        if (cx.blank(nameOrId)) {
            cx.problem(path, "is required");
            return null;
        }
        Optional<RoleDefinitionId> id = RoleDefinitionId.parse(nameOrId);
        Optional<RoleDefinition> role = id.isPresent()
                ? BuiltInRoles.byId(id.get())
                        .or(() -> custom.stream()
                                .filter(r -> r.id().equals(id.get()))
                                .findFirst())
                : BuiltInRoles.byName(nameOrId)
                        .or(() -> custom.stream()
                                .filter(r -> r.roleName().equalsIgnoreCase(nameOrId))
                                .findFirst());
        if (role.isEmpty())
            cx.problem(path, "no role '" + nameOrId + "' (built-in or a custom role of this subscription)");
        return role.orElse(null);
    }

    private record Principal(ObjectId id, PrincipalType type) {}

    /** A principal of {@code directory} (R25): a user by UPN, an app by client id, or an object by id and type. */
    private Principal principal(PrincipalRef p, DirectoryId directory, String path) {
        if (p == null) {
            cx.problem(path, "is required");
            return null;
        }
        int given = (p.user() != null ? 1 : 0)
                + (p.app() != null ? 1 : 0)
                + (p.id() != null ? 1 : 0)
                + (p.group() != null ? 1 : 0);
        if (given != 1) {
            cx.problem(path, "give exactly one of user, app, group or id");
            return null;
        }
        if (p.group() != null) {
            return new GroupResolution(cx)
                    .group(p.group(), directory, path + "/group")
                    .map(id -> new Principal(id, PrincipalType.Group))
                    .orElse(null);
        }
        if (p.user() != null) {
            Optional<Email> upn = cx.email(p.user(), path + "/user");
            WorldPlan.PlannedUser user = upn.map(u -> cx.user(directory, u)).orElse(null);
            if (upn.isPresent() && user == null)
                cx.problem(path + "/user", "no user " + p.user() + " in directory " + directory);
            return user == null ? null : new Principal(user.id(), PrincipalType.User);
        }
        if (p.app() != null) {
            AppRegistration app = cx.appsByClient.get(p.app());
            if (app == null || !app.directory().equals(directory)) {
                cx.problem(path + "/app", "no app with client id " + p.app() + " in directory " + directory);
                return null;
            }
            return new Principal(app.servicePrincipal(), PrincipalType.ServicePrincipal);
        }
        if (p.type() == null) {
            cx.problem(path + "/type", "is required with id (User, Group or ServicePrincipal)");
            return null;
        }
        return new Principal(p.id(), p.type());
    }
}
