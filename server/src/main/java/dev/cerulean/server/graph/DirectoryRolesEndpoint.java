package dev.cerulean.server.graph;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.AssignDirectoryRole;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.GraphAppRoles;
import dev.cerulean.core.directory.ReadDirectories;
import dev.cerulean.core.directory.RemoveDirectoryRole;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /v1.0/directoryRoles}: the directory roles (every built-in role counts as activated),
 * their members, and adding and removing members by reference. Only Global Administrators (and
 * applications granted RoleManagement.ReadWrite.Directory) change memberships; the core decides.
 */
final class DirectoryRolesEndpoint {
    static final Set<String> READ_ROLES = Set.of(
            GraphAppRoles.DIRECTORY_READ_ALL,
            GraphAppRoles.DIRECTORY_READ_WRITE_ALL,
            GraphAppRoles.ROLE_MANAGEMENT_READ_WRITE_DIRECTORY);
    static final Set<String> WRITE_ROLES = Set.of(GraphAppRoles.ROLE_MANAGEMENT_READ_WRITE_DIRECTORY);

    private final GraphRequests requests;
    private final ReadDirectories directories;
    private final DirectoryObjectJson objects;
    private final AssignDirectoryRole assign;
    private final RemoveDirectoryRole remove;

    DirectoryRolesEndpoint(
            GraphRequests requests,
            ReadDirectories directories,
            AssignDirectoryRole assign,
            RemoveDirectoryRole remove,
            DirectoryObjectJson objects) {
        this.requests = requests;
        this.directories = directories;
        this.objects = objects;
        this.assign = assign;
        this.remove = remove;
    }

    GraphResponse list(Context ctx, GraphCaller caller) {
        caller.requireDirectoryRead(READ_ROLES);
        GraphQuery query = GraphQuery.of(ctx, Set.of());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("@odata.context", query.context("directoryRoles"));
        payload.put(
                "value",
                Arrays.stream(DirectoryRole.values())
                        .map(r -> role(caller.directory(), r))
                        .toList());
        return GraphResponse.ok(payload);
    }

    GraphResponse get(Context ctx, GraphCaller caller) {
        caller.requireDirectoryRead(READ_ROLES);
        GraphQuery query = GraphQuery.of(ctx, Set.of());
        DirectoryRole role = DirectoryRoleIds.role(caller.directory(), roleKey(ctx), "id");
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("@odata.context", query.context("directoryRoles/$entity"));
        payload.putAll(role(caller.directory(), role));
        return GraphResponse.ok(payload);
    }

    GraphResponse members(Context ctx, GraphCaller caller) {
        caller.requireDirectoryRead(READ_ROLES);
        GraphQuery query = GraphQuery.of(ctx, Set.of("$top", "$skiptoken", "$count"));
        DirectoryRole role = DirectoryRoleIds.role(caller.directory(), roleKey(ctx), "id");
        return GraphResponse.ok(requests.read(() -> {
            DirectoryId directory = caller.directory();
            Directory d = directories.byId(directory).orElseThrow(() -> GraphException.notFound(directory.toString()));
            // a page read in the database; only the page's objects are looked up
            List<ObjectId> page = directories.membersPage(directory, role, query.skip(), query.top() + 1);
            List<Map<String, Object>> items = new ArrayList<>();
            page.stream()
                    .limit(query.top())
                    .forEach(member -> objects.of(d, member).ifPresent(items::add));
            int total = query.count() ? directories.memberCount(directory, role) : 0;
            return query.pageOf("directoryObjects", items, page.size() > query.top(), total);
        }));
    }

    /** {@code POST …/members/$ref} with {@code {"@odata.id": ".../directoryObjects/{id}"}}. */
    GraphResponse addMember(Context ctx, GraphCaller caller) {
        caller.requireWriter(WRITE_ROLES);
        GraphQuery.of(ctx, Set.of());
        DirectoryRole role = DirectoryRoleIds.role(caller.directory(), roleKey(ctx), "id");
        ObjectId member = ObjectReference.of(GraphJson.object(ctx));
        requests.change(() -> assign.assign(caller.caller(), caller.directory(), member, role));
        return GraphResponse.noContent();
    }

    /** {@code DELETE …/members/{id}/$ref}. */
    GraphResponse removeMember(Context ctx, GraphCaller caller) {
        caller.requireWriter(WRITE_ROLES);
        GraphQuery.of(ctx, Set.of());
        DirectoryRole role = DirectoryRoleIds.role(caller.directory(), roleKey(ctx), "id");
        String memberText = ctx.pathParam("member");
        ObjectId member = ObjectId.parse(memberText)
                .orElseThrow(() -> GraphException.badRequest(
                        "memberId", "invalid object identifier '" + GraphRequests.shorten(memberText) + "'."));
        if (requests.read(() -> !directories.rolesOf(caller.directory(), member).contains(role))) {
            throw GraphException.notFound(memberText);
        }
        requests.change(() -> remove.remove(caller.caller(), caller.directory(), member, role));
        return GraphResponse.noContent();
    }

    private static String roleKey(Context ctx) {
        String key = ctx.pathParamMap().get("role");
        return key != null ? key : "roleTemplateId=" + ctx.pathParam("template");
    }

    static Map<String, Object> role(DirectoryId directory, DirectoryRole role) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", DirectoryRoleIds.roleObjectId(directory, role).toString());
        json.put("deletedDateTime", null);
        json.put("description", description(role));
        json.put("displayName", role.displayName());
        json.put("roleTemplateId", role.templateId().toString());
        return json;
    }

    private static String description(DirectoryRole role) {
        return switch (role) {
            case GlobalAdministrator ->
                "Can manage all aspects of Azure AD and Microsoft services that use Azure AD identities.";
            case UserAdministrator ->
                "Can manage all aspects of users and groups, including resetting passwords for limited admins.";
            case BillingAdministrator -> "Can perform common billing related tasks like updating payment information.";
            case GuestInviter -> "Can invite guest users independent of the 'members can invite guests' setting.";
            case ApplicationAdministrator ->
                "Can create and manage all aspects of app registrations and enterprise apps.";
            case CloudApplicationAdministrator ->
                "Can create and manage all aspects of app registrations and enterprise apps except App Proxy.";
            default -> role.displayName() + ".";
        };
    }
}
