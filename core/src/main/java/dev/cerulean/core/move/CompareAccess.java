package dev.cerulean.core.move;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleAssignments;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.DirectoryUsers;
import dev.cerulean.core.move.AccessDiff.Access;
import dev.cerulean.core.move.AccessDiff.PrincipalAccess;
import dev.cerulean.core.move.AccessDiff.Regained;
import dev.cerulean.core.move.MovePlan.PlannedAssignment;
import dev.cerulean.core.move.MovePlan.PlannedIdentity;
import dev.cerulean.core.move.MovePlan.PlannedPrincipal;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.CoAdministrators;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.Resources;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The diff of a rehearsed directory change: for each principal of the plan, what it held before
 * and whether it holds it again now, itself or through its counterpart (the mapping's target, or a
 * managed identity's new principal once it is enabled again or re-created in the subscription's
 * directory).
 * A role counts as held again when an assignment of the same role at the same scope names the
 * principal or its counterpart. Co-administrators, whom the change removes, are compared too: each
 * of the plan is co-administrator again itself (by its email) or through the user it is mapped to,
 * or missing. Changes nothing; for a caller who may read the subscription's role
 * assignments; read in one transaction.
 */
public final class CompareAccess {
    static final String READ = "Microsoft.Authorization/roleAssignments/read";

    private final Transactions transactions;
    private final Authorize authorize;
    private final Subscriptions subscriptions;
    private final RoleAssignments roleAssignments;
    private final Resources resources;
    private final CoAdministrators coAdministrators;
    private final DirectoryUsers users;

    public CompareAccess(
            Transactions transactions,
            Authorize authorize,
            Subscriptions subscriptions,
            RoleAssignments roleAssignments,
            Resources resources,
            CoAdministrators coAdministrators,
            DirectoryUsers users) {
        this.transactions = transactions;
        this.authorize = authorize;
        this.subscriptions = subscriptions;
        this.roleAssignments = roleAssignments;
        this.resources = resources;
        this.coAdministrators = coAdministrators;
        this.users = users;
    }

    public Outcome<AccessDiff> compare(Caller caller, MovePlan plan, MoveMapping mapping) {
        return transactions.inTransaction(() -> {
            Optional<Subscription> found = subscriptions.byId(plan.subscription());
            if (found.isEmpty()) return Outcome.rejected(RuleCode.SubscriptionNotFound, plan.subscription());
            Subscription s = found.get();
            Scope scope = Scope.subscription(s.id());
            if (!authorize.decide(caller, READ, scope).allowed())
                return Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), READ, scope);
            return Outcome.ok(compare(s, plan, mapping));
        });
    }

    private AccessDiff compare(Subscription s, MovePlan plan, MoveMapping mapping) {
        Map<ObjectId, ObjectId> counterparts = new HashMap<>(mapping.targets());
        for (PlannedIdentity identity : plan.managedIdentities()) {
            // enabled again (system-assigned) or re-created (user-assigned) under the same resource id
            if (counterparts.containsKey(identity.principalId())) continue;
            resources
                    .byId(identity.resource())
                    .map(Resource::identity)
                    .filter(mi -> mi.enabled() && s.directory().equals(mi.tenantId()))
                    .filter(mi -> !mi.principalId().equals(identity.principalId()))
                    .ifPresent(mi -> counterparts.put(identity.principalId(), mi.principalId()));
        }
        // who holds what now, by principal, role and scope
        Map<String, RoleAssignment> live = new HashMap<>();
        for (RoleAssignment a : roleAssignments.of(s.id())) live.putIfAbsent(key(a.principalId(), a), a);

        Map<ObjectId, PlannedPrincipal> principals = new LinkedHashMap<>();
        Map<ObjectId, List<Access>> access = new LinkedHashMap<>();
        for (PlannedAssignment a : plan.roleAssignments()) {
            ObjectId id = a.principal().id();
            principals.putIfAbsent(id, a.principal());
            RoleAssignment direct = live.get(key(id, a));
            ObjectId counterpart = counterparts.get(id);
            RoleAssignment mapped = counterpart == null ? null : live.get(key(counterpart, a));
            Regained how = direct != null ? Regained.DIRECTLY : mapped != null ? Regained.MAPPED : Regained.MISSING;
            RoleAssignment holding = direct != null ? direct : mapped;
            access.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new Access(
                            a.id(),
                            a.scope(),
                            a.roleDefinition(),
                            a.roleName(),
                            how,
                            holding == null ? null : holding.id()));
        }
        List<PrincipalAccess> out = new ArrayList<>();
        principals.forEach((id, p) -> out.add(new PrincipalAccess(p, counterparts.get(id), access.get(id))));
        return new AccessDiff(s.id(), out, coAdministrators(s, plan, mapping));
    }

    /** Each co-administrator of the plan: named again by its email, through the user it is mapped to, or not. */
    private List<AccessDiff.CoAdministratorAccess> coAdministrators(
            Subscription s, MovePlan plan, MoveMapping mapping) {
        if (plan.coAdministrators().isEmpty()) return List.of();
        List<CoAdministrator> now = coAdministrators.of(s.id());
        List<AccessDiff.CoAdministratorAccess> out = new ArrayList<>();
        for (MovePlan.PlannedAdministrator admin : plan.coAdministrators()) {
            ObjectId mapped = mapping.coAdministratorTarget(admin.email()).orElse(null);
            Optional<Identity> person = mapped == null
                    ? Optional.empty()
                    : users.byId(s.directory(), mapped).map(u -> u.person());
            boolean direct =
                    now.stream().anyMatch(c -> c.administrator().email().value().equalsIgnoreCase(admin.email()));
            boolean through = person.isPresent()
                    && now.stream().anyMatch(c -> c.administrator().who().equals(person.get()));
            out.add(new AccessDiff.CoAdministratorAccess(
                    admin.email(), mapped, direct ? Regained.DIRECTLY : through ? Regained.MAPPED : Regained.MISSING));
        }
        return out;
    }

    private static String key(ObjectId principal, RoleAssignment a) {
        return principal + "|" + a.roleDefinition() + "|" + a.scope().key();
    }

    private static String key(ObjectId principal, PlannedAssignment a) {
        return principal + "|" + a.roleDefinition() + "|" + a.scope().key();
    }
}
