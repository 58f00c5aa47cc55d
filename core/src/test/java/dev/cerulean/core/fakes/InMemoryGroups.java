package dev.cerulean.core.fakes;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.group.Group;
import dev.cerulean.core.directory.group.GroupFilter;
import dev.cerulean.core.directory.group.GroupMember;
import dev.cerulean.core.directory.group.Groups;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryGroups implements Groups {
    private record Edge(DirectoryId directory, ObjectId group, GroupMember member) {
        Key key() {
            return new Key(directory, group, member.id());
        }
    }

    /** An edge's identity: a member is in a group once, whatever its type (so adding is not a scan). */
    private record Key(DirectoryId directory, ObjectId group, ObjectId member) {}

    private static final Comparator<Group> BY_NAME = Comparator.comparing(
                    (Group g) -> g.displayName().toLowerCase(Locale.ROOT))
            .thenComparing(g -> g.id().value().toString());

    private final Map<ObjectId, Group> groups = new ConcurrentHashMap<>();
    private final Map<Key, Edge> memberEdges = new ConcurrentHashMap<>();
    private final Map<Key, Edge> ownerEdges = new ConcurrentHashMap<>();
    private final java.util.Collection<Edge> members = memberEdges.values();
    private final java.util.Collection<Edge> owners = ownerEdges.values();

    @Override
    public void add(Group group) {
        if (groups.putIfAbsent(group.id(), group) != null) throw new IllegalStateException("duplicate " + group.id());
    }

    @Override
    public void update(Group group) {
        groups.replace(group.id(), group);
    }

    @Override
    public void remove(DirectoryId directory, ObjectId id) {
        if (byId(directory, id).isEmpty()) return;
        groups.remove(id);
        members.removeIf(e -> e.group.equals(id) || e.member.id().equals(id));
        owners.removeIf(e -> e.group.equals(id));
    }

    @Override
    public Optional<Group> byId(DirectoryId directory, ObjectId id) {
        return Optional.ofNullable(groups.get(id)).filter(g -> g.directory().equals(directory));
    }

    @Override
    public List<Group> page(DirectoryId directory, GroupFilter filter, int offset, int limit) {
        return groups.values().stream()
                .filter(g -> g.directory().equals(directory) && filter.matches(g))
                .sorted(BY_NAME)
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public int count(DirectoryId directory, GroupFilter filter) {
        return (int) groups.values().stream()
                .filter(g -> g.directory().equals(directory) && filter.matches(g))
                .count();
    }

    @Override
    public List<GroupMember> members(DirectoryId directory, ObjectId group) {
        return of(members, directory, group);
    }

    @Override
    public boolean addMember(DirectoryId directory, ObjectId group, GroupMember member) {
        Edge e = new Edge(directory, group, member);
        return memberEdges.putIfAbsent(e.key(), e) == null;
    }

    @Override
    public boolean removeMember(DirectoryId directory, ObjectId group, ObjectId member) {
        return members.removeIf(e -> e.directory.equals(directory)
                && e.group.equals(group)
                && e.member.id().equals(member));
    }

    @Override
    public List<GroupMember> membersPage(DirectoryId directory, ObjectId group, int offset, int limit) {
        return of(members, directory, group).stream().skip(offset).limit(limit).toList();
    }

    @Override
    public int memberCount(DirectoryId directory, ObjectId group) {
        return of(members, directory, group).size();
    }

    @Override
    public List<GroupMember> owners(DirectoryId directory, ObjectId group) {
        return of(owners, directory, group);
    }

    @Override
    public boolean addOwner(DirectoryId directory, ObjectId group, GroupMember owner) {
        Edge e = new Edge(directory, group, owner);
        return ownerEdges.putIfAbsent(e.key(), e) == null;
    }

    @Override
    public boolean removeOwner(DirectoryId directory, ObjectId group, ObjectId owner) {
        return owners.removeIf(e -> e.directory.equals(directory)
                && e.group.equals(group)
                && e.member.id().equals(owner));
    }

    @Override
    public List<ObjectId> groupsOf(DirectoryId directory, ObjectId member) {
        return members.stream()
                .filter(e -> e.directory.equals(directory) && e.member.id().equals(member))
                .map(Edge::group)
                .distinct()
                .sorted(Comparator.comparing((ObjectId id) -> id.value().toString()))
                .toList();
    }

    @Override
    public Set<ObjectId> transitiveGroupsOf(DirectoryId directory, ObjectId member) {
        // a level at a time, one pass over the edges each (an object may be in any number of groups)
        Set<ObjectId> found = new HashSet<>();
        Set<ObjectId> level = Set.of(member);
        while (!level.isEmpty()) {
            Set<ObjectId> current = level;
            Set<ObjectId> next = new HashSet<>();
            members.stream()
                    .filter(e -> e.directory.equals(directory) && current.contains(e.member.id()))
                    .forEach(e -> {
                        if (found.add(e.group)) next.add(e.group);
                    });
            level = next;
        }
        return Set.copyOf(found);
    }

    @Override
    public List<GroupMember> transitiveMembers(DirectoryId directory, ObjectId group) {
        Map<ObjectId, GroupMember> found = new LinkedHashMap<>();
        Set<ObjectId> seenGroups = new HashSet<>(List.of(group));
        Set<ObjectId> level = Set.of(group);
        while (!level.isEmpty()) { // a level at a time, one pass over the edges each
            Set<ObjectId> current = level;
            Set<ObjectId> next = new HashSet<>();
            List<GroupMember> reached = members.stream()
                    .filter(e -> e.directory.equals(directory) && current.contains(e.group))
                    .map(Edge::member)
                    .sorted(Comparator.comparing(m -> m.id().value().toString()))
                    .toList();
            for (GroupMember m : reached) {
                if (!m.id().equals(group)) found.putIfAbsent(m.id(), m); // never its own member, even in a cycle
                if (m.type() == GroupMember.Type.Group && seenGroups.add(m.id())) next.add(m.id());
            }
            level = next;
        }
        return found.values().stream()
                .sorted(Comparator.comparing(m -> m.id().value().toString()))
                .toList();
    }

    @Override
    public List<GroupMember> transitiveMembersPage(DirectoryId directory, ObjectId group, int offset, int limit) {
        return transitiveMembers(directory, group).stream()
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public int transitiveMemberCount(DirectoryId directory, ObjectId group) {
        return transitiveMembers(directory, group).size();
    }

    @Override
    public List<Group> memberOfPage(DirectoryId directory, ObjectId member, int offset, int limit) {
        return named(directory, groupsOf(directory, member))
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public int memberOfCount(DirectoryId directory, ObjectId member) {
        return (int) named(directory, groupsOf(directory, member)).count();
    }

    @Override
    public List<Group> transitiveMemberOfPage(DirectoryId directory, ObjectId member, int offset, int limit) {
        return named(directory, transitiveGroupsOf(directory, member))
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public int transitiveMemberOfCount(DirectoryId directory, ObjectId member) {
        return (int) named(directory, transitiveGroupsOf(directory, member)).count();
    }

    private java.util.stream.Stream<Group> named(DirectoryId directory, java.util.Collection<ObjectId> ids) {
        return ids.stream()
                .map(id -> byId(directory, id))
                .flatMap(Optional::stream)
                .sorted(BY_NAME);
    }

    @Override
    public void forget(DirectoryId directory, ObjectId object) {
        members.removeIf(e -> e.directory.equals(directory) && e.member.id().equals(object));
        owners.removeIf(e -> e.directory.equals(directory) && e.member.id().equals(object));
    }

    private static List<GroupMember> of(java.util.Collection<Edge> edges, DirectoryId directory, ObjectId group) {
        return edges.stream()
                .filter(e -> e.directory.equals(directory) && e.group.equals(group))
                .map(Edge::member)
                .sorted(Comparator.comparing(m -> m.id().value().toString()))
                .toList();
    }
}
