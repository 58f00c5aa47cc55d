package dev.cerulean.server.graph;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.ClientSecret;
import dev.cerulean.core.directory.GraphAppRoles;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The wire shapes of applications, service principals, password credentials and app role
 * assignments, as Graph v1.0 writes them (the properties Cerulean keeps; the rest empty or null,
 * so that the SDK's models fill). Also the directory's Microsoft Graph service principal, the
 * resource that Graph application permissions are assigned on.
 */
final class ApplicationJson {
    /** Microsoft Graph's own client id, the same in every tenant. */
    static final UUID GRAPH_APP_ID = UUID.fromString("00000003-0000-0000-c000-000000000000");

    static final String GRAPH_DISPLAY_NAME = "Microsoft Graph";

    private ApplicationJson() {}

    static Map<String, Object> application(AppRegistration app) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", app.objectId().toString());
        json.put("deletedDateTime", null);
        json.put("appId", app.clientId().toString());
        json.put("createdDateTime", null);
        json.put("displayName", app.displayName());
        json.put(
                "groupMembershipClaims",
                app.groupClaims().wanted() ? app.groupClaims().name() : null);
        json.put("identifierUris", List.of());
        json.put("signInAudience", "AzureADMyOrg");
        json.put("tags", List.of());
        json.put("appRoles", List.of());
        json.put("keyCredentials", List.of());
        json.put(
                "passwordCredentials",
                app.secrets().stream()
                        .map(s -> passwordCredential(s, null, null))
                        .toList());
        json.put("requiredResourceAccess", List.of());
        return json;
    }

    /** A password credential; {@code secretText} only in addPassword's answer, never again. */
    static Map<String, Object> passwordCredential(ClientSecret secret, String displayName, String secretText) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("customKeyIdentifier", null);
        json.put("displayName", displayName);
        json.put("endDateTime", secret.expiresAt().toString());
        json.put("hint", secret.hint());
        json.put("keyId", secret.keyId().toString());
        json.put("secretText", secretText);
        json.put("startDateTime", null);
        return json;
    }

    static Map<String, Object> servicePrincipal(AppRegistration app) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", app.servicePrincipal().toString());
        json.put("deletedDateTime", null);
        json.put("accountEnabled", true);
        json.put("appDisplayName", app.displayName());
        json.put("appId", app.clientId().toString());
        json.put("appOwnerOrganizationId", app.directory().toString());
        json.put("appRoleAssignmentRequired", false);
        json.put("displayName", app.displayName());
        json.put("servicePrincipalNames", List.of(app.clientId().toString()));
        json.put("servicePrincipalType", "Application");
        json.put("signInAudience", "AzureADMyOrg");
        json.put("tags", List.of());
        json.put("appRoles", List.of());
        json.put("keyCredentials", List.of());
        json.put("passwordCredentials", List.of());
        return json;
    }

    /**
     * The Microsoft Graph service principal of a directory: its id is derived from the directory
     * (stable, distinct per directory), its app roles are the Graph application permissions
     * Cerulean knows with their well-known ids.
     */
    static ObjectId graphServicePrincipal(DirectoryId directory) {
        return new ObjectId(UUID.nameUUIDFromBytes(
                ("cerulean:graph-service-principal:" + directory).getBytes(StandardCharsets.UTF_8)));
    }

    static Map<String, Object> graphServicePrincipalJson(DirectoryId directory) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", graphServicePrincipal(directory).toString());
        json.put("deletedDateTime", null);
        json.put("accountEnabled", true);
        json.put("appDisplayName", GRAPH_DISPLAY_NAME);
        json.put("appId", GRAPH_APP_ID.toString());
        json.put("appOwnerOrganizationId", "f8cdef31-a31e-4b4a-93e4-5f571e91255a");
        json.put("appRoleAssignmentRequired", false);
        json.put("displayName", GRAPH_DISPLAY_NAME);
        json.put("servicePrincipalNames", List.of(GRAPH_APP_ID.toString(), "https://graph.microsoft.com"));
        json.put("servicePrincipalType", "Application");
        json.put("signInAudience", "AzureADMultipleOrgs");
        json.put("tags", List.of());
        json.put(
                "appRoles",
                GraphAppRoles.IDS.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> appRole(e.getKey(), e.getValue()))
                        .toList());
        json.put("keyCredentials", List.of());
        json.put("passwordCredentials", List.of());
        return json;
    }

    private static Map<String, Object> appRole(String value, UUID id) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("allowedMemberTypes", List.of("Application"));
        json.put("description", "Allows the app to use " + value + " without a signed-in user.");
        json.put("displayName", value);
        json.put("id", id.toString());
        json.put("isEnabled", true);
        json.put("origin", "Application");
        json.put("value", value);
        return json;
    }

    /**
     * An assignment's id: base64url of the service principal's id and the app role's id (32 bytes).
     * Cerulean stores a granted role by name only, so the id is derived, and read back by {@link #assignment}.
     */
    static String assignmentId(ObjectId servicePrincipal, UUID appRoleId) {
        ByteBuffer bytes = ByteBuffer.allocate(32);
        bytes.putLong(servicePrincipal.value().getMostSignificantBits())
                .putLong(servicePrincipal.value().getLeastSignificantBits())
                .putLong(appRoleId.getMostSignificantBits())
                .putLong(appRoleId.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** The service principal and app role an assignment id names, if it is one of Cerulean's. */
    record AssignmentKey(ObjectId servicePrincipal, UUID appRoleId) {}

    static Optional<AssignmentKey> assignment(String id) {
        if (id == null || id.length() != 43) return Optional.empty();
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (raw.length != 32) return Optional.empty();
        ByteBuffer bytes = ByteBuffer.wrap(raw);
        UUID sp = new UUID(bytes.getLong(), bytes.getLong());
        UUID role = new UUID(bytes.getLong(), bytes.getLong());
        return Optional.of(new AssignmentKey(new ObjectId(sp), role));
    }

    static Map<String, Object> appRoleAssignment(AppRegistration app, String role, DirectoryId directory) {
        UUID roleId = GraphAppRoles.IDS.get(role);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", assignmentId(app.servicePrincipal(), roleId));
        json.put("deletedDateTime", null);
        json.put("appRoleId", roleId.toString());
        json.put("createdDateTime", null);
        json.put("principalDisplayName", app.displayName());
        json.put("principalId", app.servicePrincipal().toString());
        json.put("principalType", "ServicePrincipal");
        json.put("resourceDisplayName", GRAPH_DISPLAY_NAME);
        json.put("resourceId", graphServicePrincipal(directory).toString());
        return json;
    }
}
