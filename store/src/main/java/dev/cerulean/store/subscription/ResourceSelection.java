package dev.cerulean.store.subscription;

import static dev.cerulean.store.Columns.literal;

import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.ReadableResources;
import dev.cerulean.core.subscription.ResourceFilter;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.statement.Query;

/**
 * The WHERE clause of a page of resources: the filter's conditions, then what the caller may read
 * as {@code (type in everywhere) or (group and type in one array of "group type") or (at or under
 * a resource and "resource type" in another)}. Each part only when it selects something, so the
 * statement text depends on which parts there are, never on how many values they hold (arrays).
 */
record ResourceSelection(SubscriptionId subscription, ReadableResources readable, ResourceFilter filter) {
    String where() {
        StringBuilder sql = new StringBuilder(" WHERE subscription_id = :subscription");
        if (filter.group() != null) sql.append(" AND group_key = :group");
        if (filter.type() != null) sql.append(" AND type_key = :type");
        if (!filter.search().isEmpty()) sql.append(" AND name_key LIKE :search ESCAPE '!'");
        List<String> readableParts = new ArrayList<>();
        if (!readable.everywhere().isEmpty()) readableParts.add("type_key = ANY(:everywhere)");
        if (!readable.inGroups().isEmpty()) readableParts.add("group_key || ' ' || type_key = ANY(:inGroups)");
        if (!readable.under().isEmpty()) {
            readableParts.add("EXISTS (SELECT 1 FROM UNNEST(:under) AS u(k) WHERE (id_key = u.k"
                    + " OR LEFT(id_key, LENGTH(u.k) + 1) = u.k || '/') AND u.k || ' ' || type_key = ANY(:underTypes))");
        }
        return sql.append(" AND (")
                .append(String.join(" OR ", readableParts))
                .append(')')
                .toString();
    }

    void bind(Query q) {
        q.bind("subscription", subscription.value());
        if (filter.group() != null) q.bind("group", filter.group());
        if (filter.type() != null) q.bind("type", filter.type());
        if (!filter.search().isEmpty()) q.bind("search", "%" + literal(filter.search()) + "%");
        if (!readable.everywhere().isEmpty())
            q.bindArray("everywhere", String.class, List.copyOf(readable.everywhere()));
        if (!readable.inGroups().isEmpty()) q.bindArray("inGroups", String.class, pairs(readable.inGroups()));
        if (!readable.under().isEmpty()) {
            q.bindArray("under", String.class, List.copyOf(readable.under().keySet()));
            q.bindArray("underTypes", String.class, pairs(readable.under()));
        }
    }

    /** "key type" for each type of each key (names, ids and types hold no blank). */
    private static List<String> pairs(java.util.Map<String, java.util.Set<String>> typesByKey) {
        List<String> pairs = new ArrayList<>();
        typesByKey.forEach((key, types) -> types.forEach(t -> pairs.add(key + " " + t)));
        return pairs;
    }
}
