package dev.cerulean.core.directory;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import java.util.List;

/** Port: members of directory roles. */
public interface DirectoryRoles {
    /** Adds the member; adding an existing member changes nothing. */
    void assign(DirectoryId directory, DirectoryRole role, ObjectId member);

    void unassign(DirectoryId directory, DirectoryRole role, ObjectId member);

    List<ObjectId> members(DirectoryId directory, DirectoryRole role);

    List<DirectoryRole> rolesOf(DirectoryId directory, ObjectId member);

    /** The roles of each of {@code members} (object ids, unique across directories), in one read; absent: none. */
    java.util.Map<ObjectId, List<DirectoryRole>> rolesOfMembers(java.util.Collection<ObjectId> members);
}
