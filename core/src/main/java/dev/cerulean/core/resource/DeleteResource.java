package dev.cerulean.core.resource;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleAssignments;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.subscription.ChangeableSubscription;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceGroups;
import dev.cerulean.core.subscription.Resources;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ARM's DELETE of a resource: removes it, the role assignments at its scope and, with its managed
 * identity (system- or user-assigned), every role assignment naming that identity. A resource that
 * does not exist is no error (ARM answers 204); a missing resource group is.
 */
public final class DeleteResource {

    /** The resource deleted (empty when there was none) and the role assignments that went with it. */
    public record Result(Optional<Resource> deleted, List<RoleAssignment> removedAssignments) {}

    private final Subscriptions subscriptions;
    private final ResourceGroups resourceGroups;
    private final Resources resources;
    private final RoleAssignments roleAssignments;
    private final IdentityAssignments identityAssignments;
    private final Authorize authorize;
    private final Transactions transactions;
    private final ActivityRecorder activity;

    public DeleteResource(
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

    public Outcome<Result> delete(Caller caller, ResourceId id) {
        if (!ResourceNames.validGroupName(id.resourceGroup()))
            return Outcome.rejected(RuleCode.InvalidName, "resourceGroupName", id.resourceGroup());
        if (!ResourceNames.validResourceName(id.name()))
            return Outcome.rejected(RuleCode.InvalidName, "name", id.name());
        return transactions.attempt(() ->
                ChangeableSubscription.find(subscriptions, id.subscription()).then(s -> delete(caller, s, id)));
    }

    private Outcome<Result> delete(Caller caller, Subscription s, ResourceId id) {
        String action = id.type() + "/delete";
        Scope scope = Scope.of(id);
        if (!authorize.decide(caller, action, scope).allowed()) {
            return Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), action, id);
        }
        if (resourceGroups.byName(s.id(), id.resourceGroup()).isEmpty()) {
            return Outcome.rejected(RuleCode.ResourceGroupNotFound, id.resourceGroup());
        }
        Optional<Resource> found = resources.byId(id);
        if (found.isEmpty()) return Outcome.ok(new Result(Optional.empty(), List.of()));
        Resource resource = found.get();

        Map<Object, RoleAssignment> doomed = new LinkedHashMap<>();
        for (RoleAssignment a : roleAssignments.of(s.id())) {
            if (scope.contains(a.scope())) doomed.put(a.id(), a);
        }
        if (resource.identity() != null) {
            for (RoleAssignment a :
                    roleAssignments.ofPrincipal(resource.identity().principalId())) {
                doomed.put(a.id(), a);
            }
        }
        resources.remove(resource.id());
        List<RoleAssignment> removed = identityAssignments.remove(
                caller, s.id(), new ArrayList<>(doomed.values()), "removed with resource " + resource.id());
        subscriptions.touch(s.id());
        activity.succeeded(
                caller,
                action,
                resource.id().toString(),
                "deleted " + resource.id().type() + " " + resource.id().name(),
                s.id(),
                s.directory());
        return Outcome.ok(new Result(Optional.of(resource), removed));
    }
}
