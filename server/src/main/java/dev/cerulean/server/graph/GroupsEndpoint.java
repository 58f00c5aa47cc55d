package dev.cerulean.server.graph;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.GraphAppRoles;
import dev.cerulean.core.directory.ReadDirectories;
import dev.cerulean.core.directory.group.CreateGroup;
import dev.cerulean.core.directory.group.Group;
import dev.cerulean.core.directory.group.GroupFilter;
import dev.cerulean.core.directory.group.GroupMember;
import dev.cerulean.core.directory.group.GroupUseCases;
import dev.cerulean.core.directory.group.UpdateGroup;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /v1.0/groups}: list, get, create (with {@code owners@odata.bind} and
 * {@code members@odata.bind}), update, delete; members, transitive members and owners, and adding
 * and removing them by reference.
 */
final class GroupsEndpoint {
    private static final Set<String> CREATE_PROPERTIES = Set.of(
            "displayName",
            "mailNickname",
            "mailEnabled",
            "securityEnabled",
            "description",
            "groupTypes",
            "owners@odata.bind",
            "members@odata.bind");
    private static final Set<String> UPDATE_PROPERTIES = Set.of("displayName", "mailNickname", "description");
    private static final Set<String> LIST_OPTIONS = Set.of("$top", "$skiptoken", "$select", "$filter", "$count");
    private static final Set<String> MEMBER_OPTIONS = Set.of("$top", "$skiptoken", "$count");

    private final GraphRequests requests;
    private final ReadDirectories directories;
    private final GroupUseCases groups;
    private final DirectoryObjectJson objects;

    GroupsEndpoint(
            GraphRequests requests, ReadDirectories directories, GroupUseCases groups, DirectoryObjectJson objects) {
        this.requests = requests;
        this.directories = directories;
        this.groups = groups;
        this.objects = objects;
    }

    GraphResponse list(Context ctx, GraphCaller caller) {
        caller.requireDirectoryRead(GraphAppRoles.READ_GROUPS);
        GraphQuery query = GraphQuery.of(ctx, LIST_OPTIONS);
        List<String> properties = GroupJson.properties(query.select());
        GroupFilter filter = GroupFilters.parse(query.filter());
        return GraphResponse.ok(requests.read(() -> {
            List<Group> read = groups.read().page(caller.directory(), filter, query.skip(), query.top() + 1);
            boolean more = read.size() > query.top();
            List<Map<String, Object>> items = read.stream()
                    .limit(query.top())
                    .map(g -> GroupJson.of(g, properties))
                    .toList();
            int total = query.count() ? groups.read().count(caller.directory(), filter) : 0;
            return query.pageOf(GroupJson.context(query.select(), "groups"), items, more, total);
        }));
    }

    GraphResponse get(Context ctx, GraphCaller caller) {
        caller.requireExactLookup(GraphAppRoles.READ_GROUPS);
        GraphQuery query = GraphQuery.of(ctx, Set.of("$select"));
        List<String> properties = GroupJson.properties(query.select());
        Group group = requests.read(() -> find(caller.directory(), ctx.pathParam("group")));
        return GraphResponse.ok(entity(query, group, properties));
    }

    GraphResponse create(Context ctx, GraphCaller caller) {
        caller.requireWriter(GraphAppRoles.CREATE_GROUPS);
        GraphQuery query = GraphQuery.of(ctx, Set.of());
        ObjectNode body = GraphJson.object(ctx);
        GraphJson.onlyKnown(body, CREATE_PROPERTIES, "microsoft.graph.group");
        var request = new CreateGroup.Request(
                GraphJson.requiredString(body, "displayName"),
                GraphJson.requiredString(body, "mailNickname"),
                GraphJson.optionalString(body, "description"),
                requiredBoolean(body, "mailEnabled"),
                requiredBoolean(body, "securityEnabled"),
                groupTypes(body),
                ObjectReference.bound(body, "owners@odata.bind"),
                ObjectReference.bound(body, "members@odata.bind"));
        Group group = requests.change(() -> groups.create().create(caller.caller(), caller.directory(), request));
        return GraphResponse.created(entity(query, group, GroupJson.DEFAULT));
    }

    GraphResponse update(Context ctx, GraphCaller caller) {
        caller.requireWriter(GraphAppRoles.MANAGE_GROUPS);
        GraphQuery.of(ctx, Set.of());
        ObjectNode body = GraphJson.object(ctx);
        GraphJson.onlyKnown(body, UPDATE_PROPERTIES, "microsoft.graph.group");
        var changes = new UpdateGroup.Changes(
                GraphJson.optionalString(body, "displayName"),
                GraphJson.optionalString(body, "mailNickname"),
                body.has("description") && body.get("description").isNull()
                        ? ""
                        : GraphJson.optionalString(body, "description"));
        ObjectId id = requests.read(
                () -> find(caller.directory(), ctx.pathParam("group")).id());
        requests.change(() -> groups.update().update(caller.caller(), caller.directory(), id, changes));
        return GraphResponse.noContent();
    }

    GraphResponse delete(Context ctx, GraphCaller caller) {
        caller.requireWriter(GraphAppRoles.MANAGE_GROUPS);
        GraphQuery.of(ctx, Set.of());
        ObjectId id = requests.read(
                () -> find(caller.directory(), ctx.pathParam("group")).id());
        requests.change(() -> groups.update().delete(caller.caller(), caller.directory(), id));
        return GraphResponse.noContent();
    }

    GraphResponse members(Context ctx, GraphCaller caller) {
        return objects(ctx, caller, "members");
    }

    GraphResponse transitiveMembers(Context ctx, GraphCaller caller) {
        return objects(ctx, caller, "transitiveMembers");
    }

    GraphResponse owners(Context ctx, GraphCaller caller) {
        return objects(ctx, caller, "owners");
    }

    private GraphResponse objects(Context ctx, GraphCaller caller, String which) {
        caller.requireDirectoryRead(GraphAppRoles.READ_GROUPS);
        GraphQuery query = GraphQuery.of(ctx, MEMBER_OPTIONS);
        ObjectId group = GraphRequests.objectId(ctx.pathParam("group"), "id");
        DirectoryId directory = caller.directory();
        return GraphResponse.ok(requests.read(() -> {
            var read = groups.read();
            Directory d = directory(directory);
            boolean transitive = which.equals("transitiveMembers");
            if (!which.equals("owners")) {
                // members, direct or transitive, are paged in the store: a group may have any number of them
                List<GroupMember> page = requests.outcome(
                        transitive
                                ? read.transitiveMembersPage(directory, group, query.skip(), query.top() + 1)
                                : read.membersPage(directory, group, query.skip(), query.top() + 1));
                boolean more = page.size() > query.top();
                int total = !query.count()
                        ? 0
                        : transitive
                                ? read.transitiveMemberCount(directory, group)
                                : read.memberCount(directory, group);
                return query.pageOf(
                        "directoryObjects", rendered(d, page.stream().limit(query.top())), more, total);
            }
            // a group has at most 100 owners (ChangeGroupMembers.OWNER_LIMIT)
            List<GroupMember> found = requests.outcome(read.owners(directory, group));
            int from = Math.min(query.skip(), found.size());
            int to = (int) Math.min((long) from + query.top(), found.size());
            return query.pageOf(
                    "directoryObjects", rendered(d, found.subList(from, to).stream()), to < found.size(), found.size());
        }));
    }

    /** The page's objects as Graph renders them (only the page's are looked up). */
    private List<Map<String, Object>> rendered(Directory d, java.util.stream.Stream<GroupMember> page) {
        List<Map<String, Object>> items = new ArrayList<>();
        page.forEach(m -> objects.of(d, m.id()).ifPresent(items::add));
        return items;
    }

    GraphResponse addMember(Context ctx, GraphCaller caller) {
        return reference(ctx, caller, true, false);
    }

    GraphResponse removeMember(Context ctx, GraphCaller caller) {
        return reference(ctx, caller, false, false);
    }

    GraphResponse addOwner(Context ctx, GraphCaller caller) {
        return reference(ctx, caller, true, true);
    }

    GraphResponse removeOwner(Context ctx, GraphCaller caller) {
        return reference(ctx, caller, false, true);
    }

    /** {@code POST …/members/$ref} and {@code DELETE …/members/{id}/$ref}, and the same for owners. */
    private GraphResponse reference(Context ctx, GraphCaller caller, boolean add, boolean owner) {
        caller.requireWriter(GraphAppRoles.MANAGE_GROUP_MEMBERS);
        GraphQuery.of(ctx, Set.of());
        ObjectId group = GraphRequests.objectId(ctx.pathParam("group"), "id");
        ObjectId target = add
                ? ObjectReference.of(GraphJson.object(ctx))
                : GraphRequests.objectId(ctx.pathParam(owner ? "owner" : "member"), "memberId");
        var change = groups.members();
        var who = caller.caller();
        var directory = caller.directory();
        if (add && owner) requests.change(() -> change.addOwner(who, directory, group, target));
        else if (add) requests.change(() -> change.addMember(who, directory, group, target));
        else if (owner) requests.change(() -> change.removeOwner(who, directory, group, target));
        else requests.change(() -> change.removeMember(who, directory, group, target));
        return GraphResponse.noContent();
    }

    private Map<String, Object> entity(GraphQuery query, Group group, List<String> properties) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@odata.context", query.context(GroupJson.context(query.select(), "groups") + "/$entity"));
        json.putAll(GroupJson.of(group, properties));
        return json;
    }

    /** A group of the directory by object id; a malformed id is a 400, an unknown one a 404. */
    Group find(DirectoryId directory, String key) {
        ObjectId id = GraphRequests.objectId(key, "id");
        return groups.read().group(directory, id).orElseThrow(() -> GraphException.notFound(key));
    }

    private Directory directory(DirectoryId id) {
        return directories.byId(id).orElseThrow(() -> GraphException.notFound(id.toString()));
    }

    private static boolean requiredBoolean(ObjectNode body, String field) {
        Boolean value = GraphJson.optionalBoolean(body, field);
        if (value == null) throw GraphException.badRequest(field, "the property is required.");
        return value;
    }

    private static List<String> groupTypes(ObjectNode body) {
        var node = body.get("groupTypes");
        if (node == null || node.isNull()) return List.of();
        if (!node.isArray() || node.size() > 8)
            throw GraphException.badRequest("groupTypes", "an array of strings is expected.");
        List<String> types = new ArrayList<>();
        for (var item : node) {
            if (!item.isTextual()) throw GraphException.badRequest("groupTypes", "an array of strings is expected.");
            types.add(GraphRequests.shorten(item.asText()));
        }
        return types;
    }
}
