package dev.cerulean.store.subscription;

import static dev.cerulean.store.Columns.identity;
import static dev.cerulean.store.Columns.literal;

import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions.RoleHolder;
import dev.cerulean.core.subscription.Subscriptions.WithRole;
import dev.cerulean.store.JdbiTransactions;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * R30's list read by one query: the subscriptions of a directory where someone has any role,
 * decided as {@code SubscriptionAccess.hasAnyRole} decides it for one subscription. The query
 * starts from the person's own rows (where it is service administrator or co-administrator, its
 * principals' role assignments, through the indexes on those columns), so it reads what the
 * person holds, not every subscription of the directory; only a grant at the root scope, which
 * covers the whole directory, reads the directory's subscriptions. The page is sorted and cut
 * by the database.
 */
final class SubscriptionsWithAnyRole {
    /** The built-in roles, which live in the core and not in role_definitions. */
    private static final List<UUID> BUILT_IN = BuiltInRoles.ALL.stream()
            .map(RoleDefinition::id)
            .map(r -> r.value())
            .toList();

    private static final String PAGE_COLUMNS = "SELECT s.id, s.display_name, s.offer, s.state, s.directory_id,"
            + " s.account_admin, s.account_admin_email, s.service_admin, s.service_admin_email,"
            + " s.service_admin_lost_access, s.version, CASE WHEN"
            + " (s.service_admin = :person AND s.service_admin_lost_access = FALSE)"
            + " OR EXISTS (SELECT 1 FROM co_administrators c WHERE c.subscription_id = s.id AND c.person = :person)"
            + " THEN TRUE ELSE FALSE END AS classic_admin";
    private static final String ORDER = " ORDER BY LOWER(s.display_name), s.id LIMIT :limit OFFSET :offset";
    private static final String PAGE = statement(PAGE_COLUMNS, false, ORDER);
    private static final String PAGE_SEARCHED = statement(PAGE_COLUMNS, true, ORDER);
    private static final String COUNT = statement("SELECT COUNT(*)", false, "");
    private static final String COUNT_SEARCHED = statement("SELECT COUNT(*)", true, "");

    private final JdbiTransactions db;

    SubscriptionsWithAnyRole(JdbiTransactions db) {
        this.db = db;
    }

    List<WithRole> page(RoleHolder holder, String search, int offset, int limit) {
        String needle = needle(search);
        return db.withHandle(h -> query(h, needle.isEmpty() ? PAGE : PAGE_SEARCHED, holder, needle)
                .bind("limit", limit)
                .bind("offset", offset)
                .map((rs, ctx) -> new WithRole(JdbiSubscriptions.ROW.map(rs, ctx), rs.getBoolean("classic_admin")))
                .list());
    }

    int count(RoleHolder holder, String search) {
        String needle = needle(search);
        return db.withHandle(h -> query(h, needle.isEmpty() ? COUNT : COUNT_SEARCHED, holder, needle)
                .mapTo(Integer.class)
                .one());
    }

    /**
     * The statement: {@code select} over the directory's live subscriptions (searched) that one
     * of the branches names: served, co-administered, assigned at or below the subscription (a
     * built-in role or a custom role of that subscription), or assigned at the directory's root
     * scope (a built-in role covers every subscription; a custom role only its own). Its text is
     * the same for every holder (the principals are one array, the built-in roles constants), so
     * the database and JDBI prepare it once.
     */
    private static String statement(String select, boolean searched, String tail) {
        String principal = " = ANY(:principals)";
        String builtIn = BUILT_IN.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        String held = "SELECT id FROM subscriptions WHERE service_admin = :person AND service_admin_lost_access = FALSE"
                + " UNION ALL SELECT subscription_id FROM co_administrators WHERE person = :person"
                + " UNION ALL SELECT a.subscription_id FROM role_assignments a WHERE a.principal_id" + principal
                + " AND a.directory_id = :directory AND a.subscription_id IS NOT NULL"
                + " AND (a.role_definition_id IN (" + builtIn + ") OR EXISTS (SELECT 1 FROM role_definitions d"
                + " WHERE d.id = a.role_definition_id AND d.subscription_id = a.subscription_id))"
                + " UNION ALL SELECT d.subscription_id FROM role_assignments r"
                + " JOIN role_definitions d ON d.id = r.role_definition_id WHERE r.principal_id" + principal
                + " AND r.directory_id = :directory AND r.subscription_id IS NULL AND d.subscription_id IS NOT NULL"
                + " UNION ALL SELECT e.id FROM subscriptions e WHERE e.directory_id = :directory AND EXISTS"
                + " (SELECT 1 FROM role_assignments r WHERE r.principal_id" + principal
                + " AND r.directory_id = :directory AND r.subscription_id IS NULL"
                + " AND r.role_definition_id IN (" + builtIn + "))";
        // IN, not a join with a derived table: H2's plan reads the held ids first and looks each
        // subscription up by its key (the directory's other subscriptions are never read)
        return select + " FROM subscriptions s WHERE s.directory_id = :directory AND s.state <> :deleted"
                + " AND s.id IN (" + held + ")"
                // no LIKE when there is nothing to search for: on H2 it makes each execution about
                // ten times slower (0.08 against 0.007 ms on the demo world), which ARM's list would pay
                + (searched
                        ? " AND (LOWER(s.display_name) LIKE :pattern ESCAPE '!'"
                                + " OR CAST(s.id AS VARCHAR(36)) LIKE :pattern ESCAPE '!')"
                        : "")
                + tail;
    }

    private static Query query(Handle h, String sql, RoleHolder holder, String needle) {
        Query q = h.createQuery(sql)
                .bind("directory", holder.directory().value())
                .bind("person", identity(holder.identity()))
                .bind("deleted", Subscription.SubscriptionState.Deleted.name())
                .bindArray(
                        "principals",
                        UUID.class,
                        holder.principals().stream().map(ObjectId::value).toList());
        if (!needle.isEmpty()) q.bind("pattern", "%" + literal(needle) + "%");
        return q;
    }

    private static String needle(String search) {
        return search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    }
}
