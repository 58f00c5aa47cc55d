package dev.cerulean.store.subscription;

import static dev.cerulean.store.Columns.key;
import static dev.cerulean.store.Columns.subscription;

import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.ResourceGroup;
import dev.cerulean.core.subscription.ResourceGroups;
import dev.cerulean.store.JdbiTransactions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

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
                    .map((rs, ctx) -> new Row(
                            subscription(rs, "subscription_id"),
                            rs.getString("name"),
                            rs.getString("name_key"),
                            rs.getString("location")))
                    .list();
            if (rows.isEmpty()) return List.of();
            Map<String, Map<String, String>> tags = new HashMap<>();
            h.createQuery("SELECT group_key, name, tag_value FROM resource_group_tags" + groupWhere)
                    .bind("subscription", subscription.value())
                    .bind("key", groupKey)
                    .map((rs, ctx) ->
                            new Tag(rs.getString("group_key"), rs.getString("name"), rs.getString("tag_value")))
                    .forEach(t -> tags.computeIfAbsent(t.group(), k -> new HashMap<>())
                            .put(t.name(), t.value()));
            return rows.stream()
                    .map(r -> new ResourceGroup(
                            r.subscription(), r.name(), r.location(), tags.getOrDefault(r.key(), Map.of())))
                    .toList();
        });
    }
}
