package dev.cerulean.server.arm;

import dev.cerulean.core.resource.Page;
import dev.cerulean.core.resource.ReadResources;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceFilter;
import dev.cerulean.core.subscription.Subscription;
import io.javalin.config.RoutesConfig;

/**
 * {@code GET /subscriptions/{id}/resources} and a resource group's {@code …/resources}: the
 * resources the caller may read ({@link ReadResources}), in ARM's GenericResource shape, with
 * {@code identity} for those that carry a managed identity; a page read and cut by the store, {@code $top}
 * long (at most 100), with {@code nextLink} when more follow.
 */
final class ResourcesEndpoint {
    record ResourceWire(String id, String name, String type, String location, ResourceIdentityWire identity) {}

    private final ReadResources read;

    ResourcesEndpoint(ReadResources read) {
        this.read = read;
    }

    void register(RoutesConfig routes, ArmAuthentication auth) {
        routes.get("/subscriptions/{subscriptionId}/resources", auth.authenticated(call -> list(call, null)));
        routes.get(
                "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/resources",
                auth.authenticated(call -> list(call, call.ctx.pathParam("resourceGroupName"))));
    }

    private void list(ArmCall call, String resourceGroup) {
        Subscription s = call.subscriptionInTenant(call.subscriptionParam());
        if (call.ctx.queryParam("$filter") != null) {
            throw ArmFailure.badRequest(
                    "InvalidFilter",
                    "$filter",
                    "The filter '" + call.ctx.queryParam("$filter") + "' is not supported here; list without $filter.");
        }
        int top = Paging.top(call);
        int offset = Paging.skip(call);
        Page<Resource> page =
                call.orRefuse(read.page(call.caller, s.id(), ResourceFilter.inGroup(resourceGroup), offset, top));
        call.json(200, Paging.read(call, offset, page.items(), page.more(), r -> ArmJson.MAPPER.valueToTree(wire(r))));
    }

    private ResourceWire wire(Resource r) {
        return new ResourceWire(
                r.id().toString(), r.id().name(), r.id().type(), r.location(), ResourceIdentityWire.of(r, read));
    }
}
