package dev.cerulean.core.move;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.move.MovePlan.PlannedIdentity;
import dev.cerulean.core.move.MovePlan.PlannedKeyVault;
import dev.cerulean.core.move.RestoreReport.Item;
import dev.cerulean.core.move.RestoreReport.Kind;
import dev.cerulean.core.move.RestoreReport.Status;
import dev.cerulean.core.resource.PutResource;
import dev.cerulean.core.subscription.ChangeableSubscription;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.Resources;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.List;
import java.util.Optional;

/**
 * The resource half of a restore (Azure's checklist: "re-enable managed identities", "update key
 * vault tenant ids"): a system-assigned identity is enabled again through ARM's own PUT (a new
 * service principal in the new directory), a key vault gets the subscription's directory as its
 * tenant id. Each under the same authorization as ARM's write of that resource, each in the
 * activity log; in a dry run, the same decisions without the writes.
 */
final class RestoreResources {
    static final String KEY_VAULT_WRITE = Resource.KEY_VAULT + "/write";

    /** An identity's item, and the principal its assignments are restored for (null when none). */
    record RestoredIdentity(Item item, ObjectId principal) {}

    private final Transactions transactions;
    private final Authorize authorize;
    private final Subscriptions subscriptions;
    private final Resources resources;
    private final PutResource putResource;
    private final ActivityRecorder activity;

    RestoreResources(
            Transactions transactions,
            Authorize authorize,
            Subscriptions subscriptions,
            Resources resources,
            PutResource putResource,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.authorize = authorize;
        this.subscriptions = subscriptions;
        this.resources = resources;
        this.putResource = putResource;
        this.activity = activity;
    }

    /**
     * Enables {@code planned} again when {@code asked}: already enabled in the subscription's
     * directory is already present; in a dry run the new principal is not known yet, so the old one
     * stands for it.
     */
    RestoredIdentity identity(Caller caller, Subscription s, PlannedIdentity planned, boolean asked, boolean dryRun) {
        String target = planned.resource().toString();
        Item skipped = new Item(
                Kind.SYSTEM_ASSIGNED_IDENTITY, target, planned.principalId(), null, Status.SKIPPED, null, null);
        if (!planned.systemAssigned() || !asked) return new RestoredIdentity(skipped, null);
        Optional<Resource> found = resources.byId(planned.resource());
        if (found.isEmpty()) return refused(planned, RuleCode.ResourceNotFound, target);
        Resource r = found.get();
        if (r.identity() != null
                && r.identity().enabled()
                && s.directory().equals(r.identity().tenantId())) {
            ObjectId now = r.identity().principalId();
            return new RestoredIdentity(
                    new Item(
                            Kind.SYSTEM_ASSIGNED_IDENTITY,
                            target,
                            planned.principalId(),
                            now,
                            Status.ALREADY_PRESENT,
                            null,
                            null),
                    now);
        }
        if (dryRun) {
            String action = r.id().type() + "/write";
            if (!authorize.decide(caller, action, Scope.of(r.id())).allowed())
                return refused(planned, RuleCode.AuthorizationFailed, caller.displayName(), action, target);
            return new RestoredIdentity(
                    new Item(
                            Kind.SYSTEM_ASSIGNED_IDENTITY,
                            target,
                            planned.principalId(),
                            null,
                            Status.RESTORED,
                            null,
                            null),
                    planned.principalId());
        }
        Outcome<PutResource.Result> put = putResource.put(
                caller,
                new PutResource.Request(r.id(), r.location(), r.tags(), PutResource.IdentityRequest.SYSTEM_ASSIGNED));
        if (put instanceof Outcome.Rejected<PutResource.Result> no) return refused(planned, no.code(), no.args());
        ObjectId now = put.orThrow().resource().identity().principalId();
        return new RestoredIdentity(
                new Item(
                        Kind.SYSTEM_ASSIGNED_IDENTITY, target, planned.principalId(), now, Status.RESTORED, null, null),
                now);
    }

    /** The key vault's tenant id set to the subscription's directory, as ARM's PATCH of its properties does. */
    Item keyVault(Caller caller, PlannedKeyVault planned, boolean dryRun) {
        String target = planned.resource().toString();
        Outcome<Item> done = transactions.attempt(() -> ChangeableSubscription.find(
                        subscriptions, planned.resource().subscription())
                .then(s -> {
                    Optional<Resource> found = resources.byId(planned.resource());
                    if (found.isEmpty()) return Outcome.rejected(RuleCode.ResourceNotFound, target);
                    Resource vault = found.get();
                    if (s.directory().equals(vault.tenantId()))
                        return Outcome.ok(Item.of(Kind.KEY_VAULT, target, Status.ALREADY_PRESENT));
                    if (!authorize
                            .decide(caller, KEY_VAULT_WRITE, Scope.of(vault.id()))
                            .allowed())
                        return Outcome.rejected(
                                RuleCode.AuthorizationFailed, caller.displayName(), KEY_VAULT_WRITE, target);
                    if (!dryRun) {
                        resources.update(vault.withTenantId(s.directory()));
                        subscriptions.touch(s.id());
                        activity.succeeded(
                                caller,
                                KEY_VAULT_WRITE,
                                target,
                                "tenant id of key vault " + vault.id().name() + " set to " + s.directory() + " (was "
                                        + vault.tenantId() + ") after the directory change",
                                s.id(),
                                s.directory());
                    }
                    return Outcome.ok(Item.of(Kind.KEY_VAULT, target, Status.RESTORED));
                }));
        if (done instanceof Outcome.Rejected<Item> no)
            return new Item(Kind.KEY_VAULT, target, null, null, Status.REFUSED, no.code(), no.args());
        return done.orThrow();
    }

    private static RestoredIdentity refused(PlannedIdentity planned, RuleCode code, Object... args) {
        return refused(
                planned,
                code,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    private static RestoredIdentity refused(PlannedIdentity planned, RuleCode code, List<String> args) {
        return new RestoredIdentity(
                new Item(
                        Kind.SYSTEM_ASSIGNED_IDENTITY,
                        planned.resource().toString(),
                        planned.principalId(),
                        null,
                        Status.REFUSED,
                        code,
                        args),
                null);
    }
}
