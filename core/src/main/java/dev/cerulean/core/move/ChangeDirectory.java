package dev.cerulean.core.move;

import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleAssignments;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.access.RoleDefinitions;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Outcome;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    public ChangeDirectory(
            Transactions transactions,
            Subscriptions subscriptions,
            CoAdministrators coAdministrators,
            RoleAssignments roleAssignments,
            RoleDefinitions roleDefinitions,
            Resources resources,
            Directories directories,
            DirectoryUsers directoryUsers,
            FollowUpItems followUpItems,
            Clock clock,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.coAdministrators = coAdministrators;
        this.roleAssignments = roleAssignments;
        this.roleDefinitions = roleDefinitions;
        this.resources = resources;
        this.followUpItems = followUpItems;
        this.clock = clock;
        this.activity = activity;
        this.rules = new DirectoryChangeRules(
                subscriptions,
                coAdministrators,
                roleAssignments,
                roleDefinitions,
                resources,
                directories,
                directoryUsers);
    }

    /**
     * What the person saw and agreed to: the subscription at a version, in the directory it was
     * in, and where to move it. The rest of a preview is worked out again from the current data.
     */
    public record Seen(
            SubscriptionId subscription,
            DirectoryChangeMode mode,
            DirectoryId fromDirectory,
            DirectoryId toDirectory,
            long version) {
        public static Seen of(DirectoryChangePreview preview) {
            return new Seen(
                    preview.subscription(),
                    preview.mode(),
                    preview.fromDirectory(),
                    preview.toDirectory(),
                    preview.version());
        }
    }

    public Outcome<DirectoryChangeResult> apply(Caller caller, DirectoryChangePreview preview) {
        return apply(caller, Seen.of(preview));
    }

    public Outcome<DirectoryChangeResult> apply(Caller caller, Seen preview) {
        try {
            return transactions.inTransaction(() -> applyInTransaction(caller, preview));
        } catch (Transactions.ConcurrentChange lostRace) {
            return stale(preview, "concurrent change");
        }
    }

    private Outcome<DirectoryChangeResult> applyInTransaction(Caller caller, Seen preview) {
        DirectoryId target = preview.toDirectory();
        // Staleness first: whatever changed since the preview, the person must look again before
        // anything happens, and the fresh preview will name any rule that now refuses.
        // The row lock makes concurrent applies (and writers of what belongs to the subscription) queue.
        Subscription seen = preview.subscription() == null
                ? null
                : subscriptions.byIdForUpdate(preview.subscription()).orElse(null);
        if (seen != null
                && (seen.version() != preview.version() || !seen.directory().equals(preview.fromDirectory()))) {
            return stale(preview, seen.version());
        }
        // Then every rule again: the caller may not be the one who previewed, and R10 depends on
        // directory memberships, which the subscription's version does not follow.
        Outcome<DirectoryChangeRules.Reading> checked =
                rules.check(caller, preview.subscription(), target, preview.mode());
        if (!(checked instanceof Outcome.Ok<DirectoryChangeRules.Reading> ok)) {
            // A concurrent change may have committed between the two readings (READ COMMITTED):
            // a refusal it caused (SameDirectory after a concurrent move) is a stale preview.
            Subscription now = preview.subscription() == null
                    ? null
                    : subscriptions.byId(preview.subscription()).orElse(null);
            if (seen != null && (now == null || now.version() != preview.version())) return stale(preview, "changed");
            return ((Outcome.Rejected<DirectoryChangeRules.Reading>) checked).retyped();
        }
        Subscription current = ok.value().subscription();
        // Recomputed rather than taken from the preview: at an unchanged version both are equal,
        // and the caller's copy of the preview is not trusted to be complete.
        DirectoryChangeRules.Plan planned = rules.plan(ok.value(), target, preview.mode());
        DirectoryChangePreview plan = planned.preview();
        // The version-checked update is the first write: when it fails nothing has been written.
        Subscription changed = current.withDirectory(target, plan.serviceAdministratorLosesAccess());
        if (!subscriptions.update(changed.withVersion(preview.version()))) {
            return stale(preview, "version moved");
        }
        // Every write below is one statement or one batch, whatever the size of the subscription.
        List<ActivityRecorder.Change> logged = removeAccess(plan);
        List<FollowUpItem> items = recordFollowUps(plan, planned.resources(), logged);
        logged.add(new ActivityRecorder.Change(
                OPERATION,
                "/subscriptions/" + current.id(),
                "moved from tenant " + plan.fromDirectory() + " to tenant " + target));
        activity.succeededAll(caller, logged, current.id(), plan.fromDirectory());
        Subscription moved = subscriptions.byId(current.id()).orElseThrow();
        return Outcome.ok(new DirectoryChangeResult(moved, plan.fromDirectory(), target, items));
    }

    /** R12; the activity-log entry of each deletion (R27), to be written with the others. */
    private List<ActivityRecorder.Change> removeAccess(DirectoryChangePreview plan) {
        SubscriptionId id = plan.subscription();
        coAdministrators.removeAll(id);
        roleAssignments.removeAll(id);
        roleDefinitions.removeAll(id);
        String why = "removed by the move to tenant " + plan.toDirectory();
        List<ActivityRecorder.Change> logged =
                new ArrayList<>(plan.coAdministratorsToRemove().size()
                        + plan.roleAssignmentsToDelete().size()
                        + plan.customRolesToDelete().size()
                        + plan.followUps().size()
                        + 1);
        for (CoAdministrator c : plan.coAdministratorsToRemove()) {
            logged.add(new ActivityRecorder.Change(
                    "Microsoft.Authorization/classicAdministrators/delete",
                    c.administrator().email().value(),
                    why));
        }
        for (RoleAssignment a : plan.roleAssignmentsToDelete()) {
            logged.add(new ActivityRecorder.Change(
                    "Microsoft.Authorization/roleAssignments/delete",
                    a.scope() + "/providers/Microsoft.Authorization/roleAssignments/" + a.id(),
                    why));
        }
        for (RoleDefinition d : plan.customRolesToDelete()) {
            logged.add(new ActivityRecorder.Change(
                    "Microsoft.Authorization/roleDefinitions/delete",
                    "/subscriptions/" + id + "/providers/Microsoft.Authorization/roleDefinitions/" + d.id(),
                    why));
        }
        return logged;
    }

    /**
     * R14: key vaults are left as they are (old tenant id); system-assigned identities are
     * disabled, each change logged into {@code logged}. {@code read} are the resources the plan
     * was computed from, in this transaction.
     */
    private List<FollowUpItem> recordFollowUps(
            DirectoryChangePreview plan, List<Resource> read, List<ActivityRecorder.Change> logged) {
        Instant now = clock.instant();
        List<FollowUpItem> items = plan.followUps().stream()
                .map(f -> new FollowUpItem(
                        plan.subscription(), f.kind(), f.target(), plan.fromDirectory(), plan.toDirectory(), now))
                .toList();
        followUpItems.addAll(items);
        Map<String, Resource> byTarget = new HashMap<>();
        for (Resource r : read) byTarget.put(r.id().toString(), r);
        List<Resource> disabled = new ArrayList<>();
        for (FollowUpItem item : items) {
            if (item.kind() != FollowUpItem.Kind.SystemAssignedIdentity) continue;
            Resource r = byTarget.get(item.target());
            if (r == null || r.identity() == null) continue;
            Resource.ManagedIdentity old = r.identity();
            disabled.add(r.withIdentity(old.enabled(false)));
            logged.add(new ActivityRecorder.Change(
                    "Microsoft.Compute/virtualMachines/write",
                    r.id().toString(),
                    "system-assigned identity disabled by the move to tenant " + item.toDirectory()));
        }
        resources.updateAll(disabled);
        return items;
    }

    private static Outcome<DirectoryChangeResult> stale(Seen preview, Object why) {
        return Outcome.rejected(RuleCode.PreconditionFailed, preview.subscription(), preview.version(), why);
    }
}
