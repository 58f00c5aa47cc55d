package dev.cerulean.core.resource;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.ResourceId;
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
import java.util.Optional;

/**
 * Creates a resource in a resource group. The kinds that a directory change touches get what
 * ties them to the subscription's directory: a key vault its tenant id; a user-assigned
 * identity, or a resource asking for a system-assigned identity (a VM, typically), a service
 * principal in that directory. Every other kind is a plain record.
 */
public final class CreateResource {

    /**
     * @param type e.g. {@code Microsoft.KeyVault/vaults}
     * @param location blank means the resource group's location
     * @param systemAssignedIdentity ask for a system-assigned managed identity (not for key vaults
     *                               or user-assigned identities)
     */
    public record Request(
            String resourceGroup, String type, String name, String location, boolean systemAssignedIdentity) {}

    private final Subscriptions subscriptions;
    private final ResourceGroups resourceGroups;
    private final Resources resources;
    private final Authorize authorize;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final ActivityRecorder activity;

    public CreateResource(
            Subscriptions subscriptions,
            ResourceGroups resourceGroups,
            Resources resources,
            Authorize authorize,
            Transactions transactions,
            IdGenerator ids,
            ActivityRecorder activity) {
        this.subscriptions = subscriptions;
        this.resourceGroups = resourceGroups;
        this.resources = resources;
        this.authorize = authorize;
        this.transactions = transactions;
        this.ids = ids;
        this.activity = activity;
    }

    public Outcome<Resource> create(Caller caller, SubscriptionId id, Request request) {
        if (!ResourceNames.validGroupName(request.resourceGroup())) {
            return Outcome.rejected(RuleCode.InvalidName, "resourceGroupName", request.resourceGroup());
        }
        if (!ResourceNames.validType(request.type()))
            return Outcome.rejected(RuleCode.InvalidName, "type", request.type());
        if (!ResourceNames.validResourceName(request.name())) {
            return Outcome.rejected(RuleCode.InvalidName, "name", request.name());
        }
        boolean locationGiven =
                request.location() != null && !request.location().isBlank();
        Optional<String> location = ResourceNames.location(request.location());
        if (locationGiven && location.isEmpty()) {
            return Outcome.rejected(RuleCode.InvalidLocation, "location", request.location());
        }
        ResourceId resourceId = ResourceId.of(id, request.resourceGroup(), request.type(), request.name());
        if (request.systemAssignedIdentity()
                && (resourceId.isType(Resource.KEY_VAULT) || resourceId.isType(Resource.USER_ASSIGNED_IDENTITY))) {
            return Outcome.rejected(RuleCode.InvalidName, "identity", request.type());
        }
        return transactions.attempt(() -> ChangeableSubscription.find(subscriptions, id)
                .then(s -> create(caller, s, resourceId, location, request.systemAssignedIdentity())));
    }

    private Outcome<Resource> create(
            Caller caller,
            Subscription s,
            ResourceId requested,
            Optional<String> location,
            boolean systemAssignedIdentity) {
        String action = requested.type() + "/write";
        if (!authorize.decide(caller, action, Scope.of(requested)).allowed()) {
            return Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), action, requested);
        }
        ResourceGroup group =
                resourceGroups.byName(s.id(), requested.resourceGroup()).orElse(null);
        if (group == null) return Outcome.rejected(RuleCode.ResourceGroupNotFound, requested.resourceGroup());
        if (resources.byId(requested).isPresent()) return Outcome.rejected(RuleCode.ResourceExists, requested);

        // the id as stored spells the group as the group does
        ResourceId resourceId = new ResourceId(s.id(), group.name(), requested.path());
        Resource.ManagedIdentity identity = systemAssignedIdentity || resourceId.isType(Resource.USER_ASSIGNED_IDENTITY)
                ? new Resource.ManagedIdentity(new ObjectId(ids.newId()), s.directory(), true)
                : null;
        Resource resource = new Resource(
                resourceId,
                location.orElse(group.location()),
                resourceId.isType(Resource.KEY_VAULT) ? s.directory() : null,
                identity);
        resources.add(resource);
        subscriptions.touch(s.id());
        activity.succeeded(
                caller,
                action,
                resourceId.toString(),
                "created " + resourceId.type() + " " + resourceId.name(),
                s.id(),
                s.directory());
        return Outcome.ok(resource);
    }
}
