package dev.cerulean.server.graph;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Guid;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.directory.AppFilter;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.GrantGraphAppRole;
import dev.cerulean.core.directory.GraphAppRoles;
import dev.cerulean.core.directory.ReadDirectories;
import dev.cerulean.core.directory.ServicePrincipals;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /v1.0/servicePrincipals}: the service principals of the directory's apps, and the
 * directory's Microsoft Graph service principal (read-only: the resource of Graph application
 * permissions). {@code appRoleAssignments} of a service principal are its granted Graph
 * application roles, which the app's next token carries and Graph honours at once.
 */
final class ServicePrincipalsEndpoint {
    private static final Set<String> LIST_OPTIONS = Set.of("$top", "$skiptoken", "$filter", "$count");

    private final GraphRequests requests;
    private final ReadDirectories directories;
    private final ServicePrincipals servicePrincipals;
    private final GrantGraphAppRole grants;

    ServicePrincipalsEndpoint(
            GraphRequests requests,
            ReadDirectories directories,
            ServicePrincipals servicePrincipals,
            GrantGraphAppRole grants) {
        this.requests = requests;
        this.directories = directories;
        this.servicePrincipals = servicePrincipals;
        this.grants = grants;
    }

    GraphResponse list(Context ctx, GraphCaller caller) {
        caller.requireDirectoryRead(GraphAppRoles.READ_APPS);
        GraphQuery query = GraphQuery.of(ctx, LIST_OPTIONS);
        ApplicationFilter filter = ApplicationFilter.parse(query.filter());
        AppFilter wanted = ApplicationFilter.on(filter, AppFilter.SERVICE_PRINCIPALS);
        // Microsoft Graph's own service principal leads the list; the directory's apps follow, a page
        // read in the database
        int graph = filter == null
                        || filter.matches(ApplicationJson.GRAPH_APP_ID.toString(), ApplicationJson.GRAPH_DISPLAY_NAME)
                ? 1
                : 0;
        return GraphResponse.ok(requests.read(() -> {
            DirectoryId directory = caller.directory();
            List<Map<String, Object>> items = new ArrayList<>();
            if (query.skip() < graph) items.add(ApplicationJson.graphServicePrincipalJson(directory));
            int offset = Math.max(0, query.skip() - graph);
            directories.applicationsPage(directory, wanted, offset, query.top() + 1 - items.size()).stream()
                    .map(ApplicationJson::servicePrincipal)
                    .forEach(items::add);
            boolean more = items.size() > query.top();
            int total = query.count() ? graph + directories.applicationCount(directory, wanted) : 0;
            return query.pageOf(
                    "servicePrincipals", items.subList(0, Math.min(query.top(), items.size())), more, total);
        }));
    }

    GraphResponse get(Context ctx, GraphCaller caller) {
        caller.requireExactLookup(GraphAppRoles.READ_APPS);
        GraphQuery query = GraphQuery.of(ctx, Set.of());
        ObjectId id = servicePrincipalId(ctx);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@odata.context", query.context("servicePrincipals/$entity"));
        if (id.equals(ApplicationJson.graphServicePrincipal(caller.directory()))) {
            json.putAll(ApplicationJson.graphServicePrincipalJson(caller.directory()));
        } else {
            json.putAll(ApplicationJson.servicePrincipal(requests.read(() -> find(caller.directory(), id))));
        }
        return GraphResponse.ok(json);
    }

    /** {@code POST /servicePrincipals} with {@code appId}: the app's service principal in its directory. */
    GraphResponse create(Context ctx, GraphCaller caller) {
        caller.requireWriter(GraphAppRoles.MANAGE_APPS);
        GraphQuery query = GraphQuery.of(ctx, Set.of());
        ObjectNode body = GraphJson.object(ctx);
        GraphJson.onlyKnown(body, Set.of("appId", "accountEnabled", "tags"), "microsoft.graph.servicePrincipal");
        String appIdText = GraphJson.requiredString(body, "appId");
        UUID appId = Guid.parse(appIdText).orElseThrow(() -> GraphException.badRequest("appId", "a GUID is expected."));
        Boolean enabled = GraphJson.optionalBoolean(body, "accountEnabled");
        if (Boolean.FALSE.equals(enabled)) {
            throw GraphException.badRequest("accountEnabled", "disabled service principals are not supported.");
        }
        if (body.has("tags") && !(body.get("tags").isArray() && body.get("tags").isEmpty())) {
            throw GraphException.badRequest("tags", "tags are not supported; send none or an empty list.");
        }
        if (appId.equals(ApplicationJson.GRAPH_APP_ID)) {
            throw GraphErrors.of(new dev.cerulean.core.common.Outcome.Rejected<>(
                    RuleCode.ServicePrincipalExists, List.of(appIdText)));
        }
        AppRegistration app =
                requests.change(() -> servicePrincipals.create(caller.caller(), caller.directory(), appId));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@odata.context", query.context("servicePrincipals/$entity"));
        json.putAll(ApplicationJson.servicePrincipal(app));
        return GraphResponse.created(json);
    }

    GraphResponse delete(Context ctx, GraphCaller caller) {
        caller.requireWriter(GraphAppRoles.MANAGE_APPS);
        GraphQuery.of(ctx, Set.of());
        ObjectId id = servicePrincipalId(ctx);
        if (id.equals(ApplicationJson.graphServicePrincipal(caller.directory()))) throw GraphException.denied();
        requests.change(() -> servicePrincipals.delete(caller.caller(), caller.directory(), id));
        return GraphResponse.noContent();
    }

    GraphResponse assignments(Context ctx, GraphCaller caller) {
        caller.requireExactLookup(GraphAppRoles.READ_APPS);
        GraphQuery query = GraphQuery.of(ctx, Set.of("$top", "$skiptoken", "$count"));
        ObjectId id = servicePrincipalId(ctx);
        if (id.equals(ApplicationJson.graphServicePrincipal(caller.directory()))) {
            return GraphResponse.ok(query.page("servicePrincipals('" + id + "')/appRoleAssignments", List.of()));
        }
        return GraphResponse.ok(requests.read(() -> {
            AppRegistration app = find(caller.directory(), id);
            List<Map<String, Object>> items = app.graphAppRoles().stream()
                    .filter(GraphAppRoles.IDS::containsKey)
                    .map(role -> ApplicationJson.appRoleAssignment(app, role, caller.directory()))
                    .toList();
            return query.page("servicePrincipals('" + id + "')/appRoleAssignments", items);
        }));
    }

    /** Grants a Graph application permission: {@code principalId} (this one), {@code resourceId} (Graph's), {@code appRoleId}. */
    GraphResponse assign(Context ctx, GraphCaller caller) {
        caller.requireWriter(Set.of());
        GraphQuery query = GraphQuery.of(ctx, Set.of());
        ObjectId id = servicePrincipalId(ctx);
        ObjectNode body = GraphJson.object(ctx);
        GraphJson.onlyKnown(
                body, Set.of("principalId", "resourceId", "appRoleId"), "microsoft.graph.appRoleAssignment");
        ObjectId principal = guid(body, "principalId");
        ObjectId resource = guid(body, "resourceId");
        UUID appRoleId = guid(body, "appRoleId").value();
        if (!principal.equals(id)) {
            throw GraphException.badRequest("principalId", "must be the service principal of the request's path.");
        }
        if (!resource.equals(ApplicationJson.graphServicePrincipal(caller.directory()))) {
            throw GraphException.badRequest(
                    "resourceId", "only the Microsoft Graph service principal's app roles can be assigned.");
        }
        String role = GraphAppRoles.byId(appRoleId)
                .orElseThrow(() -> GraphErrors.of(new dev.cerulean.core.common.Outcome.Rejected<>(
                        RuleCode.InvalidGraphAppRole, List.of(appRoleId.toString()))));
        UUID clientId = requests.read(() -> find(caller.directory(), id)).clientId();
        AppRegistration app = requests.change(() -> grants.grant(caller.caller(), clientId, role));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@odata.context", query.context("servicePrincipals('" + id + "')/appRoleAssignments/$entity"));
        json.putAll(ApplicationJson.appRoleAssignment(app, role, caller.directory()));
        return GraphResponse.created(json);
    }

    GraphResponse unassign(Context ctx, GraphCaller caller) {
        caller.requireWriter(Set.of());
        GraphQuery.of(ctx, Set.of());
        ObjectId id = servicePrincipalId(ctx);
        String assignment = ctx.pathParam("assignment");
        var key = ApplicationJson.assignment(assignment)
                .filter(k -> k.servicePrincipal().equals(id))
                .orElseThrow(() -> GraphException.notFound(GraphRequests.shorten(assignment)));
        String role = GraphAppRoles.byId(key.appRoleId())
                .orElseThrow(() -> GraphException.notFound(GraphRequests.shorten(assignment)));
        UUID clientId = requests.read(() -> find(caller.directory(), id)).clientId();
        requests.change(() -> grants.revoke(caller.caller(), clientId, role));
        return GraphResponse.noContent();
    }

    private AppRegistration find(DirectoryId directory, ObjectId id) {
        return directories.servicePrincipal(directory, id).orElseThrow(() -> GraphException.notFound(id.toString()));
    }

    private static ObjectId servicePrincipalId(Context ctx) {
        String text = ctx.pathParam("servicePrincipal");
        return ObjectId.parse(text)
                .orElseThrow(() -> GraphException.badRequest(
                        "id", "invalid object identifier '" + GraphRequests.shorten(text) + "'."));
    }

    private static ObjectId guid(ObjectNode body, String field) {
        String text = GraphJson.requiredString(body, field);
        return ObjectId.parse(text).orElseThrow(() -> GraphException.badRequest(field, "a GUID is expected."));
    }
}
