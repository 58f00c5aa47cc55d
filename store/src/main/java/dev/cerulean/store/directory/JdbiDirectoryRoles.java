package dev.cerulean.store.directory;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryRoles;
import dev.cerulean.store.Columns;
import dev.cerulean.store.JdbiTransactions;
import java.util.List;

public final class JdbiDirectoryRoles implements DirectoryRoles {
    private final JdbiTransactions db;

    public JdbiDirectoryRoles(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void assign(DirectoryId directory, DirectoryRole role, ObjectId member) {
        // ON CONFLICT DO NOTHING (H2 understands it in PostgreSQL mode): assigning twice is no error,
        // not even when two transactions race to do it
        db.useHandle(h -> h.createUpdate("INSERT INTO directory_role_members (directory_id, role, member_id) "
                        + "VALUES (:directory, :role, :member) ON CONFLICT DO NOTHING")
                .bind("directory", directory.value())
                .bind("role", role.name())
                .bind("member", member.value())
                .execute());
    }

    @Override
    public void unassign(DirectoryId directory, DirectoryRole role, ObjectId member) {
        db.useHandle(h -> h.createUpdate("DELETE FROM directory_role_members WHERE directory_id = :directory "
                        + "AND role = :role AND member_id = :member")
                .bind("directory", directory.value())
                .bind("role", role.name())
                .bind("member", member.value())
                .execute());
    }

    @Override
    public List<ObjectId> members(DirectoryId directory, DirectoryRole role) {
        return db.withHandle(h -> h.createQuery("SELECT member_id FROM directory_role_members "
                        + "WHERE directory_id = :directory AND role = :role ORDER BY member_id")
                .bind("directory", directory.value())
                .bind("role", role.name())
                .map((rs, ctx) -> Columns.object(rs, "member_id"))
                .list());
    }

    @Override
    public List<ObjectId> membersPage(DirectoryId directory, DirectoryRole role, int offset, int limit) {
        return db.withHandle(h -> h.createQuery("SELECT member_id FROM directory_role_members "
                        + "WHERE directory_id = :directory AND role = :role ORDER BY member_id"
                        + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .bind("directory", directory.value())
                .bind("role", role.name())
                .bind("offset", offset)
                .bind("limit", limit)
                .map((rs, ctx) -> Columns.object(rs, "member_id"))
                .list());
    }

    @Override
    public int memberCount(DirectoryId directory, DirectoryRole role) {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM directory_role_members "
                        + "WHERE directory_id = :directory AND role = :role")
                .bind("directory", directory.value())
                .bind("role", role.name())
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public java.util.Map<ObjectId, List<DirectoryRole>> rolesOfMembers(java.util.Collection<ObjectId> members) {
        if (members.isEmpty()) return java.util.Map.of();
        java.util.Map<ObjectId, List<DirectoryRole>> out = new java.util.HashMap<>();
        db.withHandle(h -> h.createQuery(
                                "SELECT member_id, role FROM directory_role_members WHERE member_id = ANY(:members)")
                        .bindArray(
                                "members",
                                java.util.UUID.class,
                                members.stream().map(ObjectId::value).toList())
                        .map((rs, ctx) -> java.util.Map.entry(
                                new ObjectId(rs.getObject("member_id", java.util.UUID.class)),
                                DirectoryRole.valueOf(rs.getString("role"))))
                        .list())
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>())
                        .add(e.getValue()));
        out.replaceAll((k, v) -> v.stream().sorted().toList());
        return out;
    }

    @Override
    public List<DirectoryRole> rolesOf(DirectoryId directory, ObjectId member) {
        return db
                .withHandle(h -> h.createQuery("SELECT role FROM directory_role_members "
                                + "WHERE directory_id = :directory AND member_id = :member")
                        .bind("directory", directory.value())
                        .bind("member", member.value())
                        .map((rs, ctx) -> DirectoryRole.valueOf(rs.getString("role")))
                        .list())
                .stream()
                .sorted()
                .toList();
    }
}
