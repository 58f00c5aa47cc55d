package dev.cerulean.server.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.resource.CreateOrUpdateResourceGroup;
import dev.cerulean.core.resource.DeleteResourceGroup;
import dev.cerulean.core.resource.Page;
import dev.cerulean.core.resource.ReadResourceGroups;
import dev.cerulean.core.subscription.ResourceGroup;
import dev.cerulean.core.subscription.ResourceGroupFilter;
import dev.cerulean.core.subscription.Subscription;
import io.javalin.config.RoutesConfig;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resource groups of a subscription: HEAD (204/404), PUT (201/200), GET, PATCH (tags), DELETE
 * (a synchronous 200, which the SDK's poller takes as done) and the list with {@code $top}.
 * Path segments match whatever their case ({@code resourcegroups}, {@code resourceGroups}).
 */
final class ResourceGroupsEndpoint {
    static final String TYPE = "Microsoft.Resources/resourceGroups";
    private static final String LIST = "/subscriptions/{subscriptionId}/resourcegroups";
    private static final String ONE = LIST + "/{resourceGroupName}";
    private static final Pattern TAG_FILTER = Pattern.compile(
            "\\s*tagName\\s+eq\\s+'((?:[^']|'')*)'(?:\\s+and\\s+tagValue\\s+eq\\s+'((?:[^']|'')*)')?\\s*",
            Pattern.CASE_INSENSITIVE);

    record Properties(String provisioningState) {}

    record ResourceGroupWire(
            String id, String name, String type, String location, Map<String, String> tags, Properties properties) {}

    private final ReadResourceGroups read;
    private final CreateOrUpdateResourceGroup put;
    private final DeleteResourceGroup delete;

    ResourceGroupsEndpoint(ReadResourceGroups read, CreateOrUpdateResourceGroup put, DeleteResourceGroup delete) {
        this.read = read;
        this.put = put;
        this.delete = delete;
    }

    void register(RoutesConfig routes, ArmAuthentication auth) {
        routes.get(LIST, auth.authenticated(this::list));
        routes.head(ONE, auth.authenticated(this::head));
        routes.get(ONE, auth.authenticated(this::get));
        routes.put(ONE, auth.authenticated(this::put));
        routes.patch(ONE, auth.authenticated(this::patch));
        routes.delete(ONE, auth.authenticated(this::delete));
    }

    /** A page read and cut by the store, {@code $top} long (at most 100), with {@code nextLink} when more follow. */
    private void list(ArmCall call) {
        Subscription s = call.subscriptionInTenant(call.subscriptionParam());
        int top = Paging.top(call);
        String filter = call.ctx.queryParam("$filter");
        Matcher tag = filter == null || filter.isBlank() ? null : TAG_FILTER.matcher(filter);
        if (tag != null && !tag.matches()) {
            throw ArmFailure.badRequest(
                    "InvalidFilter",
                    "$filter",
                    "The filter '" + filter
                            + "' is not supported; use tagName eq '{name}' [and tagValue eq '{value}'].");
        }
        int offset = Paging.skip(call);
        ResourceGroupFilter kept = tag == null
                ? ResourceGroupFilter.ALL
                : new ResourceGroupFilter(
                        "",
                        tag.group(1).replace("''", "'"),
                        tag.group(2) == null ? null : tag.group(2).replace("''", "'"));
        Page<ResourceGroup> page = call.orRefuse(read.page(call.caller, s.id(), kept, offset, top));
        call.json(200, Paging.read(call, offset, page.items(), page.more(), ResourceGroupsEndpoint::wire));
    }

    private void head(ArmCall call) {
        Outcome<ResourceGroup> found = read.get(call.caller, scopeOf(call));
        if (found.code() != RuleCode.ResourceGroupNotFound) call.orRefuse(found);
        call.ctx.status(found.isOk() ? 204 : 404);
    }

    private void get(ArmCall call) {
        call.json(200, wire(call.orRefuse(read.get(call.caller, scopeOf(call)))));
    }

    private void put(ArmCall call) {
        var id = call.subscriptionInTenant(call.subscriptionParam()).id();
        ObjectNode body = ArmJson.object(call.ctx.body());
        String location = ArmJson.optionalText(body, "location", "location");
        Map<String, String> tags = ArmJson.optionalTags(body, "tags");
        ArmJson.optionalText(body, "managedBy", "managedBy");
        var result = call.orRefuse(put.put(call.caller, id, call.ctx.pathParam("resourceGroupName"), location, tags));
        call.json(result.created() ? 201 : 200, wire(result.group()));
    }

    private void patch(ArmCall call) {
        Scope scope = scopeOf(call);
        ObjectNode body = ArmJson.object(call.ctx.body());
        Map<String, String> tags = ArmJson.optionalTags(body, "tags");
        ArmJson.optionalText(body, "managedBy", "managedBy");
        ArmJson.optionalText(body, "name", "name");
        // ignored, as the group keeps its location and has no settable properties, but of the right kind
        ArmJson.optionalText(body, "location", "location");
        ObjectNode properties = ArmJson.optionalObject(body, "properties", "properties");
        if (properties != null) {
            properties.fieldNames().forEachRemaining(f -> {
                if (!f.equals("provisioningState")) {
                    throw ArmFailure.badRequest(
                            "InvalidRequestContent",
                            "properties." + f,
                            "'properties." + f + "' is not a property of a resource group.");
                }
            });
            ArmJson.optionalText(properties, "provisioningState", "properties.provisioningState");
        }
        ResourceGroup group = call.orRefuse(read.get(call.caller, scope));
        var result = call.orRefuse(put.put(
                call.caller, scope.subscription(), group.name(), group.location(), tags == null ? group.tags() : tags));
        call.json(200, wire(result.group()));
    }

    private void delete(ArmCall call) {
        var id = call.subscriptionInTenant(call.subscriptionParam()).id();
        call.orRefuse(delete.delete(call.caller, id, call.ctx.pathParam("resourceGroupName")));
        call.ctx.status(200);
    }

    /** The group's scope after the tenant check; 400 InvalidName for a name ARM would not accept. */
    private static Scope scopeOf(ArmCall call) {
        var s = call.subscriptionInTenant(call.subscriptionParam());
        String name = call.ctx.pathParam("resourceGroupName");
        return Scope.parse("/subscriptions/" + s.id() + "/resourceGroups/" + name)
                .filter(x -> x.level() == Scope.Level.RESOURCE_GROUP)
                .orElseThrow(() -> ArmErrors.of(
                        (Outcome.Rejected<?>) Outcome.rejected(RuleCode.InvalidName, "resourceGroupName", name),
                        call.caller));
    }

    static JsonNode wire(ResourceGroup g) {
        return ArmJson.MAPPER.valueToTree(new ResourceGroupWire(
                "/subscriptions/" + g.subscription() + "/resourceGroups/" + g.name(),
                g.name(),
                TYPE,
                g.location(),
                g.tags().isEmpty() ? null : new java.util.TreeMap<>(g.tags()),
                new Properties("Succeeded")));
    }
}
