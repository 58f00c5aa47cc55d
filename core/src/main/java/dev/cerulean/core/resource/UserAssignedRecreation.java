package dev.cerulean.core.resource;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.access.SubscriptionAccess;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.resource.PutResource.Recreated;
import dev.cerulean.core.resource.PutResource.Result;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceGroups;
import dev.cerulean.core.subscription.Resources;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Azure's fix for a user-assigned identity left behind by a directory change, as one batch inside
 * the caller's transaction: delete it and create it again under the same resource id (a new service
 * principal of the subscription's directory; the old principal's role assignments go, as with
 * ARM's DELETE), then attach it again to the resources that carried it. The rules are those of the
 * requests a person would send: {@code userAssignedIdentities/delete} and {@code /write} on the
 * identity; for each carrier its {@code <type>/write} and the linked {@code
 * userAssignedIdentities/assign/action} on the identity. An identity already of the subscription's
 * directory is kept; a carrier that lists it already is left as it is. Each change is in the
 * activity log; with {@code write} false, the same decisions without the writes.
 */
final class UserAssignedRecreation {
    static final String WRITE = Resource.USER_ASSIGNED_IDENTITY + "/write";
    static final String DELETE = Resource.USER_ASSIGNED_IDENTITY + "/delete";

    private final Subscriptions subscriptions;
    private final ResourceGroups resourceGroups;
    private final Resources resources;
    private final IdentityAssignments identityAssignments;
    private final Authorize authorize;
    private final ActivityRecorder activity;
    private final Function<Subscription, Resource.ManagedIdentity> newIdentity;

    UserAssignedRecreation(
            Subscriptions subscriptions,
            ResourceGroups resourceGroups,
            Resources resources,
            IdentityAssignments identityAssignments,
            Authorize authorize,
            ActivityRecorder activity,
            Function<Subscription, Resource.ManagedIdentity> newIdentity) {
        this.subscriptions = subscriptions;
        this.resourceGroups = resourceGroups;
        this.resources = resources;
        this.identityAssignments = identityAssignments;
        this.authorize = authorize;
        this.activity = activity;
        this.newIdentity = newIdentity;
    }

    List<Recreated> recreate(Caller caller, Subscription s, List<PutResource.Recreate> asked, boolean write) {
        SubscriptionAccess access = authorize.accessOf(s.id()).orElse(null);
        List<Recreated> out = new ArrayList<>(asked.size());
        List<Resource> replaced = new ArrayList<>();
        Map<ResourceId, Resource> changed = new HashMap<>();
        List<ActivityRecorder.Change> logged = new ArrayList<>();
        for (PutResource.Recreate r : asked) {
            ResourceId id = r.identity();
            if (!id.subscription().equals(s.id())) throw new IllegalArgumentException(id + " is not inside " + s.id());
            Outcome<Result> identity = identity(caller, s, access, id, replaced, changed, logged, write);
            List<Outcome<Result>> carriers = new ArrayList<>();
            if (identity.isOk()) {
                Resource uai = identity.orThrow().resource();
                for (ResourceId carrier : r.carriers()) {
                    carriers.add(attach(caller, access, uai, carrier, changed, logged, write));
                }
            }
            out.add(new Recreated(identity, carriers));
        }
        if (write && !changed.isEmpty()) {
            resources.updateAll(List.copyOf(changed.values()));
            identityAssignments.removeOf(
                    caller,
                    s.id(),
                    replaced,
                    "removed with the user-assigned identity re-created after the directory change");
            subscriptions.touch(s.id());
            activity.succeededAll(caller, logged, s.id(), s.directory());
        }
        return out;
    }

    private Outcome<Result> identity(
            Caller caller,
            Subscription s,
            SubscriptionAccess access,
            ResourceId id,
            List<Resource> replaced,
            Map<ResourceId, Resource> changed,
            List<ActivityRecorder.Change> logged,
            boolean write) {
        for (String action : List.of(DELETE, WRITE)) {
            if (access == null || !access.decide(caller, action, Scope.of(id)).allowed())
                return Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), action, id);
        }
        Optional<Resource> existing = resources.byId(id).filter(Resource::isUserAssignedIdentity);
        if (existing.isEmpty()) {
            boolean group = resourceGroups.byName(s.id(), id.resourceGroup()).isPresent();
            return group
                    ? Outcome.rejected(RuleCode.ResourceNotFound, id)
                    : Outcome.rejected(RuleCode.ResourceGroupNotFound, id.resourceGroup());
        }
        Resource old = existing.get();
        Resource.ManagedIdentity kept = old.identity();
        if (kept != null && kept.enabled() && s.directory().equals(kept.tenantId()))
            return Outcome.ok(new Result(old, false));
        // a dry run answers the identity as it is: the new principal does not exist yet
        Resource recreated = write ? old.withIdentity(newIdentity.apply(s)) : old;
        replaced.add(old);
        changed.put(old.id(), recreated);
        logged.add(new ActivityRecorder.Change(
                WRITE,
                old.id().toString(),
                "re-created user-assigned identity " + old.id().name() + " in tenant " + s.directory()
                        + " (its principal " + (kept == null ? "none" : kept.principalId()) + " was of tenant "
                        + (kept == null ? "none" : kept.tenantId()) + ")"));
        return Outcome.ok(new Result(recreated, true));
    }

    private Outcome<Result> attach(
            Caller caller,
            SubscriptionAccess access,
            Resource uai,
            ResourceId carrierId,
            Map<ResourceId, Resource> changed,
            List<ActivityRecorder.Change> logged,
            boolean write) {
        Optional<Resource> found = Optional.ofNullable(changed.get(carrierId)).or(() -> resources.byId(carrierId));
        if (found.isEmpty()) return Outcome.rejected(RuleCode.ResourceNotFound, carrierId);
        Resource carrier = found.get();
        if (carrier.userAssignedIdentities().contains(uai.id())) return Outcome.ok(new Result(carrier, false));
        String action = carrier.id().type() + "/write";
        if (access == null
                || !access.decide(caller, action, Scope.of(carrier.id())).allowed())
            return Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), action, carrier.id());
        if (!access.decide(caller, ManagedIdentityTokens.ASSIGN, Scope.of(uai.id()))
                .allowed())
            return Outcome.rejected(
                    RuleCode.LinkedAuthorizationFailed,
                    caller.displayName(),
                    action,
                    carrier.id(),
                    ManagedIdentityTokens.ASSIGN,
                    uai.id());
        List<ResourceId> attached = new ArrayList<>(carrier.userAssignedIdentities());
        attached.add(uai.id());
        Resource updated = carrier.withUserAssignedIdentities(attached);
        if (write) changed.put(carrier.id(), updated);
        logged.add(new ActivityRecorder.Change(
                action,
                carrier.id().toString(),
                "updated " + carrier.id().type() + " " + carrier.id().name() + ", user-assigned identity "
                        + uai.id().name() + " attached again"));
        return Outcome.ok(new Result(updated, true));
    }
}
