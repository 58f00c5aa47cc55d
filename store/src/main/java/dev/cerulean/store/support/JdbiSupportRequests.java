package dev.cerulean.store.support;

import static dev.cerulean.store.Columns.enumValue;
import static dev.cerulean.store.Columns.identity;
import static dev.cerulean.store.Columns.instant;
import static dev.cerulean.store.Columns.subscription;
import static dev.cerulean.store.Columns.uuid;
import static dev.cerulean.store.Columns.value;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.support.SupportRequest;
import dev.cerulean.core.support.SupportRequests;
import dev.cerulean.store.JdbiTransactions;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

public final class JdbiSupportRequests implements SupportRequests {
    private static final String REQUEST = "SELECT id, subject, description, severity, subscription_id, author, "
            + "author_name, status, created_at FROM support_requests";
    private static final RowMapper<SupportRequest> ROW = (rs, ctx) -> new SupportRequest(
            uuid(rs, "id"),
            rs.getString("subject"),
            rs.getString("description"),
            enumValue(rs, "severity", SupportRequest.Severity.class),
            subscription(rs, "subscription_id"),
            identity(rs, "author"),
            rs.getString("author_name"),
            enumValue(rs, "status", SupportRequest.Status.class),
            instant(rs, "created_at"));

    private final JdbiTransactions db;

    public JdbiSupportRequests(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(SupportRequest r) {
        db.useHandle(h -> bindFields(
                        h.createUpdate("INSERT INTO support_requests (id, subject, description, severity, "
                                + "subscription_id, author, author_name, status, created_at) VALUES (:id, :subject, :description, "
                                + ":severity, :subscription, :author, :authorName, :status, :at)"),
                        r)
                .execute());
    }

    @Override
    public void update(SupportRequest r) {
        db.useHandle(h -> bindFields(
                        h.createUpdate("UPDATE support_requests SET subject = :subject, "
                                + "description = :description, severity = :severity, subscription_id = :subscription, author = :author, "
                                + "author_name = :authorName, status = :status, created_at = :at WHERE id = :id"),
                        r)
                .execute());
    }

    private static <S extends SqlStatement<S>> S bindFields(S statement, SupportRequest r) {
        return statement
                .bind("id", r.id())
                .bind("subject", r.subject())
                .bind("description", r.description())
                .bind("severity", r.severity().name())
                .bind("subscription", value(r.subscription()))
                .bind("author", identity(r.author()))
                .bind("authorName", r.authorName())
                .bind("status", r.status().name())
                .bind("at", r.createdAt());
    }

    @Override
    public Optional<SupportRequest> byId(UUID id) {
        return db.withHandle(h -> h.createQuery(REQUEST + " WHERE id = :id")
                .bind("id", id)
                .map(ROW)
                .findOne());
    }

    @Override
    public List<SupportRequest> byAuthor(Identity author, int offset, int limit) {
        return db.withHandle(h -> h.createQuery(REQUEST + " WHERE author = :author ORDER BY created_at DESC, id"
                        + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .bind("author", identity(author))
                .bind("offset", offset)
                .bind("limit", limit)
                .map(ROW)
                .list());
    }

    @Override
    public int countByAuthor(Identity author) {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM support_requests WHERE author = :author")
                .bind("author", identity(author))
                .mapTo(Integer.class)
                .one());
    }
}
