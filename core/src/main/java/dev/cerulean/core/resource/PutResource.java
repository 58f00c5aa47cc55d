package dev.cerulean.core.resource;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.access.RoleAssignment;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * ARM's PUT of a resource in a resource group: creates it, or replaces its tags (idempotent: the
 * same PUT again changes nothing). A user-assigned identity resource is a managed identity: a
 * service principal of the subscription's directory with a principal and a client id. Any other
 * resource but a key vault may ask for a system-assigned identity ({@code SystemAssigned}); it
 * keeps the one it has on later PUTs, and {@code None} removes it with its role assignments. It may
 * also carry user-assigned identities ({@code UserAssigned}, or {@code SystemAssigned, UserAssigned}):
 * each must exist in the subscription's directory and the caller must hold
 * {@code userAssignedIdentities/assign/action} on it (ARM's linked authorization); attaching or
 * detaching one leaves that identity and its role assignments as they are. As in ARM, the location
 * is required and an existing resource keeps its location.
 */
public final class PutResource {

    /** What the body's {@code identity.type} asks for. */
    public enum IdentityRequest {
        /** No {@code identity} in the body: a new resource gets none, an existing one keeps its own. */
        UNCHANGED,
        NONE,
        SYSTEM_ASSIGNED,
        USER_ASSIGNED,
        SYSTEM_AND_USER_ASSIGNED;

        boolean system() {
            return this == SYSTEM_ASSIGNED || this == SYSTEM_AND_USER_ASSIGNED;
        }

        boolean user() {
            return this == USER_ASSIGNED || this == SYSTEM_AND_USER_ASSIGNED;
        }
    }

    /**
     * {@code identityType} is the text of {@code identity.type} as sent, for the refusal's message;
     * {@code userAssignedIdentities} the ids the body attaches (empty when it names none).
     */
    public record Request(
            ResourceId id,
            String location,
            Map<String, String> tags,
            IdentityRequest identity,
            String identityType,
            List<ResourceId> userAssignedIdentities) {
        public Request {
            userAssignedIdentities = userAssignedIdentities == null ? List.of() : List.copyOf(userAssignedIdentities);
        }

        public Request(
                ResourceId id,
                String location,
                Map<String, String> tags,
                IdentityRequest identity,
                String identityType) {
            this(id, location, tags, identity, identityType, List.of());
        }

        public Request(ResourceId id, String location, Map<String, String> tags, IdentityRequest identity) {
            this(id, location, tags, identity, identity.name());
        }
    }

    /** The resource as stored, and whether this request created it (201) or found or updated it (200). */
    public record Result(Resource resource, boolean created) {}

    private final Subscriptions subscriptions;
    private final ResourceGroups resourceGroups;
    private final Resources resources;
    private final IdentityAssignments identityAssignments;
    private final Authorize authorize;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final ActivityRecorder activity;

    public PutResource(
            Subscriptions subscriptions,
            ResourceGroups resourceGroups,
            Resources resources,
            IdentityAssignments identityAssignments,
            Authorize authorize,
            Transactions transactions,
            IdGenerator ids,
            ActivityRecorder activity) {
        this.subscriptions = subscriptions;
        this.resourceGroups = resourceGroups;
        this.resources = resources;
        this.identityAssignments = identityAssignments;
        this.authorize = authorize;
        this.transactions = transactions;
        this.ids = ids;
        this.activity = activity;
    }

    public Outcome<Result> put(Caller caller, Request request) {
        ResourceId id = request.id();
        if (!ResourceNames.validGroupName(id.resourceGroup()))
            return Outcome.rejected(RuleCode.InvalidName, "resourceGroupName", id.resourceGroup());
        if (!ResourceNames.validType(id.type())) return Outcome.rejected(RuleCode.InvalidName, "type", id.type());
        if (!ResourceNames.validResourceName(id.name()))
            return Outcome.rejected(RuleCode.InvalidName, "name", id.name());
        if (request.location() == null || request.location().isBlank())
            return Outcome.rejected(RuleCode.LocationRequired, id);
        Optional<String> location = ResourceNames.location(request.location());
        if (location.isEmpty()) return Outcome.rejected(RuleCode.InvalidLocation, "location", request.location());
        boolean identityCarrier = !id.isType(Resource.KEY_VAULT) && !id.isType(Resource.USER_ASSIGNED_IDENTITY);
        IdentityRequest identity = request.identity();
        if ((identity.system() || identity.user()) && !identityCarrier) {
            return Outcome.rejected(RuleCode.InvalidIdentityType, id.type(), request.identityType());
        }
        List<ResourceId> attached = request.userAssignedIdentities();
        if (identity.user() && attached.isEmpty()) {
            return Outcome.rejected(RuleCode.InvalidUserAssignedIdentities, request.identityType());
        }
        if (!identity.user() && !attached.isEmpty()) {
            return Outcome.rejected(RuleCode.InvalidUserAssignedIdentities, request.identityType());
        }
        for (ResourceId uai : attached) {
            if (!uai.isType(Resource.USER_ASSIGNED_IDENTITY))
                return Outcome.rejected(RuleCode.UserAssignedIdentityNotFound, uai);
        }
        Map<String, String> tags = request.tags() == null ? Map.of() : request.tags();
        return transactions.attempt(() -> ChangeableSubscription.find(subscriptions, id.subscription())
                .then(s -> put(caller, s, id, location.get(), tags, identity, attached)));
    }

    private Outcome<Result> put(
            Caller caller,
            Subscription s,
            ResourceId requested,
            String location,
            Map<String, String> tags,
            IdentityRequest identity,
            List<ResourceId> attaching) {
        String action = requested.type() + "/write";
        if (!authorize.decide(caller, action, Scope.of(requested)).allowed()) {
            return Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), action, requested);
        }
        ResourceGroup group =
                resourceGroups.byName(s.id(), requested.resourceGroup()).orElse(null);
        if (group == null) return Outcome.rejected(RuleCode.ResourceGroupNotFound, requested.resourceGroup());
        Outcome<List<ResourceId>> attachable = attachable(caller, s, requested, attaching);
        if (!attachable.isOk()) return attachable.map(x -> null);
        List<ResourceId> userAssigned = attachable.orThrow();
        Optional<Resource> existing = resources.byId(requested);
        if (existing.isPresent())
            return update(caller, s, existing.get(), location, tags, identity, userAssigned, action);

        // the id as stored spells the group as the group does
        ResourceId id = new ResourceId(s.id(), group.name(), requested.path());
        boolean wantsIdentity = id.isType(Resource.USER_ASSIGNED_IDENTITY) || identity.system();
        Resource created = new Resource(
                id,
                location,
                id.isType(Resource.KEY_VAULT) ? s.directory() : null,
                wantsIdentity ? newIdentity(s) : null,
                tags,
                userAssigned);
        resources.add(created);
        subscriptions.touch(s.id());
        activity.succeeded(
                caller, action, id.toString(), "created " + id.type() + " " + id.name(), s.id(), s.directory());
        return Outcome.ok(new Result(created, true));
    }

    private Outcome<Result> update(
            Caller caller,
            Subscription s,
            Resource existing,
            String location,
            Map<String, String> tags,
            IdentityRequest identity,
            List<ResourceId> userAssigned,
            String action) {
        if (!existing.location().equals(location)) {
            return Outcome.rejected(RuleCode.InvalidLocation, "location", location, existing.location());
        }
        Resource.ManagedIdentity kept = existing.identity();
        List<ResourceId> attached = existing.userAssignedIdentities();
        if (!existing.isUserAssignedIdentity() && identity != IdentityRequest.UNCHANGED) {
            // the body's type is the whole truth: what it does not name goes
            if (!identity.system()) kept = null;
            // re-enabling a disabled identity (after a directory change) makes a new service principal
            if (identity.system() && (kept == null || !kept.enabled())) kept = newIdentity(s);
            attached = userAssigned;
        }
        Resource updated = new Resource(existing.id(), existing.location(), existing.tenantId(), kept, tags, attached);
        if (updated.equals(existing)) return Outcome.ok(new Result(existing, false));

        resources.update(updated);
        List<RoleAssignment> removed = List.of();
        if (existing.identity() != null && !Objects.equals(existing.identity(), kept)) {
            removed = identityAssignments.removeOf(
                    caller, s.id(), List.of(existing), "removed with the system-assigned identity of " + existing.id());
        }
        subscriptions.touch(s.id());
        String what = "updated " + existing.id().type() + " " + existing.id().name()
                + (removed.isEmpty() ? "" : ", its identity and " + removed.size() + " role assignments removed");
        activity.succeeded(caller, action, existing.id().toString(), what, s.id(), s.directory());
        return Outcome.ok(new Result(updated, false));
    }

    /**
     * The user-assigned identities to attach, as stored (their ids' own spelling), each once: each
     * must be a user-assigned identity of the subscription's directory, and the caller must be
     * allowed to assign it (ARM's linked authorization on the identity's scope).
     */
    private Outcome<List<ResourceId>> attachable(
            Caller caller, Subscription s, ResourceId resource, List<ResourceId> requested) {
        List<ResourceId> found = new java.util.ArrayList<>();
        for (ResourceId id : requested) {
            Optional<Resource> uai = resources.byId(id).filter(Resource::isUserAssignedIdentity);
            if (uai.isEmpty() || !s.directory().equals(uai.get().identity().tenantId())) {
                return Outcome.rejected(RuleCode.UserAssignedIdentityNotFound, id);
            }
            if (!authorize
                    .decide(
                            caller,
                            ManagedIdentityTokens.ASSIGN,
                            Scope.of(uai.get().id()))
                    .allowed()) {
                return Outcome.rejected(
                        RuleCode.LinkedAuthorizationFailed,
                        caller.displayName(),
                        resource.type() + "/write",
                        resource,
                        ManagedIdentityTokens.ASSIGN,
                        uai.get().id());
            }
            if (!found.contains(uai.get().id())) found.add(uai.get().id());
        }
        return Outcome.ok(found);
    }

    /**
     * What a PUT with {@code identity.type: SystemAssigned} does to each of {@code ids}, a batch in
     * one transaction (a restore after a directory change enables hundreds): an identity that is
     * disabled, or of another directory, or missing becomes a new service principal of the
     * subscription's directory, the assignments of the old one removed ({@code created} true); one
     * already enabled in the directory is kept ({@code created} false). The same rules per resource as the PUT (its write
     * permission, its group, a kind that carries a system-assigned identity); one outcome per id,
     * in order. With {@code write} false nothing is written, and the identities it would make are
     * answered with their old principal.
     */
    public List<Outcome<Result>> enableSystemAssignedIdentities(
            Caller caller, SubscriptionId subscription, List<ResourceId> ids, boolean write) {
        return transactions.inTransaction(() -> {
            Outcome<Subscription> found = ChangeableSubscription.find(subscriptions, subscription);
            if (found instanceof Outcome.Rejected<Subscription> no) {
                Outcome<Result> refused = no.retyped();
                return ids.stream().map(id -> refused).toList();
            }
            Subscription s = found.orThrow();
            var access = authorize.accessOf(s.id()).orElse(null);
            List<Outcome<Result>> outcomes = new ArrayList<>(ids.size());
            List<Resource> enabled = new ArrayList<>();
            List<Resource> replaced = new ArrayList<>();
            List<ActivityRecorder.Change> logged = new ArrayList<>();
            for (ResourceId id : ids) {
                String action = id.type() + "/write";
                if (!id.subscription().equals(s.id()))
                    throw new IllegalArgumentException(id + " is not inside " + s.id());
                if (access == null
                        || !access.decide(caller, action, Scope.of(id)).allowed()) {
                    outcomes.add(Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), action, id));
                    continue;
                }
                if (id.isType(Resource.KEY_VAULT) || id.isType(Resource.USER_ASSIGNED_IDENTITY)) {
                    outcomes.add(Outcome.rejected(RuleCode.InvalidIdentityType, id.type(), "SystemAssigned"));
                    continue;
                }
                Optional<Resource> existing = resources.byId(id);
                if (existing.isEmpty()) {
                    outcomes.add(Outcome.rejected(
                            resourceGroups.byName(s.id(), id.resourceGroup()).isEmpty()
                                    ? RuleCode.ResourceGroupNotFound
                                    : RuleCode.ResourceNotFound,
                            resourceGroups.byName(s.id(), id.resourceGroup()).isEmpty() ? id.resourceGroup() : id));
                    continue;
                }
                Resource r = existing.get();
                Resource.ManagedIdentity kept = r.identity();
                if (kept != null && kept.enabled() && s.directory().equals(kept.tenantId())) {
                    outcomes.add(Outcome.ok(new Result(r, false)));
                    continue;
                }
                Resource updated = write ? r.withIdentity(newIdentity(s)) : r;
                // created: an identity is (in a dry run, would be) made
                if (kept != null) replaced.add(r);
                enabled.add(updated);
                logged.add(new ActivityRecorder.Change(
                        action,
                        id.toString(),
                        "updated " + id.type() + " " + id.name() + ", system-assigned identity enabled"));
                outcomes.add(Outcome.ok(new Result(updated, true)));
            }
            if (write && !enabled.isEmpty()) {
                resources.updateAll(enabled);
                identityAssignments.removeOf(
                        caller, s.id(), replaced, "removed with the replaced system-assigned identity of its resource");
                subscriptions.touch(s.id());
                activity.succeededAll(caller, logged, s.id(), s.directory());
            }
            return outcomes;
        });
    }

    /** A user-assigned identity to re-create, and the resources to attach it to again. */
    public record Recreate(ResourceId identity, List<ResourceId> carriers) {
        public Recreate {
            carriers = List.copyOf(carriers);
        }
    }

    /** What became of one {@link Recreate}: the identity, then each carrier (none when the identity was refused). */
    public record Recreated(Outcome<Result> identity, List<Outcome<Result>> carriers) {}

    /**
     * Azure's fix for user-assigned identities after a directory change, a batch in one transaction
     * (see {@link UserAssignedRecreation}): each identity deleted and created again as a new service
     * principal of the subscription's directory, then attached again to its carriers. One outcome
     * per identity, in order; with {@code write} false nothing is written.
     */
    public List<Recreated> recreateUserAssignedIdentities(
            Caller caller, SubscriptionId subscription, List<Recreate> asked, boolean write) {
        return transactions.inTransaction(() -> {
            Outcome<Subscription> found = ChangeableSubscription.find(subscriptions, subscription);
            if (found instanceof Outcome.Rejected<Subscription> no) {
                Outcome<Result> refused = no.retyped();
                return asked.stream()
                        .map(r -> new Recreated(refused, List.of()))
                        .toList();
            }
            return new UserAssignedRecreation(
                            subscriptions,
                            resourceGroups,
                            resources,
                            identityAssignments,
                            authorize,
                            activity,
                            this::newIdentity)
                    .recreate(caller, found.orThrow(), asked, write);
        });
    }

    /** A new service principal in the subscription's directory. */
    private Resource.ManagedIdentity newIdentity(Subscription s) {
        return new Resource.ManagedIdentity(new ObjectId(ids.newId()), s.directory(), true, ids.newId());
    }
}
