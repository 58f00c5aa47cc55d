package dev.cerulean.server.graph;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Guid;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.AddWorkAccount;
import dev.cerulean.core.directory.DeleteDirectoryUser;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.GraphAppRoles;
import dev.cerulean.core.directory.ReadDirectories;
import dev.cerulean.core.directory.UpdateDirectoryUser;
import dev.cerulean.core.directory.UserQuery;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code /v1.0/users} and {@code /v1.0/me}: list, get, create, update, delete. */
final class UsersEndpoint {
    static final Set<String> READ_ROLES = Set.of(
            GraphAppRoles.USER_READ_ALL,
            GraphAppRoles.USER_READ_WRITE_ALL,
            GraphAppRoles.DIRECTORY_READ_ALL,
            GraphAppRoles.DIRECTORY_READ_WRITE_ALL);
    private static final Set<String> CREATE_PROPERTIES =
            Set.of("accountEnabled", "displayName", "mailNickname", "userPrincipalName", "passwordProfile");
    private static final Set<String> UPDATE_PROPERTIES =
            Set.of("accountEnabled", "displayName", "mailNickname", "userPrincipalName", "passwordProfile");
    private static final Set<String> PASSWORD_PROPERTIES =
            Set.of("password", "forceChangePasswordNextSignIn", "forceChangePasswordNextSignInWithMfa");
    private static final Set<String> LIST_OPTIONS = Set.of("$top", "$skiptoken", "$select", "$filter", "$count");

    private final GraphRequests requests;
    private final ReadDirectories directories;
    private final AddWorkAccount addWorkAccount;
    private final UpdateDirectoryUser updateUser;
    private final DeleteDirectoryUser deleteUser;

    UsersEndpoint(
            GraphRequests requests,
            ReadDirectories directories,
            AddWorkAccount addWorkAccount,
            UpdateDirectoryUser updateUser,
            DeleteDirectoryUser deleteUser) {
        this.requests = requests;
        this.directories = directories;
        this.addWorkAccount = addWorkAccount;
        this.updateUser = updateUser;
        this.deleteUser = deleteUser;
    }

    GraphResponse list(Context ctx, GraphCaller caller) {
        caller.requireDirectoryRead(READ_ROLES);
        GraphQuery query = GraphQuery.of(ctx, LIST_OPTIONS);
        List<String> properties = UserJson.properties(query.select());
        // any filter is evaluated by the store, page by page: never a read of the whole directory
        UserQuery filter = query.filter() == null ? null : UserFilter.parse(query.filter());
        return GraphResponse.ok(requests.read(() -> {
            Directory directory = directory(caller.directory());
            DirectoryId id = caller.directory();
            List<DirectoryUser> read = filter != null
                    ? directories.usersPage(id, filter, query.skip(), query.top() + 1)
                    : directories.usersPage(id, query.skip(), query.top() + 1);
            boolean more = read.size() > query.top();
            List<Map<String, Object>> items = read.stream()
                    .limit(query.top())
                    .map(u -> UserJson.of(u, directory, properties))
                    .toList();
            int total =
                    !query.count() ? 0 : filter != null ? directories.userCount(id, filter) : directories.userCount(id);
            return query.pageOf(UserJson.context(query.select(), "users"), items, more, total);
        }));
    }

    GraphResponse get(Context ctx, GraphCaller caller) {
        caller.requireExactLookup(READ_ROLES);
        GraphQuery query = GraphQuery.of(ctx, Set.of("$select"));
        List<String> properties = UserJson.properties(query.select());
        return GraphResponse.ok(
                requests.read(() -> entity(query, find(caller.directory(), ctx.pathParam("user")), properties)));
    }

    GraphResponse me(Context ctx, GraphCaller caller) {
        if (caller.standing() == GraphCaller.Standing.APP) {
            throw new GraphException(
                    400, GraphErrors.BAD_REQUEST, "/me request is only valid with delegated authentication flow.");
        }
        if (caller.self() == null) throw GraphException.denied();
        GraphQuery query = GraphQuery.of(ctx, Set.of("$select"));
        List<String> properties = UserJson.properties(query.select());
        return GraphResponse.ok(requests.read(() -> entity(query, caller.self(), properties)));
    }

    GraphResponse create(Context ctx, GraphCaller caller) {
        caller.requireWriter(GraphAppRoles.MANAGE_USERS);
        GraphQuery query = GraphQuery.of(ctx, Set.of());
        ObjectNode body = GraphJson.object(ctx);
        GraphJson.onlyKnown(body, CREATE_PROPERTIES, "microsoft.graph.user");
        Boolean enabled = GraphJson.optionalBoolean(body, "accountEnabled");
        if (enabled == null) throw GraphException.badRequest("accountEnabled", "the property is required.");
        String displayName = GraphJson.requiredString(body, "displayName");
        String mailNickname = mailNickname(GraphJson.requiredString(body, "mailNickname"));
        String upn = GraphJson.requiredString(body, "userPrincipalName");
        String password = password(body, true);
        DirectoryUser user = requests.change(() -> addWorkAccount.add(
                caller.caller(), caller.directory(), displayName, upn, password, mailNickname, enabled));
        return GraphResponse.created(requests.read(() -> entity(query, user, UserJson.DEFAULT)));
    }

    GraphResponse update(Context ctx, GraphCaller caller) {
        caller.requireWriter(GraphAppRoles.MANAGE_USERS);
        GraphQuery.of(ctx, Set.of());
        ObjectNode body = GraphJson.object(ctx);
        GraphJson.onlyKnown(body, UPDATE_PROPERTIES, "microsoft.graph.user");
        Boolean enabled = GraphJson.optionalBoolean(body, "accountEnabled");
        String mailNickname = GraphJson.optionalString(body, "mailNickname");
        if (mailNickname != null) mailNickname(mailNickname);
        var changes = new UpdateDirectoryUser.Changes(
                GraphJson.optionalString(body, "displayName"),
                GraphJson.optionalString(body, "userPrincipalName"),
                password(body, false),
                mailNickname,
                enabled);
        ObjectId id = requests.read(
                () -> find(caller.directory(), ctx.pathParam("user")).id());
        requests.change(() -> updateUser.update(caller.caller(), caller.directory(), id, changes));
        return GraphResponse.noContent();
    }

    GraphResponse delete(Context ctx, GraphCaller caller) {
        caller.requireWriter(GraphAppRoles.MANAGE_USERS);
        GraphQuery.of(ctx, Set.of());
        ObjectId id = requests.read(
                () -> find(caller.directory(), ctx.pathParam("user")).id());
        requests.change(() -> deleteUser.delete(caller.caller(), caller.directory(), id));
        return GraphResponse.noContent();
    }

    private Map<String, Object> entity(GraphQuery query, DirectoryUser user, List<String> properties) {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("@odata.context", query.context(UserJson.context(query.select(), "users") + "/$entity"));
        json.putAll(UserJson.of(user, directory(user.directory()), properties));
        return json;
    }

    /** A user of the directory by object id or user principal name; anything else is a 400. */
    DirectoryUser find(DirectoryId directory, String key) {
        Optional<DirectoryUser> user;
        if (Guid.parse(key).isPresent()) {
            user = directories.user(directory, ObjectId.of(key));
        } else if (key.indexOf('@') > 0 && key.length() <= 1024 && key.chars().noneMatch(Character::isISOControl)) {
            user = directories.userByPrincipalName(directory, key);
        } else {
            throw GraphException.badRequest("id", "invalid object identifier '" + GraphRequests.shorten(key) + "'.");
        }
        return user.orElseThrow(() -> GraphException.notFound(GraphRequests.shorten(key)));
    }

    private Directory directory(DirectoryId id) {
        return directories.byId(id).orElseThrow(() -> GraphException.notFound(id.toString()));
    }

    /** The alias as given, if Azure AD's alias rule allows it; a 400 naming mailNickname otherwise. */
    private static String mailNickname(String nickname) {
        if (!DirectoryUser.validMailNickname(nickname)) {
            throw GraphException.badRequest(
                    "mailNickname", "1–64 ASCII letters, digits or symbols without spaces or '@'.");
        }
        return nickname;
    }

    /** passwordProfile.password: required when creating, optional when updating. */
    private static String password(ObjectNode body, boolean required) {
        ObjectNode profile = GraphJson.optionalObject(body, "passwordProfile");
        if (profile == null) {
            if (required) throw GraphException.badRequest("passwordProfile", "the property is required.");
            return null;
        }
        GraphJson.onlyKnown(profile, PASSWORD_PROPERTIES, "microsoft.graph.passwordProfile");
        GraphJson.optionalBoolean(profile, "forceChangePasswordNextSignIn");
        GraphJson.optionalBoolean(profile, "forceChangePasswordNextSignInWithMfa");
        String password = GraphJson.optionalString(profile, "password");
        if (password == null) throw GraphException.badRequest("passwordProfile.password", "the property is required.");
        return password;
    }
}
