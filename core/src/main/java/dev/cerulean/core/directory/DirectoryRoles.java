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

    /**
     * One page of the role's members, ordered by object id (as its text): at most {@code limit} from
     * {@code offset}, read in the store.
     */
    List<ObjectId> membersPage(DirectoryId directory, DirectoryRole role, int offset, int limit);

    /** How many members the role has in the directory. */
    int memberCount(DirectoryId directory, DirectoryRole role);

    /** The roles of each of {@code members} (object ids, unique across directories), in one read; absent: none. */
    java.util.Map<ObjectId, List<DirectoryRole>> rolesOfMembers(java.util.Collection<ObjectId> members);
}
