package dev.cerulean.store.subscription;

import static dev.cerulean.store.Columns.key;
import static dev.cerulean.store.Columns.literal;
import static dev.cerulean.store.Columns.subscription;

import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.ReadableGroups;
import dev.cerulean.core.subscription.ResourceGroup;
import dev.cerulean.core.subscription.ResourceGroupFilter;
import dev.cerulean.core.subscription.ResourceGroups;
import dev.cerulean.store.JdbiTransactions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/** Resource groups (names compared through a lower-case key) and their tags. */
public final class JdbiResourceGroups implements ResourceGroups {
    private final JdbiTransactions db;

    public JdbiResourceGroups(JdbiTransactions db) {
        this.db = db;
    }

    private record Row(SubscriptionId subscription, String name, String key, String location) {}

    private record Tag(String group, String name, String value) {}

    @Override
    public void add(ResourceGroup g) {
        db.inTransaction(() -> {
            db.useHandle(h -> {
                h.createUpdate("INSERT INTO resource_groups (subscription_id, name, name_key, location) "
                                + "VALUES (:subscription, :name, :key, :location)")
                        .bind("subscription", g.subscription().value())
                        .bind("name", g.name())
                        .bind("key", key(g.name()))
                        .bind("location", g.location())
                        .execute();
                insertTags(h, g);
            });
            return null;
        });
    }

    @Override
    public void update(ResourceGroup g) {
        db.inTransaction(() -> {
            db.useHandle(h -> {
                int changed = h.createUpdate("UPDATE resource_groups SET name = :name, location = :location "
                                + "WHERE subscription_id = :subscription AND name_key = :key")
                        .bind("subscription", g.subscription().value())
                        .bind("name", g.name())
                        .bind("key", key(g.name()))
                        .bind("location", g.location())
                        .execute();
                if (changed == 0) return;
                h.createUpdate(
                                "DELETE FROM resource_group_tags WHERE subscription_id = :subscription AND group_key = :key")
                        .bind("subscription", g.subscription().value())
                        .bind("key", key(g.name()))
                        .execute();
                insertTags(h, g);
            });
            return null;
        });
    }

    private static void insertTags(Handle h, ResourceGroup g) {
        if (g.tags().isEmpty()) return;
        PreparedBatch batch = h.prepareBatch("INSERT INTO resource_group_tags (subscription_id, group_key, name, "
                + "tag_value) VALUES (:subscription, :key, :name, :value)");
        g.tags()
                .forEach((name, value) -> batch.bind(
                                "subscription", g.subscription().value())
                        .bind("key", key(g.name()))
                        .bind("name", name)
                        .bind("value", value)
                        .add());
        batch.execute();
    }

    @Override
    public void remove(SubscriptionId subscription, String name) {
        db.useHandle(h -> h.createUpdate(
                        "DELETE FROM resource_groups WHERE subscription_id = :subscription " + "AND name_key = :key")
                .bind("subscription", subscription.value())
                .bind("key", key(name))
                .execute());
    }

    @Override
    public Optional<ResourceGroup> byName(SubscriptionId subscription, String name) {
        return load(subscription, key(name)).stream().findFirst();
    }

    @Override
    public List<ResourceGroup> of(SubscriptionId subscription) {
        return load(subscription, null);
    }

    @Override
    public List<ResourceGroup> page(
            SubscriptionId subscription, ReadableGroups readable, ResourceGroupFilter filter, int offset, int limit) {
        if (readable.none()) return List.of();
        return db.withHandle(h -> {
            List<Row> rows = selected(
                            h,
                            "SELECT subscription_id, name, name_key, location FROM resource_groups g",
                            " ORDER BY name_key LIMIT :limit OFFSET :offset",
                            subscription,
                            readable,
                            filter)
                    .bind("limit", limit)
                    .bind("offset", offset)
                    .map(ROW)
                    .list();
            if (rows.isEmpty()) return List.of();
            Map<String, Map<String, String>> tags = new HashMap<>();
            h.createQuery("SELECT group_key, name, tag_value FROM resource_group_tags"
                            + " WHERE subscription_id = :subscription AND group_key = ANY(:keys)")
                    .bind("subscription", subscription.value())
                    .bindArray("keys", String.class, rows.stream().map(Row::key).toList())
                    .map(TAG)
                    .forEach(t -> tags.computeIfAbsent(t.group(), k -> new HashMap<>())
                            .put(t.name(), t.value()));
            return withTags(rows, tags);
        });
    }

    @Override
    public int count(SubscriptionId subscription, ReadableGroups readable, ResourceGroupFilter filter) {
        if (readable.none()) return 0;
        return db.withHandle(
                h -> selected(h, "SELECT COUNT(*) FROM resource_groups g", "", subscription, readable, filter)
                        .mapTo(Integer.class)
                        .one());
    }

    /**
     * The subscription's groups that {@code readable} admits and {@code filter} keeps: each
     * condition only when it selects something (no LIKE without a search, no tag look-up without a
     * tag), so that the plain list is a range of the primary key.
     */
    private static Query selected(
            Handle h,
            String select,
            String tail,
            SubscriptionId subscription,
            ReadableGroups readable,
            ResourceGroupFilter filter) {
        StringBuilder sql = new StringBuilder(select).append(" WHERE g.subscription_id = :subscription");
        if (!readable.all()) sql.append(" AND g.name_key = ANY(:names)");
        if (!filter.search().isEmpty()) sql.append(" AND g.name_key LIKE :search ESCAPE '!'");
        if (filter.tagName() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM resource_group_tags t WHERE t.subscription_id = g.subscription_id"
                    + " AND t.group_key = g.name_key AND LOWER(t.name) = :tagName");
            sql.append(filter.tagValue() != null ? " AND t.tag_value = :tagValue)" : ")");
        }
        Query q = h.createQuery(sql.append(tail).toString()).bind("subscription", subscription.value());
        if (!readable.all()) q.bindArray("names", String.class, List.copyOf(readable.names()));
        if (!filter.search().isEmpty()) q.bind("search", "%" + literal(filter.search()) + "%");
        if (filter.tagName() != null) q.bind("tagName", key(filter.tagName()));
        if (filter.tagValue() != null) q.bind("tagValue", filter.tagValue());
        return q;
    }

    private static final RowMapper<Row> ROW = (rs, ctx) -> new Row(
            subscription(rs, "subscription_id"),
            rs.getString("name"),
            rs.getString("name_key"),
            rs.getString("location"));

    private static final RowMapper<Tag> TAG =
            (rs, ctx) -> new Tag(rs.getString("group_key"), rs.getString("name"), rs.getString("tag_value"));

    private static List<ResourceGroup> withTags(List<Row> rows, Map<String, Map<String, String>> tags) {
        return rows.stream()
                .map(r -> new ResourceGroup(
                        r.subscription(), r.name(), r.location(), tags.getOrDefault(r.key(), Map.of())))
                .toList();
    }

    /** The subscription's groups (or the one with that key), with all their tags in a second query. */
    private List<ResourceGroup> load(SubscriptionId subscription, String groupKey) {
        String where = " WHERE subscription_id = :subscription" + (groupKey == null ? "" : " AND name_key = :key");
        String groupWhere =
                " WHERE subscription_id = :subscription" + (groupKey == null ? "" : " AND group_key = :key");
        return db.withHandle(h -> {
            List<Row> rows = h.createQuery("SELECT subscription_id, name, name_key, location FROM resource_groups"
                            + where + " ORDER BY seq")
                    .bind("subscription", subscription.value())
                    .bind("key", groupKey)
                    .map(ROW)
                    .list();
            if (rows.isEmpty()) return List.of();
            Map<String, Map<String, String>> tags = new HashMap<>();
            h.createQuery("SELECT group_key, name, tag_value FROM resource_group_tags" + groupWhere)
                    .bind("subscription", subscription.value())
                    .bind("key", groupKey)
                    .map(TAG)
                    .forEach(t -> tags.computeIfAbsent(t.group(), k -> new HashMap<>())
                            .put(t.name(), t.value()));
            return withTags(rows, tags);
        });
    }
}
