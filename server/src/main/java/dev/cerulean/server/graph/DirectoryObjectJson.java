package dev.cerulean.server.graph;

import dev.cerulean.core.common.ObjectId;
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

    /** The object of any type, as members and owners lists carry it. */
    Optional<Map<String, Object>> of(Directory directory, ObjectId id) {
        return user(directory, id).or(() -> group(directory, id)).or(() -> servicePrincipal(directory, id));
    }

    Optional<Map<String, Object>> user(Directory directory, ObjectId id) {
        return directories
                .user(directory.id(), id)
                .map(u -> typed("user", UserJson.of(u, directory, UserJson.DEFAULT)));
    }

    Optional<Map<String, Object>> group(Directory directory, ObjectId id) {
        return groups.group(directory.id(), id).map(GroupJson::typed);
    }

    /** An app's service principal, or the directory's Microsoft Graph service principal. */
    Optional<Map<String, Object>> servicePrincipal(Directory directory, ObjectId id) {
        if (id.equals(ApplicationJson.graphServicePrincipal(directory.id()))) {
            return Optional.of(typed("servicePrincipal", ApplicationJson.graphServicePrincipalJson(directory.id())));
        }
        return directories
                .servicePrincipal(directory.id(), id)
                .map(app -> typed("servicePrincipal", ApplicationJson.servicePrincipal(app)));
    }

    Optional<Map<String, Object>> application(Directory directory, ObjectId id) {
        return directories
                .application(directory.id(), id)
                .map(a -> typed("application", ApplicationJson.application(a)));
    }

    static Map<String, Object> typed(String type, Map<String, Object> object) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@odata.type", "#microsoft.graph." + type);
        json.putAll(object);
        return json;
    }
}
