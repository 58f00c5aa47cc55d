package dev.cerulean.server.graph;

import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.ReadDirectories;
import dev.cerulean.core.directory.group.ReadGroups;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Any object of a directory, typed as Graph's directoryObject collections carry them (members of
 * roles and groups, owners): a user (default projection), a group or a service principal.
 */
final class DirectoryObjectJson {
    private final ReadDirectories directories;
    private final ReadGroups groups;

    DirectoryObjectJson(ReadDirectories directories, ReadGroups groups) {
        this.directories = directories;
        this.groups = groups;
    }

    Optional<Map<String, Object>> of(Directory directory, ObjectId id) {
        var user = directories.user(directory.id(), id);
        if (user.isPresent()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("@odata.type", "#microsoft.graph.user");
            json.putAll(UserJson.of(user.get(), directory, UserJson.DEFAULT));
            return Optional.of(json);
        }
        var group = groups.group(directory.id(), id);
        if (group.isPresent()) return Optional.of(GroupJson.typed(group.get()));
        return directories.servicePrincipal(directory.id(), id).map(app -> servicePrincipal(id, app));
    }

    static Map<String, Object> servicePrincipal(ObjectId id, AppRegistration app) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@odata.type", "#microsoft.graph.servicePrincipal");
        json.putAll(ApplicationJson.servicePrincipal(app));
        return json;
    }
}
