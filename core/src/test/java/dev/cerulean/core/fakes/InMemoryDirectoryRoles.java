package dev.cerulean.core.fakes;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryRoles;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryDirectoryRoles implements DirectoryRoles {
    private record Member(DirectoryId directory, DirectoryRole role, ObjectId member) {}

    private final Set<Member> members = ConcurrentHashMap.newKeySet();

    @Override
    public void assign(DirectoryId directory, DirectoryRole role, ObjectId member) {
        members.add(new Member(directory, role, member));
    }

    @Override
    public void unassign(DirectoryId directory, DirectoryRole role, ObjectId member) {
        members.remove(new Member(directory, role, member));
    }

    @Override
    public List<ObjectId> membersPage(DirectoryId directory, DirectoryRole role, int offset, int limit) {
        return members(directory, role).stream()
                .sorted(java.util.Comparator.comparing(id -> id.value().toString()))
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public int memberCount(DirectoryId directory, DirectoryRole role) {
        return members(directory, role).size();
    }

    @Override
    public List<ObjectId> members(DirectoryId directory, DirectoryRole role) {
        return members.stream()
                .filter(m -> m.directory.equals(directory) && m.role == role)
                .map(Member::member)
                .toList();
    }

    @Override
    public java.util.Map<ObjectId, List<DirectoryRole>> rolesOfMembers(java.util.Collection<ObjectId> wanted) {
        java.util.Map<ObjectId, List<DirectoryRole>> out = new java.util.HashMap<>();
        for (Member m : members) {
            if (wanted.contains(m.member))
                out.computeIfAbsent(m.member, k -> new java.util.ArrayList<>()).add(m.role);
        }
        out.replaceAll((k, v) -> v.stream().sorted().toList());
        return out;
    }

    @Override
    public List<DirectoryRole> rolesOf(DirectoryId directory, ObjectId member) {
        return members.stream()
                .filter(m -> m.directory.equals(directory) && m.member.equals(member))
                .map(Member::role)
                .sorted()
                .toList();
    }
}
