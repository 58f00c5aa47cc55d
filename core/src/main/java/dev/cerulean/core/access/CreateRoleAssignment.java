package dev.cerulean.core.access;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.AppRegistrations;
import dev.cerulean.core.directory.DirectoryUsers;
import dev.cerulean.core.directory.group.Groups;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceGroups;
import dev.cerulean.core.subscription.Resources;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * PUT of a role assignment: gives a principal of the subscription's directory (R25) a role at
 * a scope and everything below it (R26). Idempotent: the same id with the same content answers
 * the stored assignment; as a PUT replaces, a different description (none included) replaces
 * the stored one. At the root scope only an elevated caller (R29) may assign. A description
 * longer than {@value RoleAssignment#DESCRIPTION_LIMIT} characters is refused.
 */
public final class CreateRoleAssignment {
    public static final String ACTION = "Microsoft.Authorization/roleAssignments/write";
    /** At most this many assignments per subscription (R28). */
    public static final int LIMIT = 4000;

    /** What to create; {@code id} is the GUID of the request path; {@code description} may be null. */
    public record Request(
            RoleAssignmentId id, Scope scope, RoleDefinitionId roleDefinition, ObjectId principal, String description) {
        public Request(RoleAssignmentId id, Scope scope, RoleDefinitionId roleDefinition, ObjectId principal) {
            this(id, scope, roleDefinition, principal, null);
        }
    }

    /** The assignment, and whether this request created it (201) or found it already there (200). */
    public record Result(RoleAssignment assignment, boolean created) {}

    private final Transactions transactions;
    private final Authorize authorize;
    private final Subscriptions subscriptions;
    private final ResourceGroups resourceGroups;
    private final Resources resources;
    private final RoleDefinitions roleDefinitions;
    private final RoleAssignments roleAssignments;
    private final DirectoryUsers directoryUsers;
    private final AppRegistrations appRegistrations;
    private final Groups groups;
    private final ActivityRecorder activity;
    private final Clock clock;

    public CreateRoleAssignment(
            Transactions transactions,
            Authorize authorize,
            Subscriptions subscriptions,
            ResourceGroups resourceGroups,
            Resources resources,
            RoleDefinitions roleDefinitions,
            RoleAssignments roleAssignments,
            DirectoryUsers directoryUsers,
            AppRegistrations appRegistrations,
            Groups groups,
            ActivityRecorder activity,
            Clock clock) {
        this.transactions = transactions;
        this.authorize = authorize;
        this.subscriptions = subscriptions;
        this.resourceGroups = resourceGroups;
        this.resources = resources;
        this.roleDefinitions = roleDefinitions;
        this.roleAssignments = roleAssignments;
        this.directoryUsers = directoryUsers;
        this.appRegistrations = appRegistrations;
        this.groups = groups;
        this.activity = activity;
        this.clock = clock;
    }

    /**
     * What a batch that checks before it writes (a dry run) counts as done already: roles and
     * principals it would create first, and how many assignments it would add before this one.
     */
    public record Pending(Set<RoleDefinitionId> roles, Set<ObjectId> principals, int assignments) {
        public static final Pending NONE = new Pending(Set.of(), Set.of(), 0);

        public Pending {
            roles = Set.copyOf(roles);
            principals = Set.copyOf(principals);
        }
    }

    public Outcome<Result> create(Caller caller, Request request) {
        try {
            return transactions.inTransaction(() -> decideAndWrite(caller, request, Pending.NONE, true));
        } catch (Transactions.ConcurrentChange e) {
            return Outcome.rejected(RuleCode.PreconditionFailed, request.scope());
        }
    }

    /**
     * The same decision as {@link #create} under the same rules, without writing anything: the
     * assignment that would be created (its creation time now) or found, or the refusal. {@code
     * pending} counts as existing what the caller's batch would have written by then.
     */
    public Outcome<Result> check(Caller caller, Request request, Pending pending) {
        return transactions.inTransaction(() -> decideAndWrite(caller, request, pending, false));
    }

    private Outcome<Result> decideAndWrite(Caller caller, Request r, Pending pending, boolean write) {
        Scope scope = r.scope();
        Subscription subscription = null;
        if (scope.subscription() != null) {
            Optional<Subscription> found = write
                    ? subscriptions.byIdForUpdate(scope.subscription())
                    : subscriptions.byId(scope.subscription());
            if (found.isEmpty()) return Outcome.rejected(RuleCode.SubscriptionNotFound, scope.subscription());
            subscription = found.get();
        }
        if (!authorize.decide(caller, ACTION, scope).allowed()) {
            return Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), ACTION, scope);
        }
        if (!RoleAssignment.descriptionFits(r.description())) {
            return Outcome.rejected(
                    RuleCode.RoleAssignmentDescriptionTooLong,
                    r.description().length(),
                    RoleAssignment.DESCRIPTION_LIMIT);
        }
        Outcome<Void> target = targetExists(scope);
        if (!target.isOk()) return target.map(v -> null);

        Optional<RoleAssignment> same = roleAssignments.byId(r.id());
        if (same.isPresent()) {
            RoleAssignment existing = same.get();
            if (existing.scope().equals(scope)
                    && existing.principalId().equals(r.principal())
                    && existing.roleDefinition().equals(r.roleDefinition())) {
                if (Objects.equals(existing.description(), r.description()) || !write)
                    return Outcome.ok(new Result(existing, false));
                return Outcome.ok(new Result(describe(caller, existing, r.description(), subscription), false));
            }
            return Outcome.rejected(RuleCode.RoleAssignmentUpdateNotPermitted, r.id());
        }
        if (!pending.roles().contains(r.roleDefinition()) && !roleExists(r.roleDefinition(), scope)) {
            return Outcome.rejected(RuleCode.RoleDefinitionNotFound, r.roleDefinition());
        }
        DirectoryId directory = subscription != null ? subscription.directory() : caller.directory();
        Optional<RoleAssignment.PrincipalType> type = pending.principals().contains(r.principal())
                ? Optional.of(RoleAssignment.PrincipalType.ServicePrincipal)
                : principalType(directory, r.principal());
        if (type.isEmpty()) return Outcome.rejected(RuleCode.PrincipalNotInDirectory, r.principal(), directory);

        var existingHere =
                subscription != null ? roleAssignments.of(subscription.id()) : roleAssignments.atRoot(directory);
        for (RoleAssignment a : existingHere) {
            if (a.scope().equals(scope)
                    && a.principalId().equals(r.principal())
                    && a.roleDefinition().equals(r.roleDefinition())) {
                return Outcome.rejected(RuleCode.RoleAssignmentExists, a.id());
            }
        }
        if (subscription != null && roleAssignments.countOf(subscription.id()) + pending.assignments() >= LIMIT) {
            return Outcome.rejected(RuleCode.RoleAssignmentLimitExceeded, subscription.id(), LIMIT);
        }

        RoleAssignment created = new RoleAssignment(
                r.id(),
                scope,
                r.principal(),
                type.get(),
                r.roleDefinition(),
                directory,
                clock.instant(),
                RoleAssignment.creator(caller),
                r.description());
        if (!write) return Outcome.ok(new Result(created, true));
        roleAssignments.add(created);
        if (subscription != null) subscriptions.touch(subscription.id());
        activity.succeeded(
                caller,
                ACTION,
                RoleAssignmentPaths.of(created),
                "Role " + r.roleDefinition() + " assigned to " + r.principal() + " at " + scope,
                subscription == null ? null : subscription.id(),
                directory);
        return Outcome.ok(new Result(created, true));
    }

    /** The same assignment PUT again with another description: only the description changes. */
    private RoleAssignment describe(
            Caller caller, RoleAssignment existing, String description, Subscription subscription) {
        RoleAssignment described = existing.withDescription(description);
        roleAssignments.remove(existing.id());
        roleAssignments.add(described);
        if (subscription != null) subscriptions.touch(subscription.id());
        activity.succeeded(
                caller,
                ACTION,
                RoleAssignmentPaths.of(described),
                "Description of role assignment " + existing.id() + " changed",
                subscription == null ? null : subscription.id(),
                existing.directory());
        return described;
    }

    /** The scope must name a resource group or resource that exists. */
    private Outcome<Void> targetExists(Scope scope) {
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
    }

    /** A built-in role anywhere; a custom role only inside its own subscription. */
    private boolean roleExists(RoleDefinitionId id, Scope scope) {
        if (BuiltInRoles.byId(id).isPresent()) return true;
        return scope.subscription() != null
                && roleDefinitions
                        .byId(id)
                        .filter(d -> scope.subscription().equals(d.subscription()))
                        .isPresent();
    }

    /**
     * R25: a user, a group or a service principal of {@code directory}: an app's, or a managed identity's
     * (system- or user-assigned) while it is enabled in that directory — after a directory change
     * it is still the old directory's until re-created or re-enabled.
     */
    private Optional<RoleAssignment.PrincipalType> principalType(DirectoryId directory, ObjectId principal) {
        if (directoryUsers.byId(directory, principal).isPresent())
            return Optional.of(RoleAssignment.PrincipalType.User);
        if (appRegistrations.byServicePrincipal(directory, principal).isPresent()) {
            return Optional.of(RoleAssignment.PrincipalType.ServicePrincipal);
        }
        if (groups.byId(directory, principal).isPresent()) return Optional.of(RoleAssignment.PrincipalType.Group);
        boolean managedIdentity = resources
                .byPrincipal(principal)
                .map(Resource::identity)
                .filter(mi -> mi.enabled() && mi.tenantId().equals(directory))
                .isPresent();
        if (managedIdentity) return Optional.of(RoleAssignment.PrincipalType.ServicePrincipal);
        return Optional.empty();
    }
}
