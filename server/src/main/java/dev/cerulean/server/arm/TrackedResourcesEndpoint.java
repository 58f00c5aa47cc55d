package dev.cerulean.server.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.resource.DeleteResource;
import dev.cerulean.core.resource.Page;
import dev.cerulean.core.resource.PutResource;
import dev.cerulean.core.resource.PutResource.IdentityRequest;
import dev.cerulean.core.resource.ReadResources;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceFilter;
import dev.cerulean.core.subscription.Subscription;
import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * PUT, GET and DELETE of the tracked resources Cerulean serves by type, and the lists of
 * user-assigned identities: {@code Microsoft.ManagedIdentity/userAssignedIdentities} (answered
 * with {@code properties{tenantId, principalId, clientId}}), and the kinds that carry managed
 * identities ({@code identity{type, principalId, tenantId, userAssignedIdentities}}): virtual
 * machines and App Service sites. Other properties of a body are accepted and not kept.
 */
final class TrackedResourcesEndpoint {
    static final List<String> SERVED_TYPES =
            List.of(Resource.USER_ASSIGNED_IDENTITY, Resource.VIRTUAL_MACHINE, "Microsoft.Web/sites");
    private static final String GROUP = "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}";

    record IdentityProperties(String tenantId, String principalId, String clientId) {}

    record ProvisioningState(String provisioningState) {}

    record TrackedWire(
            String id,
            String name,
            String type,
            String location,
            Map<String, String> tags,
            ResourceIdentityWire identity,
            Object properties) {}

    private final ReadResources read;
    private final PutResource put;
    private final DeleteResource delete;

    TrackedResourcesEndpoint(ReadResources read, PutResource put, DeleteResource delete) {
        this.read = read;
        this.put = put;
        this.delete = delete;
    }

    void register(RoutesConfig routes, ArmAuthentication auth) {
        for (String type : SERVED_TYPES) {
            String one = GROUP + "/providers/" + type + "/{resourceName}";
            routes.put(one, auth.authenticated(call -> put(call, type)));
            routes.get(one, auth.authenticated(call -> get(call, type)));
            routes.delete(one, auth.authenticated(call -> delete(call, type)));
        }
        String identities = "/providers/" + Resource.USER_ASSIGNED_IDENTITY;
        routes.get(
                "/subscriptions/{subscriptionId}" + identities, auth.authenticated(call -> listIdentities(call, null)));
        routes.get(
                GROUP + identities,
                auth.authenticated(call -> listIdentities(call, call.ctx.pathParam("resourceGroupName"))));
    }

    private void put(ArmCall call, String type) {
        ResourceId id = idOf(call, type);
        ObjectNode body = ArmJson.object(call.ctx.body());
        String location = ArmJson.optionalText(body, "location", "location");
        Map<String, String> tags = ArmJson.optionalTags(body, "tags");
        ArmJson.optionalObject(body, "properties", "properties");
        ObjectNode identity = ArmJson.optionalObject(body, "identity", "identity");
        String identityType = identity == null ? null : ArmJson.optionalText(identity, "type", "identity.type");
        List<ResourceId> attached = identity == null ? List.of() : userAssigned(identity);
        var request =
                new PutResource.Request(id, location, tags, identityRequest(identityType), identityType, attached);
        PutResource.Result result = call.orRefuse(put.put(call.caller, request));
        call.json(result.created() ? 201 : 200, wire(result.resource()));
    }

    /** ARM's identity types, whatever their case and spacing. */
    private static IdentityRequest identityRequest(String type) {
        if (type == null) return IdentityRequest.UNCHANGED;
        return switch (type.replace(" ", "").toLowerCase(Locale.ROOT)) {
            case "none" -> IdentityRequest.NONE;
            case "systemassigned" -> IdentityRequest.SYSTEM_ASSIGNED;
            case "userassigned" -> IdentityRequest.USER_ASSIGNED;
            case "systemassigned,userassigned" -> IdentityRequest.SYSTEM_AND_USER_ASSIGNED;
            default ->
                throw ArmFailure.badRequest(
                        "InvalidIdentityType",
                        "identity.type",
                        "The identity type '" + type + "' is not supported; use 'SystemAssigned', 'UserAssigned', "
                                + "'SystemAssigned, UserAssigned' or 'None'.");
        };
    }

    /** The keys of {@code identity.userAssignedIdentities}: resource ids, each value an object (ARM sends {}). */
    private static List<ResourceId> userAssigned(ObjectNode identity) {
        ObjectNode map = ArmJson.optionalObject(identity, "userAssignedIdentities", "identity.userAssignedIdentities");
        if (map == null) return List.of();
        List<ResourceId> ids = new java.util.ArrayList<>();
        for (var entry : map.properties()) {
            if (!entry.getValue().isObject() && !entry.getValue().isNull()) {
                throw ArmFailure.badRequest(
                        "InvalidRequestContent",
                        "identity.userAssignedIdentities",
                        "Each user-assigned identity must map to an object, e.g. {}.");
            }
            ids.add(ResourceId.parse(entry.getKey())
                    .orElseThrow(() -> ArmFailure.badRequest(
                            "InvalidResourceId",
                            "identity.userAssignedIdentities",
                            "'" + entry.getKey() + "' is not a resource id.")));
        }
        return ids;
    }

    private void get(ArmCall call, String type) {
        call.json(200, wire(call.orRefuse(read.get(call.caller, idOf(call, type)))));
    }

    private void delete(ArmCall call, String type) {
        DeleteResource.Result result = call.orRefuse(delete.delete(call.caller, idOf(call, type)));
        call.ctx.status(result.deleted().isPresent() ? 200 : 204);
    }

    private void listIdentities(ArmCall call, String resourceGroup) {
        Subscription s = call.subscriptionInTenant(call.subscriptionParam());
        int top = Paging.top(call);
        int offset = Paging.skip(call);
        var identities = new ResourceFilter(resourceGroup, Resource.USER_ASSIGNED_IDENTITY, "");
        Page<Resource> page = call.orRefuse(read.page(call.caller, s.id(), identities, offset, top));
        call.json(200, Paging.read(call, offset, page.items(), page.more(), this::wire));
    }

    /** The path's resource id after the tenant check; 400 InvalidName for names ARM would not accept. */
    private static ResourceId idOf(ArmCall call, String type) {
        Subscription s = call.subscriptionInTenant(call.subscriptionParam());
        String group = call.ctx.pathParam("resourceGroupName");
        String name = call.ctx.pathParam("resourceName");
        try {
            return ResourceId.of(s.id(), group, type, name);
        } catch (IllegalArgumentException e) {
            boolean badGroup = ResourceId.parse(
                            "/subscriptions/" + s.id() + "/resourceGroups/" + group + "/providers/" + type + "/x")
                    .isEmpty();
            throw ArmErrors.of(
                    (Outcome.Rejected<?>) Outcome.rejected(
                            RuleCode.InvalidName,
                            badGroup ? "resourceGroupName" : "resourceName",
                            badGroup ? group : name),
                    call.caller);
        }
    }

    JsonNode wire(Resource r) {
        Resource.ManagedIdentity mi = r.identity();
        ResourceIdentityWire identity = null;
        Object properties = new ProvisioningState("Succeeded");
        if (r.isUserAssignedIdentity()) {
            properties = new IdentityProperties(
                    String.valueOf(mi.tenantId()), String.valueOf(mi.principalId()), String.valueOf(mi.clientId()));
        } else {
            identity = ResourceIdentityWire.of(r, read);
        }
        return ArmJson.MAPPER.valueToTree(new TrackedWire(
                r.id().toString(),
                r.id().name(),
                r.id().type(),
                r.location(),
                new TreeMap<>(r.tags()),
                identity,
                properties));
    }
}
