package dev.cerulean.server.graph;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Request bodies in, payloads out. Bodies are read strictly (one JSON object, no duplicate keys,
 * only known properties, each of the right type) so that malformed input is a 400 naming the
 * property before anything is changed.
 */
final class GraphJson {
    static final String CONTENT_TYPE =
            "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        MAPPER.getFactory()
                .setStreamReadConstraints(
                        StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private GraphJson() {}

    static void write(Context ctx, int status, Object payload) {
        ctx.status(status).contentType(CONTENT_TYPE).result(string(payload));
    }

    static String string(Object payload) {
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body as one JSON object, or a 400. */
    static ObjectNode object(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) throw GraphException.badRequest("body", "a JSON object is required.");
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException | RuntimeException e) {
            throw GraphException.badRequest("body", "not valid JSON.");
        }
        if (!(node instanceof ObjectNode object)) throw GraphException.badRequest("body", "a JSON object is required.");
        return object;
    }

    /** Refuses properties outside {@code known} (OData annotations such as @odata.type are allowed). */
    static void onlyKnown(ObjectNode body, Set<String> known, String type) {
        body.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name) && !name.startsWith("@odata.")) {
                throw GraphException.badRequest(
                        name,
                        "property '" + name + "' does not exist on type '" + type
                                + "' or is not supported by Cerulean.");
            }
        });
    }

    static String optionalString(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isTextual()) throw GraphException.badRequest(field, "a string is expected.");
        return value.textValue();
    }

    static String requiredString(ObjectNode body, String field) {
        String value = optionalString(body, field);
        if (value == null) throw GraphException.badRequest(field, "the property is required.");
        return value;
    }

    static Boolean optionalBoolean(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isBoolean()) throw GraphException.badRequest(field, "true or false is expected.");
        return value.booleanValue();
    }

    static ObjectNode optionalObject(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) return null;
        if (!(value instanceof ObjectNode object)) throw GraphException.badRequest(field, "an object is expected.");
        return object;
    }
}
