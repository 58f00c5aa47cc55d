package dev.cerulean.core.resource;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleAssignments;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.subscription.ChangeableSubscription;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceGroup;
import dev.cerulean.core.subscription.ResourceGroups;
import dev.cerulean.core.subscription.Resources;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DELETE of a resource group: as in ARM, its resources go with it, and so do the role
 * assignments at its scope or below (each deletion is in the activity log, R27).
 */
public final class DeleteResourceGroup {
    public static final String ACTION = "Microsoft.Resources/subscriptions/resourceGroups/delete";

    /** What went: the group, its resources and the role assignments at or below it. */
    public record Result(ResourceGroup group, List<Resource> resources, List<RoleAssignment> roleAssignments) {}

    private final Subscriptions subscriptions;
    private final ResourceGroups resourceGroups;
    private final Resources resources;
    private final RoleAssignments roleAssignments;
    private final IdentityAssignments identityAssignments;
    private final Authorize authorize;
    private final Transactions transactions;
    private final ActivityRecorder activity;

    public DeleteResourceGroup(
            Subscriptions subscriptions,
            ResourceGroups resourceGroups,
            Resources resources,
            RoleAssignments roleAssignments,
            IdentityAssignments identityAssignments,
            Authorize authorize,
            Transactions transactions,
            ActivityRecorder activity) {
        this.subscriptions = subscriptions;
        this.resourceGroups = resourceGroups;
        this.resources = resources;
        this.roleAssignments = roleAssignments;
        this.identityAssignments = identityAssignments;
        this.authorize = authorize;
        this.transactions = transactions;
        this.activity = activity;
    }

    public Outcome<Result> delete(Caller caller, SubscriptionId id, String name) {
        if (!ResourceNames.validGroupName(name))
            return Outcome.rejected(RuleCode.InvalidName, "resourceGroupName", name);
        return transactions.attempt(
                () -> ChangeableSubscription.find(subscriptions, id).then(s -> delete(caller, s, name)));
    }

    private Outcome<Result> delete(Caller caller, Subscription s, String name) {
        Scope scope = Scope.resourceGroup(s.id(), name);
        if (!authorize.decide(caller, ACTION, scope).allowed()) {
            return Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), ACTION, scope);
        }
        ResourceGroup group = resourceGroups.byName(s.id(), name).orElse(null);
        if (group == null) return Outcome.rejected(RuleCode.ResourceGroupNotFound, name);

        List<Resource> contents = resources.inGroup(s.id(), group.name());
        // the assignments at the group's scope or below, and those naming the managed identities of
        // its resources wherever they are (which take their roles elsewhere with them)
        Map<RoleAssignmentId, RoleAssignment> doomed = new LinkedHashMap<>();
        for (RoleAssignment a : roleAssignments.of(s.id())) {
            if (group.scope().contains(a.scope())) doomed.put(a.id(), a);
        }
        for (Resource r : contents) {
            if (r.identity() == null) continue;
            for (RoleAssignment a : roleAssignments.ofPrincipal(r.identity().principalId())) doomed.put(a.id(), a);
        }
        contents.forEach(r -> resources.remove(r.id()));
        List<RoleAssignment> assignments = identityAssignments.remove(
                caller, s.id(), new ArrayList<>(doomed.values()), "removed with resource group " + group.name());
        resourceGroups.remove(s.id(), group.name());
        subscriptions.touch(s.id());
        activity.succeeded(
                caller,
                ACTION,
                group.scope().toString(),
                "deleted resource group " + group.name() + " with " + contents.size() + " resources",
                s.id(),
                s.directory());
        return Outcome.ok(new Result(group, contents, assignments));
    }
}
