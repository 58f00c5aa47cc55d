package dev.cerulean.server.arm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jackson for ARM bodies: reading a request's JSON strictly, each refusal naming the field. */
final class ArmJson {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);

    private ArmJson() {}

    /** The body as a JSON object; 400 InvalidRequestContent otherwise. */
    static ObjectNode object(String body) {
        if (body == null || body.isBlank()) {
            throw ArmFailure.badRequest(
                    "InvalidRequestContent", "body", "The request content is empty; a JSON object is required.");
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node instanceof ObjectNode o) return o;
        } catch (JsonProcessingException | RuntimeException e) {
            // answered below: the exact parser message would leak nothing useful to the client
        }
        throw ArmFailure.badRequest("InvalidRequestContent", "body", "The request content is not a JSON object.");
    }

    /** A nested object, or null when absent or null; 400 when it is something else. */
    static ObjectNode optionalObject(ObjectNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) return null;
        if (n instanceof ObjectNode o) return o;
        throw ArmFailure.badRequest("InvalidRequestContent", path, "'" + path + "' must be an object.");
    }

    /** A text field, or null when absent or null; 400 when it is not a string. */
    static String optionalText(ObjectNode parent, String field, String path) {
        JsonNode n = parent == null ? null : parent.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual())
            throw ArmFailure.badRequest("InvalidRequestContent", path, "'" + path + "' must be a string.");
        return n.textValue();
    }

    static String requiredText(ObjectNode parent, String field, String path) {
        String s = optionalText(parent, field, path);
        if (s == null || s.isBlank()) {
            throw ArmFailure.badRequest("MissingRequiredProperty", path, "The property '" + path + "' is required.");
        }
        return s;
    }

    /** A list of strings, or null when absent; 400 for anything but an array of strings. */
    static List<String> optionalTextList(ObjectNode parent, String field, String path) {
        JsonNode n = parent == null ? null : parent.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isArray())
            throw ArmFailure.badRequest("InvalidRequestContent", path, "'" + path + "' must be an array of strings.");
        List<String> out = new ArrayList<>();
        for (JsonNode e : n) {
            if (!e.isTextual()) {
                throw ArmFailure.badRequest(
                        "InvalidRequestContent", path, "'" + path + "' must be an array of strings.");
            }
            out.add(e.textValue());
        }
        return out;
    }

    /** Tags: an object of string values (at most 50, as ARM), or null when absent. */
    static Map<String, String> optionalTags(ObjectNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isObject()) throw ArmFailure.badRequest("InvalidTag", field, "'tags' must be an object of strings.");
        if (n.size() > 50) throw ArmFailure.badRequest("InvalidTag", field, "At most 50 tags are allowed.");
        Map<String, String> tags = new LinkedHashMap<>();
        var it = n.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (!e.getValue().isTextual()
                    || e.getKey().isEmpty()
                    || e.getKey().length() > 512
                    || e.getValue().textValue().length() > 256) {
                throw ArmFailure.badRequest(
                        "InvalidTag",
                        field,
                        "The tag '" + e.getKey() + "' is not a name of at most 512 "
                                + "characters with a string value of at most 256.");
            }
            tags.put(e.getKey(), e.getValue().textValue());
        }
        return tags;
    }
}
