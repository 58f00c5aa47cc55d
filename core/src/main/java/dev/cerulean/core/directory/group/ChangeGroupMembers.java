package dev.cerulean.core.directory.group;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.Directories;
import dev.cerulean.core.directory.GraphAppRoles;
import java.util.Optional;

/**
 * Adds and removes a group's members and owners, with Entra's refusals: a reference to no object
 * of the directory, a member or owner added twice, a group nested in itself (directly or through
 * other groups: Cerulean refuses cycles, so that transitive membership stays a tree one can
 * reason about; nestings inside one directory lock its row, so two racing ones cannot make a cycle), a group as owner, more than {@value #OWNER_LIMIT} owners.
 */
public final class ChangeGroupMembers {
    public static final String MEMBERS = "microsoft.directory/groups/members/update";
    public static final String OWNERS = "microsoft.directory/groups/owners/update";
    /** Entra's limit of owners per group. */
    public static final int OWNER_LIMIT = 100;

    private final Transactions transactions;
    private final Directories directories;
    private final Groups groups;
    private final GroupAuthority authority;
    private final ActivityRecorder activity;

    ChangeGroupMembers(
            Transactions transactions,
            Directories directories,
            Groups groups,
            GroupAuthority authority,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.directories = directories;
        this.groups = groups;
        this.authority = authority;
        this.activity = activity;
    }

    public Outcome<GroupMember> addMember(Caller caller, DirectoryId directory, ObjectId groupId, ObjectId memberId) {
        return transactions.inTransaction(() -> changeable(caller, directory, groupId)
                .then(group -> {
                    Optional<GroupMember> member = authority.find(directory, memberId);
                    if (member.isEmpty()) return Outcome.rejected(RuleCode.DirectoryObjectNotFound, memberId);
                    // nestings in one directory take turns, so that two of them cannot make a cycle together
                    if (member.get().type() == GroupMember.Type.Group) directories.byIdForUpdate(directory);
                    if (member.get().type() == GroupMember.Type.Group
                            && (memberId.equals(groupId)
                                    || groups.transitiveGroupsOf(directory, groupId)
                                            .contains(memberId))) {
                        return Outcome.rejected(RuleCode.GroupMembershipCycle, memberId, group.displayName());
                    }
                    if (!groups.addMember(directory, groupId, member.get())) {
                        return Outcome.rejected(RuleCode.GroupMemberExists, "members");
                    }
                    activity.succeeded(
                            caller, MEMBERS, group.displayName(), "Member " + memberId + " added", null, directory);
                    return Outcome.ok(member.get());
                }));
    }

    public Outcome<ObjectId> removeMember(Caller caller, DirectoryId directory, ObjectId groupId, ObjectId memberId) {
        return transactions.inTransaction(() -> changeable(caller, directory, groupId)
                .then(group -> {
                    if (!groups.removeMember(directory, groupId, memberId)) {
                        return Outcome.rejected(RuleCode.NotGroupMember, memberId, group.displayName());
                    }
                    activity.succeeded(
                            caller, MEMBERS, group.displayName(), "Member " + memberId + " removed", null, directory);
                    return Outcome.ok(memberId);
                }));
    }

    public Outcome<GroupMember> addOwner(Caller caller, DirectoryId directory, ObjectId groupId, ObjectId ownerId) {
        return transactions.inTransaction(() -> changeable(caller, directory, groupId)
                .then(group -> {
                    Optional<GroupMember> owner = authority.find(directory, ownerId);
                    if (owner.isEmpty()) return Outcome.rejected(RuleCode.DirectoryObjectNotFound, ownerId);
                    if (owner.get().type() == GroupMember.Type.Group) {
                        return Outcome.rejected(RuleCode.InvalidGroupOwner, ownerId);
                    }
                    var owners = groups.owners(directory, groupId);
                    if (owners.stream().anyMatch(o -> o.id().equals(ownerId))) {
                        return Outcome.rejected(RuleCode.GroupOwnerExists, "owners");
                    }
                    if (owners.size() >= OWNER_LIMIT) {
                        return Outcome.rejected(RuleCode.GroupOwnerLimitReached, group.displayName(), OWNER_LIMIT);
                    }
                    groups.addOwner(directory, groupId, owner.get());
                    activity.succeeded(
                            caller, OWNERS, group.displayName(), "Owner " + ownerId + " added", null, directory);
                    return Outcome.ok(owner.get());
                }));
    }

    public Outcome<ObjectId> removeOwner(Caller caller, DirectoryId directory, ObjectId groupId, ObjectId ownerId) {
        return transactions.inTransaction(() -> changeable(caller, directory, groupId)
                .then(group -> {
                    if (!groups.removeOwner(directory, groupId, ownerId)) {
                        return Outcome.rejected(RuleCode.NotGroupOwner, ownerId, group.displayName());
                    }
                    activity.succeeded(
                            caller, OWNERS, group.displayName(), "Owner " + ownerId + " removed", null, directory);
                    return Outcome.ok(ownerId);
                }));
    }

    private Outcome<Group> changeable(Caller caller, DirectoryId directory, ObjectId id) {
        Optional<Group> group = groups.byId(directory, id);
        if (group.isEmpty()) return Outcome.rejected(RuleCode.GroupNotFound, id);
        return authority
                .mayChange(caller, group.get(), GraphAppRoles.MANAGE_GROUP_MEMBERS)
                .map(v -> group.get());
    }
}
