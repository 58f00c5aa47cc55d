package dev.cerulean.server.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.move.MoveMapping;
import dev.cerulean.core.move.MovePlan;
import dev.cerulean.server.plan.MovePlanReader.Unreadable;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads back a mapping file as {@code cerulean move map} writes it and a person edits it (JSON, or
 * the same in YAML): each principal's {@code target} is its counterpart's object id, {@value
 * MoveMappingJson#REENABLE} for a system-assigned identity to enable again, {@value
 * MoveMappingJson#RECREATE} for a user-assigned one to re-create, or null (unmapped on purpose);
 * each co-administrator's {@code target} (optional: mappings written before co-administrators had
 * none) the object id of the user to name co-administrator again, or null. Only {@code id}, {@code
 * email} and {@code target} are read; the rest is there for the person. A mapping of another
 * subscription than the plan's is refused.
 */
public final class MoveMappingReader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private MoveMappingReader() {}

    public static MoveMapping read(String text, MovePlan plan) throws Unreadable {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (IOException e) {
            throw new Unreadable("neither JSON nor YAML: " + e.getMessage());
        }
        return read(root, plan);
    }

    public static MoveMapping read(JsonNode root, MovePlan plan) throws Unreadable {
        if (root == null || !root.isObject()) throw new Unreadable("/: not an object");
        if (!MoveMappingJson.FORMAT.equals(root.path("format").asText(null)))
            throw new Unreadable("/format: only format " + MoveMappingJson.FORMAT + " mappings are read");
        String subscription = root.path("subscriptionId").asText("");
        if (!subscription.equalsIgnoreCase(plan.subscription().toString()))
            throw new Unreadable("/subscriptionId: the mapping is of subscription '" + subscription + "', the plan of "
                    + plan.subscription());
        JsonNode principals = root.path("principals");
        if (!principals.isArray()) throw new Unreadable("/principals: an array is expected");
        Map<ObjectId, ObjectId> targets = new HashMap<>();
        Set<ObjectId> reenable = new HashSet<>();
        Set<ObjectId> recreate = new HashSet<>();
        int i = 0;
        for (JsonNode p : principals) {
            String at = "/principals/" + i++;
            ObjectId id = ObjectId.parse(p.path("id").asText(""))
                    .orElseThrow(() -> new Unreadable(at + "/id: an object id is expected"));
            JsonNode target = p.get("target");
            if (target == null || target.isNull() || target.asText().isBlank()) continue;
            String value = target.asText().trim();
            if (MoveMappingJson.REENABLE.equalsIgnoreCase(value)) {
                reenable.add(id);
                continue;
            }
            if (MoveMappingJson.RECREATE.equalsIgnoreCase(value)) {
                recreate.add(id);
                continue;
            }
            ObjectId counterpart = ObjectId.parse(value)
                    .orElseThrow(() -> new Unreadable(at + "/target: '" + value + "' is neither an object id, "
                            + MoveMappingJson.REENABLE + ", " + MoveMappingJson.RECREATE + " nor null"));
            if (targets.put(id, counterpart) != null) throw new Unreadable(at + "/id: " + id + " is mapped twice");
        }
        return new MoveMapping(targets, reenable, recreate, coAdministrators(root.get("coAdministrators")));
    }

    private static Map<String, ObjectId> coAdministrators(JsonNode admins) throws Unreadable {
        Map<String, ObjectId> targets = new HashMap<>();
        if (admins == null || admins.isNull()) return targets;
        if (!admins.isArray()) throw new Unreadable("/coAdministrators: an array is expected");
        int i = 0;
        for (JsonNode admin : admins) {
            String at = "/coAdministrators/" + i++;
            String email = admin.path("email").asText("").trim();
            if (email.isEmpty()) throw new Unreadable(at + "/email: an email is expected");
            JsonNode target = admin.get("target");
            if (target == null || target.isNull() || target.asText().isBlank()) continue;
            String value = target.asText().trim();
            ObjectId user = ObjectId.parse(value)
                    .orElseThrow(
                            () -> new Unreadable(at + "/target: '" + value + "' is neither an object id nor null"));
            if (targets.put(email.toLowerCase(java.util.Locale.ROOT), user) != null)
                throw new Unreadable(at + "/email: " + email + " is mapped twice");
        }
        return targets;
    }
}
