package dev.cerulean.server.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.GraphAppRoles;
import dev.cerulean.core.directory.ReadDirectories;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /v1.0/directoryObjects/getByIds}: the objects of the caller's directory with the
 * given ids, typed with {@code @odata.type}, in the order asked; ids of nothing (or of another
 * directory) are left out, as Graph leaves them out. {@code types} narrows the search. Each type
 * is one small lookup in {@link #lookups}: users, groups, service principals, applications.
 */
final class DirectoryObjectsEndpoint {
    /** Graph's limit on ids per request. */
    static final int MAX_IDS = 1000;

    /** One object type: its id in {@code types} and how to find an object of it, as JSON. */
    interface Lookup {
        Optional<Map<String, Object>> find(Directory directory, ObjectId id);
    }

    private final GraphRequests requests;
    private final ReadDirectories directories;
    private final Map<String, Lookup> lookups = new LinkedHashMap<>();

    DirectoryObjectsEndpoint(GraphRequests requests, ReadDirectories directories, DirectoryObjectJson objects) {
        this.requests = requests;
        this.directories = directories;
        lookups.put("user", objects::user);
        lookups.put("group", objects::group);
        lookups.put("serviceprincipal", objects::servicePrincipal);
        lookups.put("application", objects::application);
    }

    GraphResponse getByIds(Context ctx, GraphCaller caller) {
        // applications need Directory.Read.All, as Graph asks for getByIds
        caller.requireExactLookup(Set.of(GraphAppRoles.DIRECTORY_READ_ALL, GraphAppRoles.DIRECTORY_READ_WRITE_ALL));
        GraphQuery query = GraphQuery.of(ctx, Set.of());
        ObjectNode body = GraphJson.object(ctx);
        GraphJson.onlyKnown(body, Set.of("ids", "types"), "getByIds parameters");
        List<ObjectId> ids = ids(body.get("ids"));
        List<Lookup> chosen = types(body.get("types"));
        DirectoryId directoryId = caller.directory();
        return GraphResponse.ok(requests.read(() -> {
            Directory directory =
                    directories.byId(directoryId).orElseThrow(() -> GraphException.notFound(directoryId.toString()));
            List<Map<String, Object>> items = new ArrayList<>();
            for (ObjectId id : ids) {
                chosen.stream()
                        .map(l -> l.find(directory, id))
                        .flatMap(Optional::stream)
                        .findFirst()
                        .ifPresent(items::add);
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("@odata.context", query.context("directoryObjects"));
            payload.put("value", items);
            return payload;
        }));
    }

    private static List<ObjectId> ids(JsonNode node) {
        if (node == null || node.isNull()) throw GraphException.badRequest("ids", "the property is required.");
        if (!node.isArray()) throw GraphException.badRequest("ids", "an array of GUIDs is expected.");
        if (node.isEmpty() || node.size() > MAX_IDS) {
            throw GraphException.badRequest("ids", "1 to " + MAX_IDS + " ids are expected.");
        }
        List<ObjectId> ids = new ArrayList<>();
        for (JsonNode id : node) {
            Optional<ObjectId> parsed = id.isTextual() ? ObjectId.parse(id.textValue()) : Optional.empty();
            if (parsed.isEmpty()) {
                throw GraphException.badRequest(
                        "ids", "invalid object identifier '" + GraphRequests.shorten(String.valueOf(id)) + "'.");
            }
            if (!ids.contains(parsed.get())) ids.add(parsed.get());
        }
        return ids;
    }

    private List<Lookup> types(JsonNode node) {
        if (node == null || node.isNull()) return List.copyOf(lookups.values());
        if (!node.isArray()) throw GraphException.badRequest("types", "an array of type names is expected.");
        List<Lookup> chosen = new ArrayList<>();
        for (JsonNode type : node) {
            String name = type.isTextual() ? type.textValue().toLowerCase(Locale.ROOT) : "";
            if (name.startsWith("microsoft.graph.")) name = name.substring("microsoft.graph.".length());
            Lookup lookup = lookups.get(name);
            if (lookup == null) {
                throw GraphException.badRequest(
                        "types",
                        "'" + GraphRequests.shorten(String.valueOf(type)) + "' is not a type Cerulean can look up ("
                                + "user, group, servicePrincipal, application).");
            }
            if (!chosen.contains(lookup)) chosen.add(lookup);
        }
        return chosen.isEmpty() ? List.copyOf(lookups.values()) : chosen;
    }
}
