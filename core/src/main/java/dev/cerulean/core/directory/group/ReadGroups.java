package dev.cerulean.core.directory.group;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads of groups and memberships, each in its own transaction (joining the caller's when there is
 * one): a group, a page of groups, members and owners (direct and transitive), and the groups an
 * object belongs to. Who may read is the protocol's concern, as for users ({@code ReadDirectories}).
 */
public final class ReadGroups {
    private final Transactions transactions;
    private final Groups groups;
    private final GroupAuthority authority;

    ReadGroups(Transactions transactions, Groups groups, GroupAuthority authority) {
        this.transactions = transactions;
        this.groups = groups;
        this.authority = authority;
    }

    public Optional<Group> group(DirectoryId directory, ObjectId id) {
        return read(() -> groups.byId(directory, id));
    }

    public List<Group> page(DirectoryId directory, GroupFilter filter, int offset, int limit) {
        return read(() -> groups.page(directory, filter, offset, limit));
    }

    public int count(DirectoryId directory, GroupFilter filter) {
        return read(() -> groups.count(directory, filter));
    }

    /** One page of the group's direct members (see {@link Groups#membersPage}); GroupNotFound when there is none. */
    public Outcome<List<GroupMember>> membersPage(DirectoryId directory, ObjectId group, int offset, int limit) {
        return ofGroup(directory, group, () -> groups.membersPage(directory, group, offset, limit));
    }

    /** How many direct members the group has (0 for no such group). */
    public int memberCount(DirectoryId directory, ObjectId group) {
        return read(() -> groups.memberCount(directory, group));
    }

    /** One page of the group's transitive members (see {@link Groups#transitiveMembersPage}); GroupNotFound when there is none. */
    public Outcome<List<GroupMember>> transitiveMembersPage(
            DirectoryId directory, ObjectId group, int offset, int limit) {
        return ofGroup(directory, group, () -> groups.transitiveMembersPage(directory, group, offset, limit));
    }

    public int transitiveMemberCount(DirectoryId directory, ObjectId group) {
        return read(() -> groups.transitiveMemberCount(directory, group));
    }

    /**
     * One page of the groups {@code member} belongs to, directly or (when {@code transitive}) also
     * through nested groups, by display name; {@code DirectoryObjectNotFound} for no such object.
     */
    public Outcome<List<Group>> memberOfPage(
            DirectoryId directory, ObjectId member, boolean transitive, int offset, int limit) {
        return ofObject(
                directory,
                member,
                () -> transitive
                        ? groups.transitiveMemberOfPage(directory, member, offset, limit)
                        : groups.memberOfPage(directory, member, offset, limit));
    }

    /** How many groups {@code member} belongs to, directly or (when {@code transitive}) at all. */
    public int memberOfCount(DirectoryId directory, ObjectId member, boolean transitive) {
        return read(() -> transitive
                ? groups.transitiveMemberOfCount(directory, member)
                : groups.memberOfCount(directory, member));
    }

    public Outcome<List<GroupMember>> owners(DirectoryId directory, ObjectId group) {
        return ofGroup(directory, group, () -> groups.owners(directory, group));
    }

    /** Of {@code candidates}, the groups {@code member} belongs to directly or transitively (checkMemberGroups). */
    public Outcome<List<ObjectId>> checkMemberGroups(
            DirectoryId directory, ObjectId member, List<ObjectId> candidates) {
        return ofObject(directory, member, () -> {
            Set<ObjectId> all = groups.transitiveGroupsOf(directory, member);
            return candidates.stream().distinct().filter(all::contains).toList();
        });
    }

    /** The ids of every group {@code member} belongs to (getMemberObjects, groups only). */
    public Outcome<List<ObjectId>> memberObjects(DirectoryId directory, ObjectId member) {
        return ofObject(
                directory,
                member,
                () -> groups.transitiveGroupsOf(directory, member).stream()
                        .sorted(java.util.Comparator.comparing(ObjectId::value))
                        .toList());
    }

    private <T> Outcome<T> ofGroup(DirectoryId directory, ObjectId group, Supplier<T> read) {
        return read(() -> groups.byId(directory, group).isEmpty()
                ? Outcome.rejected(RuleCode.GroupNotFound, group)
                : Outcome.ok(read.get()));
    }

    private <T> Outcome<T> ofObject(DirectoryId directory, ObjectId object, Supplier<T> read) {
        return read(() -> authority.find(directory, object).isEmpty()
                ? Outcome.rejected(RuleCode.DirectoryObjectNotFound, object)
                : Outcome.ok(read.get()));
    }

    private <T> T read(Supplier<T> body) {
        return transactions.inTransaction(body::get);
    }
}
