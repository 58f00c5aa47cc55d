package dev.cerulean.server.graph;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Guid;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.DirectoryRole;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The ids Graph shows for directory roles and role assignments, derived rather than stored: a
 * role's object id is a name-based UUID of its directory and template (stable, different in each
 * directory, as in Azure AD); an assignment's id is the base64url of template id and principal id.
 */
final class DirectoryRoleIds {
    private DirectoryRoleIds() {}

    static UUID roleObjectId(DirectoryId directory, DirectoryRole role) {
        return UUID.nameUUIDFromBytes(
                ("directoryRole:" + directory + ":" + role.templateId()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The role {@code key} names: its object id, its template id, or {@code roleTemplateId=<id>};
     * a 400 naming {@code field} when the key is no such form, a 404 when no role matches.
     */
    static DirectoryRole role(DirectoryId directory, String key, String field) {
        String id = key.startsWith("roleTemplateId=") ? key.substring("roleTemplateId=".length()) : key;
        UUID uuid = Guid.parse(id)
                .orElseThrow(() -> GraphException.badRequest(
                        field, "invalid object identifier '" + GraphRequests.shorten(key) + "'."));
        for (DirectoryRole role : DirectoryRole.values()) {
            if (role.templateId().equals(uuid) || roleObjectId(directory, role).equals(uuid)) return role;
        }
        throw GraphException.notFound(id);
    }

    static String assignmentId(DirectoryRole role, ObjectId principal) {
        ByteBuffer bytes = ByteBuffer.allocate(32);
        bytes.putLong(role.templateId().getMostSignificantBits())
                .putLong(role.templateId().getLeastSignificantBits());
        bytes.putLong(principal.value().getMostSignificantBits())
                .putLong(principal.value().getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** Role and principal of an assignment id, if it is one this server made. */
    record Assignment(DirectoryRole role, ObjectId principal) {}

    static Optional<Assignment> assignment(String id) {
        if (id.length() != 43) return Optional.empty();
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (raw.length != 32) return Optional.empty();
        ByteBuffer bytes = ByteBuffer.wrap(raw);
        UUID template = new UUID(bytes.getLong(), bytes.getLong());
        UUID principal = new UUID(bytes.getLong(), bytes.getLong());
        return DirectoryRole.byTemplateId(template).map(r -> new Assignment(r, new ObjectId(principal)));
    }
}
