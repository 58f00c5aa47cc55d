package dev.cerulean.core.directory.group;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import java.time.Instant;

/**
 * A security group of one directory ({@code securityEnabled: true}, {@code mailEnabled: false}):
 * what role assignments name when they give many principals a role at once. Its members are
 * users, service principals and other groups ({@link GroupMember}); a member of a nested group is
 * a member of every group above it for the authorization decision. {@code description} may be null.
 */
public record Group(
        ObjectId id,
        DirectoryId directory,
        String displayName,
        String mailNickname,
        String description,
        Instant createdAt) {

    /** Entra's bound on a group's display name. */
    public static final int DISPLAY_NAME_LIMIT = 256;
    /** Entra's bound on a group's description. */
    public static final int DESCRIPTION_LIMIT = 1024;

    public Group with(String newDisplayName, String newMailNickname, String newDescription) {
        return new Group(id, directory, newDisplayName, newMailNickname, newDescription, createdAt);
    }
}
