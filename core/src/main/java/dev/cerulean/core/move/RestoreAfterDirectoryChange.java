package dev.cerulean.core.move;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.access.CreateCustomRole;
import dev.cerulean.core.access.CreateRoleAssignment;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.access.RoleDefinitions;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.DirectoryUsers;
import dev.cerulean.core.move.MovePlan.PlannedAssignment;
import dev.cerulean.core.move.MovePlan.PlannedIdentity;
import dev.cerulean.core.move.RestoreReport.Item;
import dev.cerulean.core.move.RestoreReport.Kind;
import dev.cerulean.core.move.RestoreReport.Status;
import dev.cerulean.core.resource.PutResource;
import dev.cerulean.core.subscription.AddCoAdministrator;
import dev.cerulean.core.subscription.Resources;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The last step of a rehearsed directory change (Azure's checklist after the transfer): in the new
 * directory, re-creates the plan's custom roles (same ids), enables again the system-assigned
 * identities the mapping asks for and re-creates the user-assigned ones it asks for (attached again
 * to the resources that carried them), sets the key vaults' tenant id to the new directory,
 * re-creates each role assignment (same id, scope, role and description) for its principal's
 * counterpart, and names co-administrator again the user each mapped co-administrator is mapped
 * to ({@link RestoreCoAdministrators}). Every write goes through the use case ARM's own request would (so its rules, its
 * refusal codes and its activity-log entries are theirs), the assignments as one batch ({@link
 * CreateRoleAssignment#createAll}). The run is one transaction (what it writes is written
 * together; a concurrent change that makes it fail leaves nothing half done), and idempotent: a
 * second run finds everything present. A dry run makes the same decisions without writing anything.
 *
 * <p>The caller must be allowed to write role assignments on the subscription (as for one PUT of a
 * role assignment), and the subscription must be in the plan's destination already.
 */
public final class RestoreAfterDirectoryChange {
    private final Transactions transactions;
    private final Authorize authorize;
    private final Subscriptions subscriptions;
    private final RoleDefinitions roleDefinitions;
    private final CreateCustomRole createCustomRole;
    private final CreateRoleAssignment createRoleAssignment;
    private final RestoreResources restoreResources;
    private final RestoreCoAdministrators restoreCoAdministrators;

    public RestoreAfterDirectoryChange(
            Transactions transactions,
            Authorize authorize,
            Subscriptions subscriptions,
            Resources resources,
            RoleDefinitions roleDefinitions,
            CreateCustomRole createCustomRole,
            CreateRoleAssignment createRoleAssignment,
            PutResource putResource,
            AddCoAdministrator addCoAdministrator,
            DirectoryUsers directoryUsers,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.authorize = authorize;
        this.subscriptions = subscriptions;
        this.roleDefinitions = roleDefinitions;
        this.createCustomRole = createCustomRole;
        this.createRoleAssignment = createRoleAssignment;
        this.restoreResources = new RestoreResources(authorize, subscriptions, resources, putResource, activity);
        this.restoreCoAdministrators = new RestoreCoAdministrators(directoryUsers, addCoAdministrator);
    }

    public Outcome<RestoreReport> restore(Caller caller, MovePlan plan, MoveMapping mapping, boolean dryRun) {
        // one transaction: each use case below joins it, so thousands of writes commit once
        return transactions.attempt(() -> restoreInTransaction(caller, plan, mapping, dryRun));
    }

    private Outcome<RestoreReport> restoreInTransaction(
            Caller caller, MovePlan plan, MoveMapping mapping, boolean dryRun) {
        Outcome<Subscription> ready = ready(caller, plan, mapping);
        if (!(ready instanceof Outcome.Ok<Subscription> ok)) return ready.map(s -> null);
        Subscription s = ok.value();
        List<Item> items = new ArrayList<>();

        Set<RoleDefinitionId> pendingRoles = new HashSet<>();
        for (RoleDefinition role : plan.customRoles()) {
            Item item = customRole(caller, s, role, dryRun);
            if (dryRun && item.status() == Status.RESTORED) pendingRoles.add(role.id());
            items.add(item);
        }

        // an identity's assignments follow it to its new principal; the others follow the mapping
        Map<ObjectId, ObjectId> counterparts = new HashMap<>(mapping.targets());
        Set<ObjectId> pendingPrincipals = new HashSet<>();
        List<PlannedIdentity> asked = new ArrayList<>();
        List<PlannedIdentity> recreate = new ArrayList<>();
        List<Item> notAsked = new ArrayList<>();
        for (PlannedIdentity identity : plan.managedIdentities()) {
            if (identity.systemAssigned() && mapping.reenable().contains(identity.principalId())) {
                asked.add(identity);
            } else if (!identity.systemAssigned() && mapping.recreate().contains(identity.principalId())) {
                recreate.add(identity);
            } else if (identity.systemAssigned() || !mapping.targets().containsKey(identity.principalId())) {
                // not asked for; a user-assigned one mapped to a target was re-created by a person
                notAsked.add(new Item(
                        identity.systemAssigned() ? Kind.SYSTEM_ASSIGNED_IDENTITY : Kind.USER_ASSIGNED_IDENTITY,
                        identity.resource().toString(),
                        identity.principalId(),
                        null,
                        Status.SKIPPED,
                        null,
                        null));
            }
        }
        items.addAll(notAsked);
        List<RestoreResources.RestoredIdentity> restoredIdentities =
                new ArrayList<>(restoreResources.identities(caller, s, asked, dryRun));
        restoredIdentities.addAll(restoreResources.userAssigned(caller, s, recreate, dryRun));
        for (var restored : restoredIdentities) {
            items.add(restored.item());
            items.addAll(restored.attachments());
            if (restored.principal() == null) continue;
            counterparts.put(restored.item().principal(), restored.principal());
            if (dryRun && restored.item().status() == Status.RESTORED) pendingPrincipals.add(restored.principal());
        }

        items.addAll(restoreResources.keyVaults(caller, s, plan.keyVaults(), dryRun));

        // the assignments as one batch: the rules read once, one write, one version change
        List<PlannedAssignment> mapped = new ArrayList<>();
        List<CreateRoleAssignment.Request> requests = new ArrayList<>();
        List<Item> assignments = new ArrayList<>();
        for (PlannedAssignment a : plan.roleAssignments()) {
            ObjectId target = counterparts.get(a.principal().id());
            if (target == null) {
                assignments.add(new Item(
                        Kind.ROLE_ASSIGNMENT, assignmentPath(a), a.principal().id(), null, Status.SKIPPED, null, null));
                continue;
            }
            mapped.add(a);
            requests.add(
                    new CreateRoleAssignment.Request(a.id(), a.scope(), a.roleDefinition(), target, a.description()));
            assignments.add(null);
        }
        List<Outcome<CreateRoleAssignment.Result>> done = createRoleAssignment.createAll(
                caller,
                s.id(),
                requests,
                new CreateRoleAssignment.Pending(pendingRoles, pendingPrincipals, 0),
                !dryRun);
        int next = 0;
        for (int i = 0; i < assignments.size(); i++) {
            if (assignments.get(i) != null) continue;
            PlannedAssignment a = mapped.get(next);
            assignments.set(
                    i,
                    assignmentItem(
                            assignmentPath(a),
                            a.principal().id(),
                            requests.get(next).principal(),
                            done.get(next)));
            next++;
        }
        items.addAll(assignments);
        items.addAll(restoreCoAdministrators.restore(caller, s, plan, mapping, dryRun));
        return Outcome.ok(new RestoreReport(s.id(), dryRun, items));
    }

    /** The subscription, moved to the plan's destination, which the caller may write role assignments on. */
    private Outcome<Subscription> ready(Caller caller, MovePlan plan, MoveMapping mapping) {
        Optional<Subscription> found = subscriptions.byId(plan.subscription());
        if (found.isEmpty()) return Outcome.rejected(RuleCode.SubscriptionNotFound, plan.subscription());
        Subscription s = found.get();
        if (!s.directory().equals(plan.destination()))
            return Outcome.rejected(RuleCode.SubscriptionNotMoved, s.id(), plan.destination(), s.directory());
        Scope scope = Scope.subscription(s.id());
        if (!authorize.decide(caller, CreateRoleAssignment.ACTION, scope).allowed())
            return Outcome.rejected(
                    RuleCode.AuthorizationFailed, caller.displayName(), CreateRoleAssignment.ACTION, scope);
        Set<ObjectId> principals = new HashSet<>();
        plan.roleAssignments().forEach(a -> principals.add(a.principal().id()));
        Set<ObjectId> identities = new HashSet<>();
        plan.managedIdentities().forEach(i -> identities.add(i.principalId()));
        for (ObjectId mapped : mapping.targets().keySet()) {
            if (!principals.contains(mapped) && !identities.contains(mapped))
                return Outcome.rejected(RuleCode.PrincipalNotInPlan, mapped);
        }
        for (ObjectId asked : mapping.reenable()) {
            boolean systemAssigned = plan.managedIdentities().stream()
                    .anyMatch(i -> i.systemAssigned() && i.principalId().equals(asked));
            if (!systemAssigned) return Outcome.rejected(RuleCode.PrincipalNotInPlan, asked);
        }
        for (ObjectId asked : mapping.recreate()) {
            boolean userAssigned = plan.managedIdentities().stream()
                    .anyMatch(i -> !i.systemAssigned() && i.principalId().equals(asked));
            if (!userAssigned) return Outcome.rejected(RuleCode.PrincipalNotInPlan, asked);
        }
        Set<String> coAdministrators = new HashSet<>();
        plan.coAdministrators().forEach(c -> coAdministrators.add(MoveMapping.key(c.email())));
        for (String email : mapping.coAdministrators().keySet()) {
            if (!coAdministrators.contains(email)) return Outcome.rejected(RuleCode.PrincipalNotInPlan, email);
        }
        return Outcome.ok(s);
    }

    private Item customRole(Caller caller, Subscription s, RoleDefinition role, boolean dryRun) {
        String target = "/subscriptions/" + s.id() + "/providers/Microsoft.Authorization/roleDefinitions/" + role.id();
        var request = new CreateCustomRole.Request(
                s.id(), role.id(), role.roleName(), role.description(), role.actions(), role.notActions());
        Outcome<RoleDefinition> would = createCustomRole.check(caller, request);
        if (would instanceof Outcome.Rejected<RoleDefinition> no)
            return Item.refused(Kind.CUSTOM_ROLE, target, null, no);
        boolean present =
                roleDefinitions.byId(role.id()).filter(would.orThrow()::equals).isPresent();
        if (present) return Item.of(Kind.CUSTOM_ROLE, target, Status.ALREADY_PRESENT);
        if (!dryRun) {
            Outcome<RoleDefinition> created = createCustomRole.create(caller, request);
            if (created instanceof Outcome.Rejected<RoleDefinition> no)
                return Item.refused(Kind.CUSTOM_ROLE, target, null, no);
        }
        return Item.of(Kind.CUSTOM_ROLE, target, Status.RESTORED);
    }

    private static Item assignmentItem(
            String path, ObjectId principal, ObjectId target, Outcome<CreateRoleAssignment.Result> done) {
        if (done instanceof Outcome.Rejected<CreateRoleAssignment.Result> no) {
            // the same access under another assignment's id is access restored already
            Status status = no.code() == RuleCode.RoleAssignmentExists ? Status.ALREADY_PRESENT : Status.REFUSED;
            return new Item(Kind.ROLE_ASSIGNMENT, path, principal, target, status, no.code(), no.args());
        }
        Status status = done.orThrow().created() ? Status.RESTORED : Status.ALREADY_PRESENT;
        return new Item(Kind.ROLE_ASSIGNMENT, path, principal, target, status, null, null);
    }

    static String assignmentPath(PlannedAssignment a) {
        return a.scope() + "/providers/Microsoft.Authorization/roleAssignments/" + a.id();
    }
}
