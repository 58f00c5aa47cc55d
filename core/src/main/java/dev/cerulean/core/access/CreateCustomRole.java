package dev.cerulean.core.access;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.List;
import java.util.Optional;

/**
 * PUT of a custom role definition of one subscription (assignable at the subscription and
 * below). Creates it, or replaces the subscription's own definition of the same id. Names are
 * unique, ignoring case, among the built-in roles and the subscription's custom roles.
 */
public final class CreateCustomRole {
    public static final String ACTION = "Microsoft.Authorization/roleDefinitions/write";
    static final int MAX_NAME = 256;

    /** {@code id} null lets the use case pick a new GUID. */
    public record Request(
            SubscriptionId subscription,
            RoleDefinitionId id,
            String roleName,
            String description,
            List<String> actions,
            List<String> notActions) {}

    private final Transactions transactions;
    private final Authorize authorize;
    private final Subscriptions subscriptions;
    private final RoleDefinitions roleDefinitions;
    private final ActivityRecorder activity;
    private final IdGenerator ids;

    public CreateCustomRole(
            Transactions transactions,
            Authorize authorize,
            Subscriptions subscriptions,
            RoleDefinitions roleDefinitions,
            ActivityRecorder activity,
            IdGenerator ids) {
        this.transactions = transactions;
        this.authorize = authorize;
        this.subscriptions = subscriptions;
        this.roleDefinitions = roleDefinitions;
        this.activity = activity;
        this.ids = ids;
    }

    public Outcome<RoleDefinition> create(Caller caller, Request request) {
        try {
            return transactions.inTransaction(() -> decideAndWrite(caller, request, true));
        } catch (Transactions.ConcurrentChange e) {
            return Outcome.rejected(RuleCode.PreconditionFailed, request.subscription());
        }
    }

    /** The same decision as {@link #create} under the same rules, without writing: the definition it would store, or the refusal. */
    public Outcome<RoleDefinition> check(Caller caller, Request request) {
        return transactions.inTransaction(() -> decideAndWrite(caller, request, false));
    }

    private Outcome<RoleDefinition> decideAndWrite(Caller caller, Request r, boolean write) {
        Optional<Subscription> s =
                write ? subscriptions.byIdForUpdate(r.subscription()) : subscriptions.byId(r.subscription());
        if (s.isEmpty()) return Outcome.rejected(RuleCode.SubscriptionNotFound, r.subscription());
        Scope scope = Scope.subscription(r.subscription());
        if (!authorize.decide(caller, ACTION, scope).allowed()) {
            return Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), ACTION, scope);
        }
        Optional<String> invalid = invalidBecause(r);
        if (invalid.isPresent()) return Outcome.rejected(RuleCode.InvalidRoleDefinition, invalid.get());

        RoleDefinitionId id = r.id() != null ? r.id() : new RoleDefinitionId(ids.newId());
        Optional<RoleDefinition> previous = roleDefinitions.byId(id);
        if (BuiltInRoles.byId(id).isPresent()
                || previous.filter(d -> !r.subscription().equals(d.subscription()))
                        .isPresent()) {
            return Outcome.rejected(RuleCode.InvalidRoleDefinition, "the id " + id + " belongs to another role");
        }
        String name = r.roleName().trim();
        boolean nameTaken = BuiltInRoles.byName(name).isPresent()
                || roleDefinitions.of(r.subscription()).stream()
                        .anyMatch(d -> !d.id().equals(id) && d.roleName().equalsIgnoreCase(name));
        if (nameTaken) return Outcome.rejected(RuleCode.RoleDefinitionNameExists, name);

        RoleDefinition definition = new RoleDefinition(
                id,
                name,
                r.description() == null ? "" : r.description(),
                false,
                r.subscription(),
                r.actions().stream().map(String::trim).toList(),
                r.notActions() == null
                        ? List.of()
                        : r.notActions().stream().map(String::trim).toList(),
                List.of(scope));
        if (previous.isPresent() && previous.get().equals(definition)) return Outcome.ok(previous.get());
        if (!write) return Outcome.ok(definition);
        if (previous.isPresent()) roleDefinitions.remove(id);
        roleDefinitions.add(definition);
        subscriptions.touch(r.subscription());
        activity.succeeded(
                caller,
                ACTION,
                RoleAssignmentPaths.of(definition),
                (previous.isPresent() ? "Custom role updated: " : "Custom role created: ") + name,
                r.subscription(),
                s.get().directory());
        return Outcome.ok(definition);
    }

    /** Why the definition is malformed: empty name, no actions, or an action that is not a pattern. */
    private static Optional<String> invalidBecause(Request r) {
        if (r.roleName() == null || r.roleName().isBlank()) return Optional.of("roleName is empty");
        if (r.roleName().trim().length() > MAX_NAME) return Optional.of("roleName is longer than " + MAX_NAME);
        if (r.actions() == null || r.actions().isEmpty()) return Optional.of("actions is empty");
        for (String a : r.actions()) {
            if (!ActionPattern.isValid(a)) return Optional.of("not an action: " + a);
        }
        if (r.notActions() != null) {
            for (String a : r.notActions()) {
                if (!ActionPattern.isValid(a)) return Optional.of("not an action: " + a);
            }
        }
        return Optional.empty();
    }
}
