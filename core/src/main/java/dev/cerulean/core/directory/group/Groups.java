package dev.cerulean.core.directory.group;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: security groups of every directory, their members and owners. */
public interface Groups {
    void add(Group group);

    void update(Group group);

    /** Removes the group, its member and owner rows, and its own memberships in other groups. */
    void remove(DirectoryId directory, ObjectId id);

    Optional<Group> byId(DirectoryId directory, ObjectId id);

    /**
     * At most {@code limit} of the directory's groups that {@code filter} wants, after the first
     * {@code offset}, ordered by display name whatever its case, then id.
     */
    List<Group> page(DirectoryId directory, GroupFilter filter, int offset, int limit);

    int count(DirectoryId directory, GroupFilter filter);

    /** Direct members, ordered by id. */
    List<GroupMember> members(DirectoryId directory, ObjectId group);

    /**
     * One page of the group's direct members, in the order {@link #members} gives them: at most
     * {@code limit} from {@code offset}, read in the store (a group may have any number of members).
     */
    List<GroupMember> membersPage(DirectoryId directory, ObjectId group, int offset, int limit);

    /** How many direct members the group has. */
    int memberCount(DirectoryId directory, ObjectId group);

    /** Adds a direct member; false (and no change) when it is one already. */
    boolean addMember(DirectoryId directory, ObjectId group, GroupMember member);

    /** Removes a direct member; false when it was none. */
    boolean removeMember(DirectoryId directory, ObjectId group, ObjectId member);

    List<GroupMember> owners(DirectoryId directory, ObjectId group);

    boolean addOwner(DirectoryId directory, ObjectId group, GroupMember owner);

    boolean removeOwner(DirectoryId directory, ObjectId group, ObjectId owner);

    /** The groups {@code member} belongs to directly, ordered by id. */
    List<ObjectId> groupsOf(DirectoryId directory, ObjectId member);

    /**
     * Every group {@code member} belongs to, directly or through nested groups: read in one query,
     * on every call, so that a membership change is seen by the next decision on every node.
     */
    Set<ObjectId> transitiveGroupsOf(DirectoryId directory, ObjectId member);

    /** Every member of the group, directly or through nested groups (each once), ordered by id. */
    List<GroupMember> transitiveMembers(DirectoryId directory, ObjectId group);

    /**
     * One page of {@link #transitiveMembers}, in its order: at most {@code limit} from {@code offset},
     * the members of the group and of its nested groups read in the store.
     */
    List<GroupMember> transitiveMembersPage(DirectoryId directory, ObjectId group, int offset, int limit);

    /** How many members the group has, directly or through nested groups (each once). */
    int transitiveMemberCount(DirectoryId directory, ObjectId group);

    /**
     * One page of the groups {@code member} belongs to directly, ordered by display name whatever its
     * case, then id: read in the store (an object may belong to any number of groups).
     */
    List<Group> memberOfPage(DirectoryId directory, ObjectId member, int offset, int limit);

    int memberOfCount(DirectoryId directory, ObjectId member);

    /** As {@link #memberOfPage}, of every group {@code member} belongs to directly or through nested groups. */
    List<Group> transitiveMemberOfPage(DirectoryId directory, ObjectId member, int offset, int limit);

    int transitiveMemberOfCount(DirectoryId directory, ObjectId member);

    /** Removes {@code object} as a member and as an owner of every group (when the object is deleted). */
    void forget(DirectoryId directory, ObjectId object);

    /** A member of a group, as {@link #addMembers} adds many at once. */
    record Membership(ObjectId group, GroupMember member) {}

    /** Adds each of {@code groups} as {@link #add} does; stores write them in batches (bulk set-up). */
    default void addAll(List<Group> groups) {
        groups.forEach(this::add);
    }

    /**
     * Adds each membership as {@link #addMember} does (one that is there already stays as it is);
     * stores write them in batches (bulk set-up).
     */
    default void addMembers(DirectoryId directory, List<Membership> memberships) {
        memberships.forEach(m -> addMember(directory, m.group(), m.member()));
    }
}
