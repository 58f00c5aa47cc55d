package dev.cerulean.server.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.move.MovePlan;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads a plan written by {@link MovePlanJson} back (format 1): what mapping and restore start
 * from. A document that is not one says where: {@link Unreadable} names the JSON pointer.
 */
public final class MovePlanReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Not a plan (or mapping) of format 1; {@code getMessage()} names the place. */
    public static final class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    private MovePlanReader() {}

    public static MovePlan read(String text) throws Unreadable {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (IOException e) {
            throw new Unreadable("not JSON: " + e.getMessage());
        }
        return read(root);
    }

    /** The plan of an already parsed document (the {@code plan} of a restore request). */
    public static MovePlan read(JsonNode root) throws Unreadable {
        if (root == null || !root.isObject()) throw new Unreadable("/: not a JSON object");
        if (!MovePlan.FORMAT.equals(root.path("format").asText(null))) {
            throw new Unreadable("/format: only format " + MovePlan.FORMAT + " plans are read");
        }
        try {
            JsonNode s = root.path("subscription");
            SubscriptionId subscription = SubscriptionId.of(text(s, "subscriptionId", "/subscription"));
            return new MovePlan(
                    MovePlan.FORMAT,
                    subscription,
                    text(s, "displayName", "/subscription"),
                    number(s, "version", "/subscription"),
                    DirectoryId.of(text(root, "sourceTenantId", "")),
                    DirectoryId.of(text(root, "destinationTenantId", "")),
                    Instant.parse(text(root, "generatedAt", "")),
                    list(root, "roleAssignments", MovePlanReader::assignment),
                    list(root, "customRoles", r -> role(r, subscription)),
                    list(root, "coAdministrators", MovePlanReader::administrator),
                    administrator(root.path("serviceAdministrator")),
                    root.path("serviceAdministrator").path("losesAccess").asBoolean(false),
                    list(root, "managedIdentities", MovePlanReader::identity),
                    list(
                            root,
                            "keyVaults",
                            v -> new MovePlan.PlannedKeyVault(
                                    resource(text(v, "resourceId", "/keyVaults")),
                                    DirectoryId.of(text(v, "tenantId", "/keyVaults")))));
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new Unreadable(e.getMessage());
        }
    }

    private static MovePlan.PlannedAssignment assignment(JsonNode a) {
        JsonNode p = a.path("principal");
        String roleDefinition = text(a, "roleDefinitionId", "/roleAssignments");
        return new MovePlan.PlannedAssignment(
                RoleAssignmentId.of(text(a, "name", "/roleAssignments")),
                scope(text(a, "scope", "/roleAssignments")),
                RoleDefinitionId.of(roleDefinition.substring(roleDefinition.lastIndexOf('/') + 1)),
                optional(a, "roleName"),
                new MovePlan.PlannedPrincipal(
                        ObjectId.of(text(p, "id", "/roleAssignments/principal")),
                        RoleAssignment.PrincipalType.valueOf(text(p, "type", "/roleAssignments/principal")),
                        optional(p, "displayName"),
                        optional(p, "userPrincipalName"),
                        optional(p, "mail"),
                        p.hasNonNull("appId") ? UUID.fromString(p.get("appId").asText()) : null),
                optional(a, "description"));
    }

    private static RoleDefinition role(JsonNode r, SubscriptionId subscription) {
        List<String> actions = strings(r.path("actions"));
        return new RoleDefinition(
                RoleDefinitionId.of(text(r, "id", "/customRoles")),
                text(r, "roleName", "/customRoles"),
                optional(r, "description"),
                false,
                subscription,
                actions,
                strings(r.path("notActions")),
                strings(r.path("assignableScopes")).stream()
                        .map(MovePlanReader::scope)
                        .toList());
    }

    private static MovePlan.PlannedAdministrator administrator(JsonNode a) {
        return new MovePlan.PlannedAdministrator(
                text(a, "email", "/administrator"), a.path("microsoftAccount").asBoolean());
    }

    private static MovePlan.PlannedIdentity identity(JsonNode i) {
        return new MovePlan.PlannedIdentity(
                resource(text(i, "resourceId", "/managedIdentities")),
                "SystemAssigned".equals(i.path("type").asText()),
                ObjectId.of(text(i, "principalId", "/managedIdentities")),
                i.hasNonNull("clientId") ? UUID.fromString(i.get("clientId").asText()) : null,
                strings(i.path("roleAssignments")).stream()
                        .map(RoleAssignmentId::of)
                        .toList(),
                // absent from plans written before user-assigned identities were re-created
                strings(i.path("attachedTo")).stream()
                        .map(MovePlanReader::resource)
                        .toList());
    }

    private static <T> List<T> list(JsonNode root, String field, Function<JsonNode, T> read) {
        JsonNode node = root.path(field);
        if (!node.isArray()) throw new IllegalArgumentException("/" + field + ": an array is expected");
        List<T> out = new ArrayList<>();
        for (JsonNode item : node) out.add(read.apply(item));
        return out;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String text(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual())
            throw new IllegalArgumentException(at + "/" + field + ": a string is expected");
        return value.asText();
    }

    private static String optional(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static long number(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong())
            throw new IllegalArgumentException(at + "/" + field + ": a number is expected");
        return value.asLong();
    }

    private static Scope scope(String text) {
        return Scope.parse(text).orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a scope"));
    }

    private static ResourceId resource(String text) {
        return ResourceId.parse(text)
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a resource id"));
    }
}
