package dev.cerulean.store.activity;

import static dev.cerulean.store.Columns.directory;
import static dev.cerulean.store.Columns.enumValue;
import static dev.cerulean.store.Columns.instant;
import static dev.cerulean.store.Columns.subscription;
import static dev.cerulean.store.Columns.uuid;
import static dev.cerulean.store.Columns.value;

import dev.cerulean.core.activity.ActivityLog;
import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.store.JdbiTransactions;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/** The activity log: append-only, listed newest first (by insertion order, not by clock). */
public final class JdbiActivityLog implements ActivityLog {
    private static final String ENTRY = "SELECT id, occurred_at, caller, operation, target, status, correlation_id, "
            + "message, subscription_id, directory_id FROM activity_log";
    private static final String INSERT = "INSERT INTO activity_log (id, occurred_at, caller, operation, target, "
            + "status, correlation_id, message, subscription_id, directory_id) VALUES (:id, :at, :caller, :operation, "
            + ":target, :status, :correlation, :message, :subscription, :directory)";
    private static final String NEWEST_FIRST = " ORDER BY seq DESC";
    private static final RowMapper<ActivityLogEntry> ROW = (rs, ctx) -> new ActivityLogEntry(
            uuid(rs, "id"),
            instant(rs, "occurred_at"),
            rs.getString("caller"),
            rs.getString("operation"),
            rs.getString("target"),
            enumValue(rs, "status", ActivityLogEntry.Status.class),
            rs.getString("correlation_id"),
            rs.getString("message"),
            subscription(rs, "subscription_id"),
            directory(rs, "directory_id"));

    private final JdbiTransactions db;

    public JdbiActivityLog(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void append(ActivityLogEntry e) {
        db.useHandle(h -> bindFields(h.createUpdate(INSERT), e).execute());
    }

    /** One JDBC batch: the entries keep their order (and so their seq). */
    @Override
    public void appendAll(List<ActivityLogEntry> entries) {
        if (entries.isEmpty()) return;
        db.useHandle(h -> {
            PreparedBatch batch = h.prepareBatch(INSERT);
            for (ActivityLogEntry e : entries) bindFields(batch, e).add();
            batch.execute();
        });
    }

    private static <S extends SqlStatement<S>> S bindFields(S statement, ActivityLogEntry e) {
        return statement
                .bind("id", e.id())
                .bind("at", e.at())
                .bind("caller", e.caller())
                .bind("operation", e.operation())
                .bind("target", e.target())
                .bind("status", e.status().name())
                .bind("correlation", e.correlationId())
                .bind("message", e.message())
                .bind("subscription", value(e.subscription()))
                .bind("directory", value(e.directory()));
    }

    @Override
    public List<ActivityLogEntry> ofSubscription(SubscriptionId subscription) {
        return db.withHandle(h -> h.createQuery(ENTRY + " WHERE subscription_id = :subscription" + NEWEST_FIRST)
                .bind("subscription", subscription.value())
                .map(ROW)
                .list());
    }

    @Override
    public List<ActivityLogEntry> ofSubscription(SubscriptionId subscription, int offset, int limit) {
        return db.withHandle(h -> h.createQuery(ENTRY + " WHERE subscription_id = :subscription" + NEWEST_FIRST
                        + " LIMIT :limit OFFSET :offset")
                .bind("subscription", subscription.value())
                .bind("limit", limit)
                .bind("offset", offset)
                .map(ROW)
                .list());
    }

    @Override
    public int countOfSubscription(SubscriptionId subscription) {
        return db.withHandle(
                h -> h.createQuery("SELECT COUNT(*) FROM activity_log WHERE subscription_id = :subscription")
                        .bind("subscription", subscription.value())
                        .mapTo(Integer.class)
                        .one());
    }

    @Override
    public List<ActivityLogEntry> ofDirectory(DirectoryId directory) {
        return db.withHandle(h -> h.createQuery(ENTRY + " WHERE directory_id = :directory" + NEWEST_FIRST)
                .bind("directory", directory.value())
                .map(ROW)
                .list());
    }

    @Override
    public List<ActivityLogEntry> ofDirectory(DirectoryId directory, int limit) {
        return db.withHandle(h -> h.createQuery(
                        ENTRY + " WHERE directory_id = :directory" + NEWEST_FIRST + " FETCH FIRST :limit ROWS ONLY")
                .bind("directory", directory.value())
                .bind("limit", limit)
                .map(ROW)
                .list());
    }

    @Override
    public List<ActivityLogEntry> all() {
        return db.withHandle(h -> h.createQuery(ENTRY + NEWEST_FIRST).map(ROW).list());
    }
}
