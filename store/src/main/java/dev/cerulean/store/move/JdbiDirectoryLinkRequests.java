package dev.cerulean.store.move;

import static dev.cerulean.store.Columns.instant;
import static dev.cerulean.store.Columns.uuid;

import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.move.DirectoryLinkRequest;
import dev.cerulean.core.move.DirectoryLinkRequests;
import dev.cerulean.store.JdbiTransactions;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

public final class JdbiDirectoryLinkRequests implements DirectoryLinkRequests {
    private static final String REQUEST = "SELECT id, requester, requested_at, expires_at FROM directory_link_requests";
    private static final RowMapper<DirectoryLinkRequest> ROW = (rs, ctx) -> new DirectoryLinkRequest(
            uuid(rs, "id"),
            new MicrosoftAccountId(uuid(rs, "requester")),
            instant(rs, "requested_at"),
            instant(rs, "expires_at"));

    private final JdbiTransactions db;

    public JdbiDirectoryLinkRequests(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(DirectoryLinkRequest r) {
        db.useHandle(
                h -> h.createUpdate("INSERT INTO directory_link_requests (id, requester, requested_at, expires_at) "
                                + "VALUES (:id, :requester, :requestedAt, :expiresAt)")
                        .bind("id", r.id())
                        .bind("requester", r.requester().value())
                        .bind("requestedAt", r.requestedAt())
                        .bind("expiresAt", r.expiresAt())
                        .execute());
    }

    @Override
    public Optional<DirectoryLinkRequest> byId(UUID id) {
        return db.withHandle(h -> h.createQuery(REQUEST + " WHERE id = :id")
                .bind("id", id)
                .map(ROW)
                .findOne());
    }

    @Override
    public Optional<DirectoryLinkRequest> latestOf(MicrosoftAccountId requester) {
        return db.withHandle(h -> h.createQuery(REQUEST + " WHERE requester = :requester "
                        + "ORDER BY requested_at DESC, id FETCH FIRST 1 ROWS ONLY")
                .bind("requester", requester.value())
                .map(ROW)
                .findOne());
    }

    @Override
    public void remove(UUID id) {
        db.useHandle(h -> h.createUpdate("DELETE FROM directory_link_requests WHERE id = :id")
                .bind("id", id)
                .execute());
    }
}
