package dev.cerulean.server.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.GraphAppRoles;
import dev.cerulean.core.directory.ReadDirectories;
import dev.cerulean.core.directory.group.Group;
import dev.cerulean.core.directory.group.ReadGroups;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an object belongs to, for users ({@code /users/{id}}, {@code /me}) and groups:
 * {@code memberOf} and {@code transitiveMemberOf} (groups, and for users their directory roles),
 * and the actions {@code checkMemberGroups}, {@code getMemberGroups} and {@code getMemberObjects}.
 */
final class MemberOfEndpoint {
    /** Graph checks at most this many groups per checkMemberGroups call. */
    static final int CHECK_LIMIT = 20;

    private final GraphRequests requests;
    private final ReadDirectories directories;
    private final ReadGroups groups;
    private final UsersEndpoint users;
    private final GroupsEndpoint groupsEndpoint;

    MemberOfEndpoint(
            GraphRequests requests,
            ReadDirectories directories,
            ReadGroups groups,
            UsersEndpoint users,
            GroupsEndpoint groupsEndpoint) {
        this.requests = requests;
        this.directories = directories;
        this.groups = groups;
        this.users = users;
        this.groupsEndpoint = groupsEndpoint;
    }

    /** The object a route names, and whether it is a user (whose directory roles count too). */
    private record Subject(ObjectId id, boolean user) {}

    private Subject subject(Context ctx, GraphCaller caller) {
        if (ctx.pathParamMap().containsKey("user")) {
            caller.requireExactLookup(GraphAppRoles.READ_GROUPS);
            return new Subject(
                    requests.read(() -> users.find(caller.directory(), ctx.pathParam("user")))
                            .id(),
                    true);
        }
        if (ctx.pathParamMap().containsKey("group")) {
            caller.requireDirectoryRead(GraphAppRoles.READ_GROUPS);
            return new Subject(
                    requests.read(() -> groupsEndpoint.find(caller.directory(), ctx.pathParam("group")))
                            .id(),
                    false);
        }
        // /me: the signed-in person itself
        if (caller.standing() == GraphCaller.Standing.APP) {
            throw new GraphException(
                    400, GraphErrors.BAD_REQUEST, "/me request is only valid with delegated authentication flow.");
        }
        if (caller.self() == null) throw GraphException.denied();
        return new Subject(caller.self().id(), true);
    }

    GraphResponse memberOf(Context ctx, GraphCaller caller) {
        return list(ctx, caller, false);
    }

    GraphResponse transitiveMemberOf(Context ctx, GraphCaller caller) {
        return list(ctx, caller, true);
    }

    private GraphResponse list(Context ctx, GraphCaller caller, boolean transitive) {
        GraphQuery query = GraphQuery.of(ctx, Set.of("$top", "$skiptoken", "$count"));
        Subject subject = subject(ctx, caller);
        DirectoryId directory = caller.directory();
        return GraphResponse.ok(requests.read(() -> {
            // the groups first, a page read in the store (an object may be in any number of them), then
            // a user's directory roles (a handful at most)
            int top = query.top();
            List<Group> page =
                    requests.outcome(groups.memberOfPage(directory, subject.id(), transitive, query.skip(), top + 1));
            List<Map<String, Object>> items = new ArrayList<>();
            page.stream().limit(top).forEach(g -> items.add(GroupJson.typed(g)));
            boolean more = page.size() > top;
            // how many groups there are: needed past the last group, and for $count
            int groupCount = more && !query.count() ? 0 : groups.memberOfCount(directory, subject.id(), transitive);
            List<DirectoryRole> roles = subject.user() ? directories.rolesOf(directory, subject.id()) : List.of();
            if (!more) {
                for (int i = Math.max(0, query.skip() - groupCount); i < roles.size(); i++) {
                    if (items.size() == top) {
                        more = true;
                        break;
                    }
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("@odata.type", "#microsoft.graph.directoryRole");
                    json.putAll(DirectoryRolesEndpoint.role(directory, roles.get(i)));
                    items.add(json);
                }
            }
            return query.pageOf("directoryObjects", items, more, groupCount + roles.size());
        }));
    }

    /** {@code POST …/checkMemberGroups} {@code {"groupIds": [...]}}: those the object belongs to. */
    GraphResponse checkMemberGroups(Context ctx, GraphCaller caller) {
        GraphQuery query = GraphQuery.of(ctx, Set.of());
        Subject subject = subject(ctx, caller);
        ObjectNode body = GraphJson.object(ctx);
        GraphJson.onlyKnown(body, Set.of("groupIds"), "checkMemberGroups");
        JsonNode ids = body.get("groupIds");
        if (ids == null || !ids.isArray() || ids.size() > CHECK_LIMIT) {
            throw GraphException.badRequest(
                    "groupIds", "an array of at most " + CHECK_LIMIT + " group ids is expected.");
        }
        List<ObjectId> candidates = new ArrayList<>();
        for (JsonNode id : ids) {
            if (!id.isTextual()) throw GraphException.badRequest("groupIds", "group ids are strings.");
            candidates.add(GraphRequests.objectId(id.asText(), "groupIds"));
        }
        List<ObjectId> found = requests.read(
                () -> requests.outcome(groups.checkMemberGroups(caller.directory(), subject.id(), candidates)));
        return GraphResponse.ok(
                strings(query, found.stream().map(ObjectId::toString).toList()));
    }

    /** {@code POST …/getMemberGroups}: every group the object belongs to, directly or not. */
    GraphResponse getMemberGroups(Context ctx, GraphCaller caller) {
        return memberObjects(ctx, caller, false);
    }

    /** {@code POST …/getMemberObjects}: the groups, and for a user its directory roles. */
    GraphResponse getMemberObjects(Context ctx, GraphCaller caller) {
        return memberObjects(ctx, caller, true);
    }

    private GraphResponse memberObjects(Context ctx, GraphCaller caller, boolean withRoles) {
        GraphQuery query = GraphQuery.of(ctx, Set.of());
        Subject subject = subject(ctx, caller);
        ObjectNode body = GraphJson.object(ctx);
        GraphJson.onlyKnown(body, Set.of("securityEnabledOnly"), "getMemberObjects");
        if (GraphJson.optionalBoolean(body, "securityEnabledOnly") == null) {
            throw GraphException.badRequest("securityEnabledOnly", "the property is required.");
        }
        DirectoryId directory = caller.directory();
        List<String> ids = requests.read(() -> {
            List<String> out = new ArrayList<>();
            requests.outcome(groups.memberObjects(directory, subject.id())).forEach(g -> out.add(g.toString()));
            if (withRoles && subject.user()) {
                directories
                        .rolesOf(directory, subject.id())
                        .forEach(r -> out.add(
                                DirectoryRoleIds.roleObjectId(directory, r).toString()));
            }
            return out;
        });
        return GraphResponse.ok(strings(query, ids));
    }

    private static Map<String, Object> strings(GraphQuery query, List<String> values) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("@odata.context", query.context("Collection(Edm.String)"));
        payload.put("value", values);
        return payload;
    }
}
