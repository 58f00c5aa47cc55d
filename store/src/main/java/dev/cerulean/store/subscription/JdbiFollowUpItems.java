package dev.cerulean.store.subscription;

import static dev.cerulean.store.Columns.directory;
import static dev.cerulean.store.Columns.enumValue;
import static dev.cerulean.store.Columns.instant;
import static dev.cerulean.store.Columns.subscription;
import static dev.cerulean.store.Columns.value;

import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.FollowUpItem;
import dev.cerulean.core.subscription.FollowUpItems;
import dev.cerulean.store.JdbiTransactions;
import java.util.List;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

public final class JdbiFollowUpItems implements FollowUpItems {
    private static final String INSERT = "INSERT INTO follow_up_items (subscription_id, kind, target, from_directory, "
            + "to_directory, created_at) VALUES (:subscription, :kind, :target, :from, :to, :at)";

    private final JdbiTransactions db;

    public JdbiFollowUpItems(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(FollowUpItem item) {
        db.useHandle(h -> bindFields(h.createUpdate(INSERT), item).execute());
    }

    /** One JDBC batch: the items keep their order (and so their seq). */
    @Override
    public void addAll(List<FollowUpItem> items) {
        if (items.isEmpty()) return;
        db.useHandle(h -> {
            PreparedBatch batch = h.prepareBatch(INSERT);
            for (FollowUpItem item : items) bindFields(batch, item).add();
            batch.execute();
        });
    }

    private static <S extends SqlStatement<S>> S bindFields(S statement, FollowUpItem item) {
        return statement
                .bind("subscription", item.subscription().value())
                .bind("kind", item.kind().name())
                .bind("target", item.target())
                .bind("from", value(item.fromDirectory()))
                .bind("to", value(item.toDirectory()))
                .bind("at", item.createdAt());
    }

    @Override
    public List<FollowUpItem> of(SubscriptionId subscription) {
        return db.withHandle(h -> h.createQuery("SELECT subscription_id, kind, target, from_directory, to_directory, "
                        + "created_at FROM follow_up_items WHERE subscription_id = :subscription ORDER BY seq")
                .bind("subscription", subscription.value())
                .map((rs, ctx) -> new FollowUpItem(
                        subscription(rs, "subscription_id"),
                        enumValue(rs, "kind", FollowUpItem.Kind.class),
                        rs.getString("target"),
                        directory(rs, "from_directory"),
                        directory(rs, "to_directory"),
                        instant(rs, "created_at")))
                .list());
    }
}
