package dev.cerulean.core.move;

import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleAssignments;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.access.RoleDefinitions;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.Directories;
import dev.cerulean.core.directory.DirectoryUsers;
import dev.cerulean.core.subscription.CoAdministrator;
import dev.cerulean.core.subscription.CoAdministrators;
import dev.cerulean.core.subscription.FollowUpItem;
import dev.cerulean.core.subscription.FollowUpItems;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.Resources;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Completes a previewed directory change (walkthrough step 2.5) in one transaction: R12 removes
 * every co-administrator, role assignment and custom role; R13 keeps the rest; R14 records the
 * follow-up items and disables system-assigned identities; R34 logs the move. A preview whose
 * subscription has changed since, or a concurrent change, is refused with PreconditionFailed.
 */
public final class ChangeDirectory {
    public static final String OPERATION = DirectoryChangeRules.ACTION;

    private final Transactions transactions;
    private final Subscriptions subscriptions;
    private final CoAdministrators coAdministrators;
    private final RoleAssignments roleAssignments;
    private final RoleDefinitions roleDefinitions;
    private final Resources resources;
    private final FollowUpItems followUpItems;
    private final Clock clock;
    private final ActivityRecorder activity;
    private final DirectoryChangeRules rules;

    public ChangeDirectory(Transactions transactions, Subscriptions subscriptions, CoAdministrators coAdministrators,
                           RoleAssignments roleAssignments, RoleDefinitions roleDefinitions, Resources resources,
                           Directories directories, DirectoryUsers directoryUsers, FollowUpItems followUpItems,
                           Clock clock, ActivityRecorder activity) {
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.coAdministrators = coAdministrators;
        this.roleAssignments = roleAssignments;
        this.roleDefinitions = roleDefinitions;
        this.resources = resources;
        this.followUpItems = followUpItems;
        this.clock = clock;
        this.activity = activity;
        this.rules = new DirectoryChangeRules(subscriptions, coAdministrators, roleAssignments, roleDefinitions,
                resources, directories, directoryUsers);
    }

    public Outcome<DirectoryChangeResult> apply(Caller caller, DirectoryChangePreview preview) {
        try {
            return transactions.inTransaction(() -> applyInTransaction(caller, preview));
        } catch (Transactions.ConcurrentChange lostRace) {
            return stale(preview, "concurrent change");
        }
    }

    private Outcome<DirectoryChangeResult> applyInTransaction(Caller caller, DirectoryChangePreview preview) {
        DirectoryId target = preview.toDirectory();
        // Staleness first: whatever changed since the preview, the person must look again before
        // anything happens, and the fresh preview will name any rule that now refuses.
        Subscription seen = preview.subscription() == null ? null
                : subscriptions.byId(preview.subscription()).orElse(null);
        if (seen != null && (seen.version() != preview.version() || !seen.directory().equals(preview.fromDirectory()))) {
            return stale(preview, seen.version());
        }
        // Then every rule again: the caller may not be the one who previewed, and R10 depends on
        // directory memberships, which the subscription's version does not follow.
        Outcome<Subscription> checked = rules.check(caller, preview.subscription(), target, preview.mode());
        if (!(checked instanceof Outcome.Ok<Subscription> ok)) {
            // A concurrent change may have committed between the two readings (READ COMMITTED):
            // a refusal it caused (SameDirectory after a concurrent move) is a stale preview.
            Subscription now = preview.subscription() == null ? null
                    : subscriptions.byId(preview.subscription()).orElse(null);
            if (seen != null && (now == null || now.version() != preview.version())) return stale(preview, "changed");
            return ((Outcome.Rejected<Subscription>) checked).retyped();
        }
        Subscription current = ok.value();
        // Recomputed rather than taken from the preview: at an unchanged version both are equal,
        // and the caller's copy of the preview is not trusted to be complete.
        DirectoryChangePreview plan = rules.plan(current, target, preview.mode());
        // The version-checked update is the first write: when it fails nothing has been written.
        Subscription changed = current.withDirectory(target, plan.serviceAdministratorLosesAccess());
        if (!subscriptions.update(changed.withVersion(preview.version()))) {
            return stale(preview, "version moved");
        }
        removeAccess(caller, plan);
        List<FollowUpItem> items = recordFollowUps(caller, plan);
        activity.succeeded(caller, OPERATION, "/subscriptions/" + current.id(),
                "moved from tenant " + plan.fromDirectory() + " to tenant " + target, current.id(), target);
        Subscription moved = subscriptions.byId(current.id()).orElseThrow();
        return Outcome.ok(new DirectoryChangeResult(moved, plan.fromDirectory(), target, items));
    }

    /** R12, each deletion logged as its own entry (R27). */
    private void removeAccess(Caller caller, DirectoryChangePreview plan) {
        SubscriptionId id = plan.subscription();
        coAdministrators.removeAll(id);
        roleAssignments.removeAll(id);
        roleDefinitions.removeAll(id);
        String why = "removed by the move to tenant " + plan.toDirectory();
        for (CoAdministrator c : plan.coAdministratorsToRemove()) {
            activity.succeeded(caller, "Microsoft.Authorization/classicAdministrators/delete",
                    c.administrator().email().value(), why, id, plan.fromDirectory());
        }
        for (RoleAssignment a : plan.roleAssignmentsToDelete()) {
            activity.succeeded(caller, "Microsoft.Authorization/roleAssignments/delete",
                    a.scope() + "/providers/Microsoft.Authorization/roleAssignments/" + a.id(), why, id,
                    plan.fromDirectory());
        }
        for (RoleDefinition d : plan.customRolesToDelete()) {
            activity.succeeded(caller, "Microsoft.Authorization/roleDefinitions/delete",
                    "/subscriptions/" + id + "/providers/Microsoft.Authorization/roleDefinitions/" + d.id(), why, id,
                    plan.fromDirectory());
        }
    }

    /** R14: key vaults are left as they are (old tenant id); system-assigned identities are disabled. */
    private List<FollowUpItem> recordFollowUps(Caller caller, DirectoryChangePreview plan) {
        Instant now = clock.instant();
        List<FollowUpItem> items = plan.followUps().stream().map(f -> new FollowUpItem(plan.subscription(), f.kind(),
                f.target(), plan.fromDirectory(), plan.toDirectory(), now)).toList();
        for (FollowUpItem item : items) {
            followUpItems.add(item);
            if (item.kind() == FollowUpItem.Kind.SystemAssignedIdentity) disableIdentity(caller, item);
        }
        return items;
    }

    private void disableIdentity(Caller caller, FollowUpItem item) {
        ResourceId.parse(item.target()).flatMap(resources::byId).filter(r -> r.identity() != null)
                .ifPresent(r -> {
                    Resource.ManagedIdentity old = r.identity();
                    resources.update(r.withIdentity(new Resource.ManagedIdentity(old.principalId(), old.tenantId(),
                            false)));
                    activity.succeeded(caller, "Microsoft.Compute/virtualMachines/write", r.id().toString(),
                            "system-assigned identity disabled by the move to tenant " + item.toDirectory(),
                            item.subscription(), item.fromDirectory());
                });
    }

    private static Outcome<DirectoryChangeResult> stale(DirectoryChangePreview preview, Object why) {
        return Outcome.rejected(RuleCode.PreconditionFailed, preview.subscription(), preview.version(), why);
    }
}
