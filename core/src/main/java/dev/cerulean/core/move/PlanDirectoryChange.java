package dev.cerulean.core.move;

import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.AppFilter;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.AppRegistrations;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.DirectoryUsers;
import dev.cerulean.core.directory.group.Groups;
import dev.cerulean.core.move.MovePlan.PlannedAdministrator;
import dev.cerulean.core.move.MovePlan.PlannedAssignment;
import dev.cerulean.core.move.MovePlan.PlannedIdentity;
import dev.cerulean.core.move.MovePlan.PlannedKeyVault;
import dev.cerulean.core.move.MovePlan.PlannedPrincipal;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.Resources;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The plan of a directory change (by default under Azure Resource Manager's two-step mode, so the
 * caller must be an Owner, R9–R11; the classic portal asks under its own rules): the preview's lists, with each principal described so that a person can find
 * its counterpart in the destination, and the managed identities and key vaults to fix afterwards.
 * Changes nothing; read in one transaction, so the plan and its version agree.
 */
public final class PlanDirectoryChange {
    /** At or above this many principals the plan reads the directory's users and apps in bulk. */
    static final int BULK = 50;

    private final Transactions transactions;
    private final PreviewDirectoryChange preview;
    private final Subscriptions subscriptions;
    private final Resources resources;
    private final DirectoryUsers users;
    private final AppRegistrations apps;
    private final Groups groups;
    private final Clock clock;

    public PlanDirectoryChange(
            Transactions transactions,
            PreviewDirectoryChange preview,
            Subscriptions subscriptions,
            Resources resources,
            DirectoryUsers users,
            AppRegistrations apps,
            Groups groups,
            Clock clock) {
        this.transactions = transactions;
        this.preview = preview;
        this.subscriptions = subscriptions;
        this.resources = resources;
        this.users = users;
        this.apps = apps;
        this.groups = groups;
        this.clock = clock;
    }

    public Outcome<MovePlan> plan(Caller caller, SubscriptionId id, DirectoryId destination) {
        return plan(caller, id, destination, DirectoryChangeMode.MODERN);
    }

    /** The plan under {@code mode}'s rules (the classic portal's review uses the classic ones). */
    public Outcome<MovePlan> plan(Caller caller, SubscriptionId id, DirectoryId destination, DirectoryChangeMode mode) {
        return transactions.inTransaction(() -> preview.preview(caller, id, destination, mode)
                .then(p -> subscriptions
                        .byId(id)
                        .<Outcome<MovePlan>>map(s -> Outcome.ok(plan(p, s)))
                        .orElseGet(() -> Outcome.rejected(RuleCode.SubscriptionNotFound, id))));
    }

    private MovePlan plan(DirectoryChangePreview p, Subscription s) {
        Map<dev.cerulean.core.common.RoleDefinitionId, String> customNames = p.customRolesToDelete().stream()
                .collect(Collectors.toMap(RoleDefinition::id, RoleDefinition::roleName));
        Principals described = new Principals(p.fromDirectory(), p.roleAssignmentsToDelete());
        List<PlannedAssignment> assignments = p.roleAssignmentsToDelete().stream()
                .sorted(Comparator.comparing((RoleAssignment a) -> a.scope().level())
                        .thenComparing(a -> a.scope().key())
                        .thenComparing(a -> a.id().value()))
                .map(a -> new PlannedAssignment(
                        a.id(),
                        a.scope(),
                        a.roleDefinition(),
                        BuiltInRoles.byId(a.roleDefinition())
                                .map(RoleDefinition::roleName)
                                .orElse(customNames.get(a.roleDefinition())),
                        described.of(a),
                        a.description()))
                .toList();
        List<Resource> all = resources.of(s.id());
        List<PlannedIdentity> identities = all.stream()
                .filter(r -> r.identity() != null)
                .sorted(Comparator.comparing((Resource r) -> r.id().toString()))
                .map(r -> new PlannedIdentity(
                        r.id(),
                        !Resource.USER_ASSIGNED_IDENTITY.equalsIgnoreCase(r.id().type()),
                        r.identity().principalId(),
                        r.identity().clientId(),
                        p.roleAssignmentsToDelete().stream()
                                .filter(a -> a.principalId().equals(r.identity().principalId()))
                                .map(RoleAssignment::id)
                                .toList(),
                        all.stream()
                                .filter(carrier ->
                                        carrier.userAssignedIdentities().contains(r.id()))
                                .map(Resource::id)
                                .sorted(Comparator.comparing(ResourceId::toString))
                                .toList()))
                .toList();
        List<PlannedKeyVault> vaults = all.stream()
                .filter(r -> Resource.KEY_VAULT.equalsIgnoreCase(r.id().type()))
                .sorted(Comparator.comparing((Resource r) -> r.id().toString()))
                .map(r -> new PlannedKeyVault(r.id(), r.tenantId()))
                .toList();
        return new MovePlan(
                MovePlan.FORMAT,
                s.id(),
                s.displayName(),
                p.version(),
                p.fromDirectory(),
                p.toDirectory(),
                clock.instant(),
                assignments,
                p.customRolesToDelete(),
                p.coAdministratorsToRemove().stream()
                        .map(c -> administrator(c.administrator()))
                        .toList(),
                administrator(s.serviceAdministrator()),
                p.serviceAdministratorLosesAccess(),
                identities,
                vaults);
    }

    /**
     * Each assignment's principal described, each principal looked up once, where its type says it
     * is (an object id keeps its type): users of the directory read in one query when there are not
     * many more of them than principals to describe, apps likewise, groups and identities one by one.
     */
    private final class Principals {
        private final DirectoryId directory;
        private final Map<ObjectId, PlannedPrincipal> described = new HashMap<>();
        private Map<ObjectId, DirectoryUser> allUsers;
        private Map<ObjectId, AppRegistration> allApps;

        Principals(DirectoryId directory, List<RoleAssignment> assignments) {
            this.directory = directory;
            long distinct = assignments.stream()
                    .map(RoleAssignment::principalId)
                    .distinct()
                    .count();
            if (distinct >= BULK && users.countIn(directory) <= 10 * distinct + 1000) {
                allUsers = new HashMap<>();
                users.inDirectory(directory).forEach(u -> allUsers.put(u.id(), u));
            }
            if (distinct >= BULK && apps.count(directory, AppFilter.SERVICE_PRINCIPALS) <= 10 * distinct + 1000) {
                allApps = new HashMap<>();
                apps.inDirectory(directory).stream()
                        .filter(AppRegistration::hasServicePrincipal)
                        .forEach(a -> allApps.put(a.servicePrincipal(), a));
            }
        }

        PlannedPrincipal of(RoleAssignment a) {
            return described.computeIfAbsent(a.principalId(), id -> describe(id, a.principalType()));
        }

        private PlannedPrincipal describe(ObjectId id, RoleAssignment.PrincipalType type) {
            if (type == RoleAssignment.PrincipalType.User) {
                var user = allUsers != null ? Optional.ofNullable(allUsers.get(id)) : users.byId(directory, id);
                if (user.isEmpty()) return new PlannedPrincipal(id, type, null, null, null, null);
                var u = user.get();
                return new PlannedPrincipal(
                        id,
                        type,
                        u.displayName(),
                        u.userPrincipalName(),
                        u.mail() == null ? null : u.mail().value(),
                        null);
            }
            if (type == RoleAssignment.PrincipalType.Group) {
                return new PlannedPrincipal(
                        id,
                        type,
                        groups.byId(directory, id).map(g -> g.displayName()).orElse(null),
                        null,
                        null,
                        null);
            }
            var app = allApps != null ? Optional.ofNullable(allApps.get(id)) : apps.byServicePrincipal(directory, id);
            if (app.isPresent()) {
                return new PlannedPrincipal(
                        id, type, app.get().displayName(), null, null, app.get().clientId());
            }
            return resources
                    .byPrincipal(id)
                    .map(r -> new PlannedPrincipal(
                            id, type, r.id().name(), null, null, r.identity().clientId()))
                    .orElseGet(() -> new PlannedPrincipal(id, type, null, null, null, null));
        }
    }

    private static PlannedAdministrator administrator(ClassicAdministrator admin) {
        return new PlannedAdministrator(admin.email().value(), admin.isMicrosoftAccount());
    }
}
