package dev.cerulean.server.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cerulean.core.common.Guid;
import dev.cerulean.core.common.ObjectId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The object a Graph reference names: {@code {"@odata.id": "https://host/v1.0/directoryObjects/{id}"}}
 * in a {@code $ref} body, or the URLs of an {@code …@odata.bind} array when creating.
 */
final class ObjectReference {
    private static final Pattern REFERENCE = Pattern.compile(
            "(?:https?://[^/?#]+)?(?:/v1\\.0)?/(?:directoryObjects|users|groups|servicePrincipals)/([^/?#]+)");
    private static final String EXPECTED = "a reference such as https://host/v1.0/directoryObjects/{id} is expected.";
    /** Entra accepts at most this many references in one @odata.bind. */
    static final int BIND_LIMIT = 20;

    private ObjectReference() {}

    /** The id of a {@code $ref} body, which carries nothing but {@code @odata.id}. */
    static ObjectId of(ObjectNode body) {
        GraphJson.onlyKnown(body, Set.of("@odata.id"), "microsoft.graph.directoryObject reference");
        return parse(GraphJson.requiredString(body, "@odata.id"), "@odata.id");
    }

    /** The ids an {@code …@odata.bind} array names; empty when the property is absent. */
    static List<ObjectId> bound(ObjectNode body, String property) {
        JsonNode node = body.get(property);
        if (node == null || node.isNull()) return List.of();
        if (!node.isArray() || node.size() > BIND_LIMIT) {
            throw GraphException.badRequest(property, "an array of at most " + BIND_LIMIT + " references is expected.");
        }
        List<ObjectId> ids = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) throw GraphException.badRequest(property, EXPECTED);
            ids.add(parse(item.asText(), property));
        }
        return ids;
    }

    private static ObjectId parse(String reference, String field) {
        Matcher m = REFERENCE.matcher(reference);
        return (m.matches() ? Guid.parse(m.group(1)) : java.util.Optional.<java.util.UUID>empty())
                .map(ObjectId::new)
                .orElseThrow(() -> GraphException.badRequest(field, EXPECTED));
    }
}
