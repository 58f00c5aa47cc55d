package dev.cerulean.core.move;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.access.SubscriptionAccess;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.move.MovePlan.PlannedIdentity;
import dev.cerulean.core.move.MovePlan.PlannedKeyVault;
import dev.cerulean.core.move.RestoreReport.Item;
import dev.cerulean.core.move.RestoreReport.Kind;
import dev.cerulean.core.move.RestoreReport.Status;
import dev.cerulean.core.resource.PutResource;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.Resources;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The resource half of a restore (Azure's checklist: "re-enable managed identities", "re-create
 * user-assigned identities", "update key vault tenant ids"), each as a batch inside the restore's
 * transaction: system-assigned identities are enabled again by ARM's own PUT rules ({@link
 * PutResource#enableSystemAssignedIdentities}: a new service principal in the new directory),
 * user-assigned ones deleted and created again, then attached again to their carriers, by the
 * rules of those requests ({@link PutResource#recreateUserAssignedIdentities}), key vaults get the subscription's directory as
 * their tenant id under the permission ARM's write of a vault needs. Each change is in the
 * activity log; in a dry run, the same decisions without the writes.
 */
final class RestoreResources {
    static final String KEY_VAULT_WRITE = Resource.KEY_VAULT + "/write";

    /**
     * An identity's item, the principal its assignments are restored for (null when none), and the
     * items of the resources it was attached to again (user-assigned ones only).
     */
    record RestoredIdentity(Item item, ObjectId principal, List<Item> attachments) {
        RestoredIdentity(Item item, ObjectId principal) {
            this(item, principal, List.of());
        }
    }

    private final Authorize authorize;
    private final Subscriptions subscriptions;
    private final Resources resources;
    private final PutResource putResource;
    private final ActivityRecorder activity;

    RestoreResources(
            Authorize authorize,
            Subscriptions subscriptions,
            Resources resources,
            PutResource putResource,
            ActivityRecorder activity) {
        this.authorize = authorize;
        this.subscriptions = subscriptions;
        this.resources = resources;
        this.putResource = putResource;
        this.activity = activity;
    }

    /**
     * Enables {@code asked} again, in order: one already enabled in the subscription's directory is
     * already present; in a dry run the new principal is not known yet, so the old one stands for it.
     */
    List<RestoredIdentity> identities(Caller caller, Subscription s, List<PlannedIdentity> asked, boolean dryRun) {
        List<ResourceId> ids = asked.stream().map(PlannedIdentity::resource).toList();
        List<Outcome<PutResource.Result>> done =
                putResource.enableSystemAssignedIdentities(caller, s.id(), ids, !dryRun);
        List<RestoredIdentity> out = new ArrayList<>(asked.size());
        for (int i = 0; i < asked.size(); i++) {
            PlannedIdentity planned = asked.get(i);
            String target = planned.resource().toString();
            if (done.get(i) instanceof Outcome.Rejected<PutResource.Result> no) {
                out.add(new RestoredIdentity(
                        Item.refused(Kind.SYSTEM_ASSIGNED_IDENTITY, target, planned.principalId(), no), null));
                continue;
            }
            PutResource.Result result = done.get(i).orThrow();
            ObjectId now = dryRun && result.created()
                    ? planned.principalId()
                    : result.resource().identity().principalId();
            Status status = result.created() ? Status.RESTORED : Status.ALREADY_PRESENT;
            out.add(new RestoredIdentity(
                    new Item(
                            Kind.SYSTEM_ASSIGNED_IDENTITY,
                            target,
                            planned.principalId(),
                            dryRun && result.created() ? null : now,
                            status,
                            null,
                            null),
                    now));
        }
        return out;
    }

    /**
     * Re-creates {@code asked} (user-assigned identities) under their resource ids as new service
     * principals of the subscription's directory, then attaches each again to the resources the
     * plan says carried it ({@link PutResource#recreateUserAssignedIdentities}). One already of the
     * directory is already present; in a dry run the old principal stands for the new one.
     */
    List<RestoredIdentity> userAssigned(Caller caller, Subscription s, List<PlannedIdentity> asked, boolean dryRun) {
        if (asked.isEmpty()) return List.of();
        List<PutResource.Recreate> requests = asked.stream()
                .map(i -> new PutResource.Recreate(i.resource(), i.attachedTo()))
                .toList();
        List<PutResource.Recreated> done =
                putResource.recreateUserAssignedIdentities(caller, s.id(), requests, !dryRun);
        List<RestoredIdentity> out = new ArrayList<>(asked.size());
        for (int i = 0; i < asked.size(); i++) {
            PlannedIdentity planned = asked.get(i);
            String target = planned.resource().toString();
            PutResource.Recreated recreated = done.get(i);
            if (recreated.identity() instanceof Outcome.Rejected<PutResource.Result> no) {
                out.add(new RestoredIdentity(
                        Item.refused(Kind.USER_ASSIGNED_IDENTITY, target, planned.principalId(), no), null));
                continue;
            }
            PutResource.Result result = recreated.identity().orThrow();
            boolean pending = dryRun && result.created();
            ObjectId now = pending
                    ? planned.principalId()
                    : result.resource().identity().principalId();
            Item item = new Item(
                    Kind.USER_ASSIGNED_IDENTITY,
                    target,
                    planned.principalId(),
                    pending ? null : now,
                    result.created() ? Status.RESTORED : Status.ALREADY_PRESENT,
                    null,
                    null);
            List<Item> attachments = new ArrayList<>();
            for (int c = 0; c < recreated.carriers().size(); c++) {
                String carrier = planned.attachedTo().get(c).toString();
                Outcome<PutResource.Result> attached = recreated.carriers().get(c);
                attachments.add(
                        attached instanceof Outcome.Rejected<PutResource.Result> no
                                ? Item.refused(Kind.IDENTITY_ATTACHMENT, carrier, planned.principalId(), no)
                                : new Item(
                                        Kind.IDENTITY_ATTACHMENT,
                                        carrier,
                                        planned.principalId(),
                                        pending ? null : now,
                                        attached.orThrow().created() ? Status.RESTORED : Status.ALREADY_PRESENT,
                                        null,
                                        null));
            }
            out.add(new RestoredIdentity(item, now, attachments));
        }
        return out;
    }

    /** The key vaults' tenant id set to the subscription's directory, as ARM's PATCH of a vault's properties does. */
    List<Item> keyVaults(Caller caller, Subscription s, List<PlannedKeyVault> vaults, boolean dryRun) {
        if (vaults.isEmpty()) return List.of();
        SubscriptionAccess access = authorize.accessOf(s.id()).orElse(null);
        Map<ResourceId, Resource> present = new HashMap<>();
        resources.of(s.id()).forEach(r -> present.put(r.id(), r));
        List<Item> items = new ArrayList<>(vaults.size());
        List<Resource> fixed = new ArrayList<>();
        List<ActivityRecorder.Change> logged = new ArrayList<>();
        for (PlannedKeyVault planned : vaults) {
            String target = planned.resource().toString();
            Resource vault = present.get(planned.resource());
            if (vault == null) {
                items.add(refused(target, RuleCode.ResourceNotFound, List.of(target)));
            } else if (s.directory().equals(vault.tenantId())) {
                items.add(Item.of(Kind.KEY_VAULT, target, Status.ALREADY_PRESENT));
            } else if (access == null
                    || !access.decide(caller, KEY_VAULT_WRITE, Scope.of(vault.id()))
                            .allowed()) {
                items.add(refused(
                        target, RuleCode.AuthorizationFailed, List.of(caller.displayName(), KEY_VAULT_WRITE, target)));
            } else {
                fixed.add(vault.withTenantId(s.directory()));
                logged.add(new ActivityRecorder.Change(
                        KEY_VAULT_WRITE,
                        target,
                        "tenant id of key vault " + vault.id().name() + " set to " + s.directory() + " (was "
                                + vault.tenantId() + ") after the directory change"));
                items.add(Item.of(Kind.KEY_VAULT, target, Status.RESTORED));
            }
        }
        if (!dryRun && !fixed.isEmpty()) {
            subscriptions.byIdForUpdate(s.id());
            resources.updateAll(fixed);
            subscriptions.touch(s.id());
            activity.succeededAll(caller, logged, s.id(), s.directory());
        }
        return items;
    }

    private static Item refused(String target, RuleCode code, List<String> args) {
        return new Item(Kind.KEY_VAULT, target, null, null, Status.REFUSED, code, args);
    }
}
