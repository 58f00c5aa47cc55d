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
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.AppRegistrations;
import dev.cerulean.core.directory.DirectoryUsers;
import dev.cerulean.core.directory.group.Groups;
import dev.cerulean.core.subscription.ResourceGroups;
import dev.cerulean.core.subscription.Resources;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
            return transactions.inTransaction(() -> one(caller, request, Pending.NONE, true));
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
        return transactions.inTransaction(() -> one(caller, request, pending, false));
    }

    /**
     * Many assignments inside one subscription, each decided by the same rules as {@link #create}
     * and in order (a later request sees the earlier ones), in one transaction: what the rules read
     * is read once, the created assignments are written and logged as one batch, and the
     * subscription's version moves once. With {@code write} false nothing is written (a dry run).
     * One outcome per request, in order; losing a race with a concurrent change refuses them all
     * with PreconditionFailed.
     */
    public List<Outcome<Result>> createAll(
            Caller caller, SubscriptionId subscription, List<Request> requests, Pending pending, boolean write) {
        for (Request r : requests) {
            if (!subscription.equals(r.scope().subscription()))
                throw new IllegalArgumentException(r.scope() + " is not inside " + subscription);
        }
        try {
            return transactions.inTransaction(() -> batch(caller, subscription, requests, pending, write));
        } catch (Transactions.ConcurrentChange e) {
            Outcome<Result> stale = Outcome.rejected(RuleCode.PreconditionFailed, subscription);
            return requests.stream().map(r -> stale).toList();
        }
    }

    private Outcome<Result> one(Caller caller, Request r, Pending pending, boolean write) {
        Scope scope = r.scope();
        Subscription subscription = null;
        if (scope.subscription() != null) {
            Optional<Subscription> found = write
                    ? subscriptions.byIdForUpdate(scope.subscription())
                    : subscriptions.byId(scope.subscription());
            if (found.isEmpty()) return Outcome.rejected(RuleCode.SubscriptionNotFound, scope.subscription());
            subscription = found.get();
        }
        AssignmentFacts facts = facts(caller, subscription);
        Outcome<Planned> planned = decide(caller, r, facts, pending);
        if (!(planned instanceof Outcome.Ok<Planned> ok)) return ((Outcome.Rejected<Planned>) planned).retyped();
        Planned p = ok.value();
        if (!write || p.existing() == p.assignment()) return Outcome.ok(new Result(p.assignment(), p.created()));
        if (!p.created())
            return Outcome.ok(new Result(describe(caller, p.existing(), p.assignment(), subscription), false));
        roleAssignments.add(p.assignment());
        if (subscription != null) subscriptions.touch(subscription.id());
        activity.succeeded(
                caller,
                ACTION,
                RoleAssignmentPaths.of(p.assignment()),
                assigned(p.assignment()),
                subscription == null ? null : subscription.id(),
                facts.directory());
        return Outcome.ok(new Result(p.assignment(), true));
    }

    private List<Outcome<Result>> batch(
            Caller caller, SubscriptionId id, List<Request> requests, Pending pending, boolean write) {
        Optional<Subscription> found = write ? subscriptions.byIdForUpdate(id) : subscriptions.byId(id);
        if (found.isEmpty()) {
            Outcome<Result> missing = Outcome.rejected(RuleCode.SubscriptionNotFound, id);
            return requests.stream().map(r -> missing).toList();
        }
        Subscription subscription = found.get();
        AssignmentFacts facts = facts(caller, subscription);
        facts.preload(requests);
        List<Outcome<Result>> outcomes = new ArrayList<>(requests.size());
        List<RoleAssignment> created = new ArrayList<>();
        List<ActivityRecorder.Change> logged = new ArrayList<>();
        boolean changed = false;
        for (Request r : requests) {
            Outcome<Planned> planned = decide(caller, r, facts, pending);
            if (!(planned instanceof Outcome.Ok<Planned> ok)) {
                outcomes.add(((Outcome.Rejected<Planned>) planned).retyped());
                continue;
            }
            Planned p = ok.value();
            if (p.created()) {
                facts.record(p.assignment());
                created.add(p.assignment());
                logged.add(new ActivityRecorder.Change(
                        ACTION, RoleAssignmentPaths.of(p.assignment()), assigned(p.assignment())));
                outcomes.add(Outcome.ok(new Result(p.assignment(), true)));
            } else if (p.existing() != p.assignment() && write) {
                outcomes.add(Outcome.ok(new Result(describe(caller, p.existing(), p.assignment(), null), false)));
                changed = true;
            } else {
                outcomes.add(Outcome.ok(new Result(p.assignment(), false)));
            }
        }
        if (write && !created.isEmpty()) {
            roleAssignments.addAll(created);
            activity.succeededAll(caller, logged, subscription.id(), facts.directory());
            changed = true;
        }
        if (changed) subscriptions.touch(subscription.id());
        return outcomes;
    }

    private AssignmentFacts facts(Caller caller, Subscription subscription) {
        DirectoryId directory = subscription != null ? subscription.directory() : caller.directory();
        return new AssignmentFacts(
                subscription,
                directory,
                authorize,
                roleAssignments,
                roleDefinitions,
                resourceGroups,
                resources,
                directoryUsers,
                appRegistrations,
                groups);
    }

    /**
     * What one request comes to, nothing written: the assignment to create ({@code created}), the
     * stored one found as it is ({@code assignment == existing}), or the stored one with the
     * request's description ({@code assignment} its replacement).
     */
    private record Planned(RoleAssignment assignment, RoleAssignment existing, boolean created) {}

    private Outcome<Planned> decide(Caller caller, Request r, AssignmentFacts facts, Pending pending) {
        Scope scope = r.scope();
        if (!facts.allowed(caller, scope)) {
            return Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), ACTION, scope);
        }
        if (!RoleAssignment.descriptionFits(r.description())) {
            return Outcome.rejected(
                    RuleCode.RoleAssignmentDescriptionTooLong,
                    r.description().length(),
                    RoleAssignment.DESCRIPTION_LIMIT);
        }
        Outcome<Void> target = facts.target(scope);
        if (!target.isOk()) return ((Outcome.Rejected<Void>) target).retyped();

        Optional<RoleAssignment> same = facts.byId(r.id());
        if (same.isPresent()) {
            RoleAssignment existing = same.get();
            if (existing.scope().equals(scope)
                    && existing.principalId().equals(r.principal())
                    && existing.roleDefinition().equals(r.roleDefinition())) {
                if (Objects.equals(existing.description(), r.description()))
                    return Outcome.ok(new Planned(existing, existing, false));
                return Outcome.ok(new Planned(existing.withDescription(r.description()), existing, false));
            }
            return Outcome.rejected(RuleCode.RoleAssignmentUpdateNotPermitted, r.id());
        }
        if (!pending.roles().contains(r.roleDefinition()) && !facts.roleExists(r.roleDefinition(), scope)) {
            return Outcome.rejected(RuleCode.RoleDefinitionNotFound, r.roleDefinition());
        }
        Optional<RoleAssignment.PrincipalType> type = pending.principals().contains(r.principal())
                ? Optional.of(RoleAssignment.PrincipalType.ServicePrincipal)
                : facts.principalType(r.principal());
        if (type.isEmpty()) return Outcome.rejected(RuleCode.PrincipalNotInDirectory, r.principal(), facts.directory());

        Optional<RoleAssignment> sameAccess = facts.sameAccess(scope, r.principal(), r.roleDefinition());
        if (sameAccess.isPresent())
            return Outcome.rejected(
                    RuleCode.RoleAssignmentExists, sameAccess.get().id());
        if (facts.subscription() != null && facts.count() + pending.assignments() >= LIMIT) {
            return Outcome.rejected(
                    RuleCode.RoleAssignmentLimitExceeded, facts.subscription().id(), LIMIT);
        }
        RoleAssignment created = new RoleAssignment(
                r.id(),
                scope,
                r.principal(),
                type.get(),
                r.roleDefinition(),
                facts.directory(),
                clock.instant(),
                RoleAssignment.creator(caller),
                r.description());
        return Outcome.ok(new Planned(created, null, true));
    }

    private static String assigned(RoleAssignment a) {
        return "Role " + a.roleDefinition() + " assigned to " + a.principalId() + " at " + a.scope();
    }

    /** The same assignment PUT again with another description: only the description changes. */
    private RoleAssignment describe(
            Caller caller, RoleAssignment existing, RoleAssignment described, Subscription subscription) {
        roleAssignments.remove(existing.id());
        roleAssignments.add(described);
        if (subscription != null) subscriptions.touch(subscription.id());
        activity.succeeded(
                caller,
                ACTION,
                RoleAssignmentPaths.of(described),
                "Description of role assignment " + existing.id() + " changed",
                existing.scope().subscription(),
                existing.directory());
        return described;
    }
}
