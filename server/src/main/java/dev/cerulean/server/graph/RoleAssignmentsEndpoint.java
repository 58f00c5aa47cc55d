package dev.cerulean.server.graph;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Guid;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.AssignDirectoryRole;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.ReadDirectories;
import dev.cerulean.core.directory.RemoveDirectoryRole;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /v1.0/roleManagement/directory/roleAssignments}: the same memberships as
 * {@link DirectoryRolesEndpoint}, seen as assignments (principalId, roleDefinitionId = the role's
 * template id, directoryScopeId "/"; Cerulean has no narrower directory scopes).
 */
final class RoleAssignmentsEndpoint {
    private static final Set<String> PROPERTIES = Set.of("principalId", "roleDefinitionId", "directoryScopeId");
    private static final Pattern FILTER = Pattern.compile("\\s*(principalId|roleDefinitionId)\\s+eq\\s+'([^']*)'\\s*");

    private final GraphRequests requests;
    private final ReadDirectories roles;
    private final AssignDirectoryRole assign;
    private final RemoveDirectoryRole remove;

    RoleAssignmentsEndpoint(
            GraphRequests requests, ReadDirectories roles, AssignDirectoryRole assign, RemoveDirectoryRole remove) {
        this.requests = requests;
        this.roles = roles;
        this.assign = assign;
        this.remove = remove;
    }

    GraphResponse list(Context ctx, GraphCaller caller) {
        caller.requireDirectoryRead(DirectoryRolesEndpoint.READ_ROLES);
        GraphQuery query = GraphQuery.of(ctx, Set.of("$top", "$skiptoken", "$count", "$filter"));
        UUID principal = null;
        UUID definition = null;
        if (query.filter() != null) {
            Matcher m = FILTER.matcher(query.filter());
            UUID value = m.matches() ? Guid.parse(m.group(2)).orElse(null) : null;
            if (value == null) {
                throw GraphException.badRequest("$filter", "only principalId eq '{id}' or roleDefinitionId eq '{id}'.");
            }
            if (m.group(1).equals("principalId")) principal = value;
            else definition = value;
        }
        UUID onlyPrincipal = principal;
        UUID onlyDefinition = definition;
        DirectoryId directory = caller.directory();
        return GraphResponse.ok(requests.read(() -> {
            List<Map<String, Object>> items = new ArrayList<>();
            if (onlyPrincipal != null) {
                // one principal's roles: a read by member, a handful at most
                for (DirectoryRole role : roles.rolesOf(directory, new ObjectId(onlyPrincipal))) {
                    if (onlyDefinition == null || role.templateId().equals(onlyDefinition))
                        items.add(assignment(role, new ObjectId(onlyPrincipal)));
                }
                return query.page("roleManagement/directory/roleAssignments", items);
            }
            // role by role, in their declared order, each role's holders a page read in the database:
            // roles wholly before the page are only counted
            int skip = query.skip();
            int total = 0;
            for (DirectoryRole role : DirectoryRole.values()) {
                if (onlyDefinition != null && !role.templateId().equals(onlyDefinition)) continue;
                int holders = roles.memberCount(directory, role);
                total += holders;
                if (skip >= holders) {
                    skip -= holders;
                    continue;
                }
                int wanted = query.top() + 1 - items.size();
                if (wanted > 0) {
                    roles.membersPage(directory, role, skip, wanted).forEach(m -> items.add(assignment(role, m)));
                }
                skip = 0;
            }
            boolean more = items.size() > query.top();
            return query.pageOf(
                    "roleManagement/directory/roleAssignments",
                    items.subList(0, Math.min(query.top(), items.size())),
                    more,
                    total);
        }));
    }

    GraphResponse get(Context ctx, GraphCaller caller) {
        caller.requireDirectoryRead(DirectoryRolesEndpoint.READ_ROLES);
        GraphQuery query = GraphQuery.of(ctx, Set.of());
        DirectoryRoleIds.Assignment a = existing(caller.directory(), ctx.pathParam("assignment"));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("@odata.context", query.context("roleManagement/directory/roleAssignments/$entity"));
        payload.putAll(assignment(a.role(), a.principal()));
        return GraphResponse.ok(payload);
    }

    GraphResponse create(Context ctx, GraphCaller caller) {
        caller.requireWriter(DirectoryRolesEndpoint.WRITE_ROLES);
        GraphQuery query = GraphQuery.of(ctx, Set.of());
        ObjectNode body = GraphJson.object(ctx);
        GraphJson.onlyKnown(body, PROPERTIES, "microsoft.graph.unifiedRoleAssignment");
        String principalText = GraphJson.requiredString(body, "principalId");
        ObjectId principal = ObjectId.parse(principalText)
                .orElseThrow(() -> GraphException.badRequest("principalId", "a GUID is expected."));
        String definitionText = GraphJson.requiredString(body, "roleDefinitionId");
        UUID definition = Guid.parse(definitionText)
                .orElseThrow(
                        () -> GraphException.badRequest("roleDefinitionId", "a role template id (GUID) is expected."));
        DirectoryRole role = DirectoryRole.byTemplateId(definition)
                .orElseThrow(() -> GraphException.badRequest(
                        "roleDefinitionId", "no directory role has the template id '" + definition + "'."));
        String scope = GraphJson.requiredString(body, "directoryScopeId");
        if (!scope.equals("/"))
            throw GraphException.badRequest("directoryScopeId", "only '/' (the whole directory) is supported.");
        requests.change(() -> assign.assign(caller.caller(), caller.directory(), principal, role));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("@odata.context", query.context("roleManagement/directory/roleAssignments/$entity"));
        payload.putAll(assignment(role, principal));
        return GraphResponse.created(payload);
    }

    GraphResponse delete(Context ctx, GraphCaller caller) {
        caller.requireWriter(DirectoryRolesEndpoint.WRITE_ROLES);
        GraphQuery.of(ctx, Set.of());
        DirectoryRoleIds.Assignment a = existing(caller.directory(), ctx.pathParam("assignment"));
        requests.change(() -> remove.remove(caller.caller(), caller.directory(), a.principal(), a.role()));
        return GraphResponse.noContent();
    }

    private DirectoryRoleIds.Assignment existing(DirectoryId directory, String id) {
        DirectoryRoleIds.Assignment a = DirectoryRoleIds.assignment(id)
                .orElseThrow(() -> GraphException.badRequest(
                        "id", "not a role assignment id: '" + GraphRequests.shorten(id) + "'."));
        if (requests.read(() -> !roles.rolesOf(directory, a.principal()).contains(a.role()))) {
            throw GraphException.notFound(id);
        }
        return a;
    }

    private static Map<String, Object> assignment(DirectoryRole role, ObjectId principal) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", DirectoryRoleIds.assignmentId(role, principal));
        json.put("principalId", principal.toString());
        json.put("roleDefinitionId", role.templateId().toString());
        json.put("directoryScopeId", "/");
        return json;
    }
}
