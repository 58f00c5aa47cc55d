package dev.cerulean.store.directory;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.group.Group;
import dev.cerulean.core.directory.group.GroupMember;
import dev.cerulean.store.Columns;
import dev.cerulean.store.JdbiTransactions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The membership lists of {@link JdbiGroups} that grow with the directory, a page at a time in the
 * database: a group's transitive members, and the groups an object belongs to (directly or
 * transitively). Nesting is followed over the groups only, one level per query and remembering
 * what was seen (a cycle, which two racing transactions could make, still ends; H2's recursive
 * queries would not end on one); the members, however many, are then paged and counted by the
 * database over that set of groups. A set of groups is bound as one array parameter, never as a
 * list of parameters: an object may be in more groups than a statement may have parameters (65,535
 * on PostgreSQL), and one statement text serves every size. Each query starts from the array
 * ({@code FROM UNNEST(:groups) JOIN ...}) so that both databases look each id up by index: H2 does
 * not use an index for {@code col = ANY(:array)} when another index also fits, and would compare
 * every row of the directory with every id. The set of groups paged over is one array, so it may
 * hold at most {@link Columns#ARRAY_MAX} groups (H2's largest array); the walk over the nesting
 * has no such bound.
 */
final class GroupMembershipPages {
    private static final String GROUP_COLUMNS =
            "g.id, g.directory_id, g.display_name, g.mail_nickname, g.description, g.created_at";
    /** The members of a set of groups: driven by the array, each group's rows found by the primary key. */
    private static final String DISTINCT_MEMBERS = " FROM UNNEST(:groups) AS s(id) JOIN group_members m"
            + " ON m.group_id = s.id WHERE m.directory_id = :directory AND m.member_id <> :group";

    private static final String PAGE = " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY";

    private final JdbiTransactions db;

    GroupMembershipPages(JdbiTransactions db) {
        this.db = db;
    }

    /** Members of the group and of every group nested in it, each once, ordered by id. */
    List<GroupMember> transitiveMembers(DirectoryId directory, ObjectId group, int offset, int limit) {
        return db.withHandle(h -> h.createQuery("SELECT member_id, MIN(member_type) AS member_type" + DISTINCT_MEMBERS
                        + " GROUP BY member_id ORDER BY member_id" + PAGE)
                .bind("directory", directory.value())
                .bindArray("groups", UUID.class, closure(h, directory, group, false))
                .bind("group", group.value())
                .bind("offset", offset)
                .bind("limit", limit)
                .map((rs, ctx) -> JdbiGroups.member(rs, "member"))
                .list());
    }

    int transitiveMemberCount(DirectoryId directory, ObjectId group) {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(DISTINCT member_id)" + DISTINCT_MEMBERS)
                .bind("directory", directory.value())
                .bindArray("groups", UUID.class, closure(h, directory, group, false))
                .bind("group", group.value())
                .mapTo(Integer.class)
                .one());
    }

    /** The groups {@code member} belongs to directly, by display name whatever its case, then id. */
    List<Group> memberOf(DirectoryId directory, ObjectId member, int offset, int limit) {
        return db.withHandle(h -> h.createQuery("SELECT " + GROUP_COLUMNS + " FROM group_members m"
                        + " JOIN directory_groups g ON g.id = m.group_id AND g.directory_id = m.directory_id"
                        + " WHERE m.directory_id = :directory AND m.member_id = :member"
                        + " ORDER BY g.display_name_key, g.id" + PAGE)
                .bind("directory", directory.value())
                .bind("member", member.value())
                .bind("offset", offset)
                .bind("limit", limit)
                .map(JdbiGroups::group)
                .list());
    }

    int memberOfCount(DirectoryId directory, ObjectId member) {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM group_members m"
                        + " JOIN directory_groups g ON g.id = m.group_id AND g.directory_id = m.directory_id"
                        + " WHERE m.directory_id = :directory AND m.member_id = :member")
                .bind("directory", directory.value())
                .bind("member", member.value())
                .mapTo(Integer.class)
                .one());
    }

    /** Every group {@code member} belongs to, directly or through nested groups, in memberOf's order. */
    List<Group> transitiveMemberOf(DirectoryId directory, ObjectId member, int offset, int limit) {
        return db.withHandle(h -> {
            List<UUID> groups = closure(h, directory, member, true);
            if (groups.size() == 1) return List.of(); // only the member itself
            return h.createQuery("SELECT " + GROUP_COLUMNS + " FROM UNNEST(:groups) AS s(id)"
                            + " JOIN directory_groups g ON g.id = s.id"
                            + " WHERE g.directory_id = :directory AND g.id <> :member"
                            + " ORDER BY g.display_name_key, g.id" + PAGE)
                    .bind("directory", directory.value())
                    .bindArray("groups", UUID.class, groups)
                    .bind("member", member.value())
                    .bind("offset", offset)
                    .bind("limit", limit)
                    .map(JdbiGroups::group)
                    .list();
        });
    }

    int transitiveMemberOfCount(DirectoryId directory, ObjectId member) {
        return db.withHandle(h -> {
            List<UUID> groups = closure(h, directory, member, true);
            if (groups.size() == 1) return 0;
            return h.createQuery("SELECT COUNT(*) FROM UNNEST(:groups) AS s(id)"
                            + " JOIN directory_groups g ON g.id = s.id"
                            + " WHERE g.directory_id = :directory AND g.id <> :member")
                    .bind("directory", directory.value())
                    .bindArray("groups", UUID.class, groups)
                    .bind("member", member.value())
                    .mapTo(Integer.class)
                    .one();
        });
    }

    /**
     * {@code start} and the groups reachable from it: nested in it ({@code upwards} false) or
     * containing it at any depth ({@code upwards} true). Only groups are walked, never their other
     * members, on one handle (one snapshot inside a transaction).
     */
    private static List<UUID> closure(Handle h, DirectoryId directory, ObjectId start, boolean upwards) {
        String step = upwards
                ? "SELECT DISTINCT m.group_id AS next FROM UNNEST(:level) AS s(id) JOIN group_members m"
                        + " ON m.member_id = s.id AND m.directory_id = :directory"
                : "SELECT DISTINCT m.member_id AS next FROM UNNEST(:level) AS s(id) JOIN group_members m"
                        + " ON m.group_id = s.id AND m.directory_id = :directory AND m.member_type = 'Group'";
        Set<UUID> seen = new LinkedHashSet<>(List.of(start.value()));
        List<UUID> level = List.of(start.value());
        while (!level.isEmpty()) {
            List<UUID> next = new ArrayList<>();
            // a level splits into arrays as big as H2 takes; their results are simply added up
            for (int from = 0; from < level.size(); from += Columns.ARRAY_MAX) {
                for (UUID g : h.createQuery(step)
                        .bind("directory", directory.value())
                        .bindArray(
                                "level",
                                UUID.class,
                                level.subList(from, Math.min(level.size(), from + Columns.ARRAY_MAX)))
                        .map((rs, ctx) -> Columns.object(rs, "next").value())
                        .list()) {
                    if (seen.add(g)) next.add(g);
                }
            }
            level = next;
        }
        return List.copyOf(seen);
    }
}
