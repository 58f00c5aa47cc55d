package dev.cerulean.store.directory;

import static dev.cerulean.store.Columns.instant;
import static dev.cerulean.store.Columns.key;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.group.Group;
import dev.cerulean.core.directory.group.GroupFilter;
import dev.cerulean.core.directory.group.GroupMember;
import dev.cerulean.core.directory.group.Groups;
import dev.cerulean.store.Columns;
import dev.cerulean.store.JdbiTransactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Groups in three tables. Lists are paged and filtered in the database on the lower-case name
 * index. Nested membership is followed one level per query, on one handle (one snapshot inside a
 * transaction), remembering what was seen: a cycle, which the use cases refuse but two racing
 * transactions could make, still ends. (H2's recursive queries do not drop repeated rows, so a
 * recursive CTE would not end on a cycle there.)
 */
public final class JdbiGroups implements Groups {
    private static final String COLUMNS =
            "SELECT id, directory_id, display_name, mail_nickname, description, created_at FROM directory_groups";

    private final JdbiTransactions db;
    private final GroupMembershipPages pages;

    public JdbiGroups(JdbiTransactions db) {
        this.db = db;
        this.pages = new GroupMembershipPages(db);
    }

    private static final String INSERT_GROUP = "INSERT INTO directory_groups (id, directory_id, display_name, "
            + "display_name_key, mail_nickname, mail_nickname_key, description, created_at) "
            + "VALUES (:id, :directory, :name, :nameKey, :alias, :aliasKey, :description, :at)";
    private static final int BATCH = 1_000;

    @Override
    public void add(Group g) {
        db.useHandle(h -> fields(h.createUpdate(INSERT_GROUP), g)
                .bind("at", g.createdAt())
                .execute());
    }

    /** In JDBC batches of {@value #BATCH}. */
    @Override
    public void addAll(List<Group> groups) {
        for (int from = 0; from < groups.size(); from += BATCH) {
            List<Group> chunk = groups.subList(from, Math.min(groups.size(), from + BATCH));
            db.useHandle(h -> {
                var batch = h.prepareBatch(INSERT_GROUP);
                for (Group g : chunk) fields(batch, g).bind("at", g.createdAt()).add();
                batch.execute();
            });
        }
    }

    /** In JDBC batches of {@value #BATCH}; one that is there already stays as it is. */
    @Override
    public void addMembers(DirectoryId directory, List<Membership> memberships) {
        for (int from = 0; from < memberships.size(); from += BATCH) {
            List<Membership> chunk = memberships.subList(from, Math.min(memberships.size(), from + BATCH));
            db.useHandle(h -> {
                var batch = h.prepareBatch("INSERT INTO group_members (directory_id, group_id, member_id, member_type)"
                        + " VALUES (:directory, :group, :id, :type) ON CONFLICT DO NOTHING");
                for (Membership m : chunk) {
                    batch.bind("directory", directory.value())
                            .bind("group", m.group().value())
                            .bind("id", m.member().id().value())
                            .bind("type", m.member().type().name())
                            .add();
                }
                batch.execute();
            });
        }
    }

    @Override
    public void update(Group g) {
        db.useHandle(h -> fields(
                        h.createUpdate("UPDATE directory_groups SET display_name = :name, display_name_key = "
                                + ":nameKey, mail_nickname = :alias, mail_nickname_key = :aliasKey, description = :description "
                                + "WHERE id = :id AND directory_id = :directory"),
                        g)
                .execute());
    }

    /** The group's own columns, as an INSERT and an UPDATE name them. */
    private static <S extends SqlStatement<S>> S fields(S statement, Group g) {
        return statement
                .bind("id", g.id().value())
                .bind("directory", g.directory().value())
                .bind("name", g.displayName())
                .bind("nameKey", key(g.displayName()))
                .bind("alias", g.mailNickname())
                .bind("aliasKey", key(g.mailNickname()))
                .bind("description", g.description());
    }

    @Override
    public void remove(DirectoryId directory, ObjectId id) {
        db.useHandle(h -> {
            for (String sql : List.of(
                    "DELETE FROM group_members WHERE directory_id = :directory AND (group_id = :id OR member_id = :id)",
                    "DELETE FROM group_owners WHERE directory_id = :directory AND group_id = :id",
                    "DELETE FROM directory_groups WHERE directory_id = :directory AND id = :id")) {
                h.createUpdate(sql)
                        .bind("directory", directory.value())
                        .bind("id", id.value())
                        .execute();
            }
        });
    }

    @Override
    public Optional<Group> byId(DirectoryId directory, ObjectId id) {
        return db.withHandle(h -> h.createQuery(COLUMNS + " WHERE directory_id = :directory AND id = :id")
                .bind("directory", directory.value())
                .bind("id", id.value())
                .map(JdbiGroups::group)
                .findOne());
    }

    @Override
    public List<Group> page(DirectoryId directory, GroupFilter filter, int offset, int limit) {
        return db.withHandle(h -> filtered(
                        h.createQuery(COLUMNS + " WHERE directory_id = :directory" + where(filter)
                                + " ORDER BY display_name_key, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY"),
                        directory,
                        filter)
                .bind("offset", offset)
                .bind("limit", limit)
                .map(JdbiGroups::group)
                .list());
    }

    @Override
    public int count(DirectoryId directory, GroupFilter filter) {
        return db.withHandle(h -> filtered(
                        h.createQuery("SELECT COUNT(*) FROM directory_groups WHERE directory_id = :directory"
                                + where(filter)),
                        directory,
                        filter)
                .mapTo(Integer.class)
                .one());
    }

    /** The filter's condition on the lower-case key columns; LIKE with the prefix's wildcards escaped. */
    private static String where(GroupFilter f) {
        if (f.all()) return "";
        String column = f.field() == GroupFilter.Field.displayName ? "display_name_key" : "mail_nickname_key";
        return f.match() == GroupFilter.Match.EQUALS
                ? " AND " + column + " = :value"
                : " AND " + column + " LIKE :value ESCAPE '!'";
    }

    private static <S extends SqlStatement<S>> S filtered(S statement, DirectoryId directory, GroupFilter f) {
        statement.bind("directory", directory.value());
        if (f.all()) return statement;
        String value = key(f.value());
        if (f.match() == GroupFilter.Match.STARTS_WITH) {
            value = Columns.literal(value) + "%";
        }
        return statement.bind("value", value);
    }

    @Override
    public List<GroupMember> members(DirectoryId directory, ObjectId group) {
        return edges("group_members", "member", directory, group);
    }

    @Override
    public List<GroupMember> membersPage(DirectoryId directory, ObjectId group, int offset, int limit) {
        return db.withHandle(h -> h.createQuery("SELECT member_id, member_type FROM group_members"
                        + " WHERE directory_id = :directory AND group_id = :group"
                        + " ORDER BY member_id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .bind("directory", directory.value())
                .bind("group", group.value())
                .bind("offset", offset)
                .bind("limit", limit)
                .map((rs, ctx) -> member(rs, "member"))
                .list());
    }

    @Override
    public int memberCount(DirectoryId directory, ObjectId group) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM group_members WHERE directory_id = :directory AND group_id = :group")
                .bind("directory", directory.value())
                .bind("group", group.value())
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public boolean addMember(DirectoryId directory, ObjectId group, GroupMember member) {
        return addEdge("group_members", "member", directory, group, member);
    }

    @Override
    public boolean removeMember(DirectoryId directory, ObjectId group, ObjectId member) {
        return removeEdge("group_members", "member", directory, group, member);
    }

    @Override
    public List<GroupMember> owners(DirectoryId directory, ObjectId group) {
        return edges("group_owners", "owner", directory, group);
    }

    @Override
    public boolean addOwner(DirectoryId directory, ObjectId group, GroupMember owner) {
        return addEdge("group_owners", "owner", directory, group, owner);
    }

    @Override
    public boolean removeOwner(DirectoryId directory, ObjectId group, ObjectId owner) {
        return removeEdge("group_owners", "owner", directory, group, owner);
    }

    @Override
    public List<ObjectId> groupsOf(DirectoryId directory, ObjectId member) {
        return db.withHandle(h -> h.createQuery("SELECT group_id FROM group_members "
                        + "WHERE directory_id = :directory AND member_id = :member ORDER BY group_id")
                .bind("directory", directory.value())
                .bind("member", member.value())
                .map((rs, ctx) -> Columns.object(rs, "group_id"))
                .list());
    }

    @Override
    public Set<ObjectId> transitiveGroupsOf(DirectoryId directory, ObjectId member) {
        return db.withHandle(h -> {
            Set<ObjectId> found = new HashSet<>();
            List<UUID> level = List.of(member.value());
            while (!level.isEmpty()) {
                List<UUID> next = new ArrayList<>();
                for (ObjectId g : groupsOfAny(h, directory, level)) {
                    if (found.add(g)) next.add(g.value());
                }
                level = next;
            }
            return Set.copyOf(found);
        });
    }

    /**
     * The groups any of {@code members} is directly in. One member (the first level of every
     * access decision, most often in no group) is read by its key; more through one array per
     * query, as many as H2 takes, driving the lookups by index.
     */
    private static List<ObjectId> groupsOfAny(Handle h, DirectoryId directory, List<UUID> members) {
        if (members.size() == 1) {
            return h.createQuery("SELECT group_id FROM group_members WHERE member_id = :member"
                            + " AND directory_id = :directory")
                    .bind("member", members.get(0))
                    .bind("directory", directory.value())
                    .map((rs, ctx) -> Columns.object(rs, "group_id"))
                    .list();
        }
        List<ObjectId> groups = new ArrayList<>();
        for (int from = 0; from < members.size(); from += Columns.ARRAY_MAX) {
            groups.addAll(h.createQuery("SELECT DISTINCT m.group_id FROM UNNEST(:level) AS s(id)"
                            + " JOIN group_members m ON m.member_id = s.id AND m.directory_id = :directory")
                    .bind("directory", directory.value())
                    .bindArray(
                            "level",
                            UUID.class,
                            members.subList(from, Math.min(members.size(), from + Columns.ARRAY_MAX)))
                    .map((rs, ctx) -> Columns.object(rs, "group_id"))
                    .list());
        }
        return groups;
    }

    @Override
    public List<GroupMember> transitiveMembers(DirectoryId directory, ObjectId group) {
        // the whole list is the pages' order, so that a page is always a slice of it
        return pages.transitiveMembers(directory, group, 0, Integer.MAX_VALUE);
    }

    @Override
    public List<GroupMember> transitiveMembersPage(DirectoryId directory, ObjectId group, int offset, int limit) {
        return pages.transitiveMembers(directory, group, offset, limit);
    }

    @Override
    public int transitiveMemberCount(DirectoryId directory, ObjectId group) {
        return pages.transitiveMemberCount(directory, group);
    }

    @Override
    public List<Group> memberOfPage(DirectoryId directory, ObjectId member, int offset, int limit) {
        return pages.memberOf(directory, member, offset, limit);
    }

    @Override
    public int memberOfCount(DirectoryId directory, ObjectId member) {
        return pages.memberOfCount(directory, member);
    }

    @Override
    public List<Group> transitiveMemberOfPage(DirectoryId directory, ObjectId member, int offset, int limit) {
        return pages.transitiveMemberOf(directory, member, offset, limit);
    }

    @Override
    public int transitiveMemberOfCount(DirectoryId directory, ObjectId member) {
        return pages.transitiveMemberOfCount(directory, member);
    }

    @Override
    public void forget(DirectoryId directory, ObjectId object) {
        db.useHandle(h -> {
            for (String sql : List.of(
                    "DELETE FROM group_members WHERE directory_id = :directory AND member_id = :id",
                    "DELETE FROM group_owners WHERE directory_id = :directory AND owner_id = :id")) {
                h.createUpdate(sql)
                        .bind("directory", directory.value())
                        .bind("id", object.value())
                        .execute();
            }
        });
    }

    private List<GroupMember> edges(String table, String kind, DirectoryId directory, ObjectId group) {
        return db.withHandle(h -> h.createQuery("SELECT " + kind + "_id, " + kind + "_type FROM " + table
                        + " WHERE directory_id = :directory AND group_id = :group ORDER BY " + kind + "_id")
                .bind("directory", directory.value())
                .bind("group", group.value())
                .map((rs, ctx) -> member(rs, kind))
                .list());
    }

    /** ON CONFLICT DO NOTHING: two transactions adding the same member race to no error, and one of them wins. */
    private boolean addEdge(String table, String kind, DirectoryId directory, ObjectId group, GroupMember m) {
        return db.withHandle(h -> h.createUpdate("INSERT INTO " + table + " (directory_id, group_id, " + kind + "_id, "
                                + kind + "_type) VALUES (:directory, :group, :id, :type) ON CONFLICT DO NOTHING")
                        .bind("directory", directory.value())
                        .bind("group", group.value())
                        .bind("id", m.id().value())
                        .bind("type", m.type().name())
                        .execute())
                == 1;
    }

    private boolean removeEdge(String table, String kind, DirectoryId directory, ObjectId group, ObjectId id) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM " + table + " WHERE directory_id = :directory "
                                + "AND group_id = :group AND " + kind + "_id = :id")
                        .bind("directory", directory.value())
                        .bind("group", group.value())
                        .bind("id", id.value())
                        .execute())
                == 1;
    }

    static GroupMember member(ResultSet rs, String kind) throws SQLException {
        return new GroupMember(
                Columns.object(rs, kind + "_id"), GroupMember.Type.valueOf(rs.getString(kind + "_type")));
    }

    static Group group(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Group(
                Columns.object(rs, "id"),
                Columns.directory(rs, "directory_id"),
                rs.getString("display_name"),
                rs.getString("mail_nickname"),
                rs.getString("description"),
                instant(rs, "created_at"));
    }
}
