package dev.cerulean.store.move;

import static dev.cerulean.store.Columns.directory;
import static dev.cerulean.store.Columns.enumValue;
import static dev.cerulean.store.Columns.identity;
import static dev.cerulean.store.Columns.instant;
import static dev.cerulean.store.Columns.name;
import static dev.cerulean.store.Columns.object;
import static dev.cerulean.store.Columns.subscription;
import static dev.cerulean.store.Columns.value;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.move.ChangeTenantRequest;
import dev.cerulean.core.move.ChangeTenantRequests;
import dev.cerulean.store.JdbiTransactions;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

public final class JdbiChangeTenantRequests implements ChangeTenantRequests {
    private static final RowMapper<ChangeTenantRequest> ROW = (rs, ctx) -> {
        long version = rs.getLong("expected_version");
        Long expected = rs.wasNull() ? null : version;
        Caller requester = new Caller(
                identity(rs, "person"),
                directory(rs, "directory_id"),
                object(rs, "principal_id"),
                Email.parse(rs.getString("email")).orElse(null));
        return new ChangeTenantRequest(
                subscription(rs, "subscription_id"),
                directory(rs, "destination_id"),
                rs.getString("destination_owner"),
                requester,
                instant(rs, "requested_at"),
                expected,
                enumValue(rs, "status", ChangeTenantRequest.Status.class),
                instant(rs, "completed_at"));
    };

    private final JdbiTransactions db;

    public JdbiChangeTenantRequests(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void save(ChangeTenantRequest r) {
        // delete and insert in one transaction: the same SQL on H2 and PostgreSQL, where an upsert is not
        db.inTransaction(() -> {
            db.useHandle(h -> {
                h.createUpdate("DELETE FROM change_tenant_requests WHERE subscription_id = :subscription")
                        .bind("subscription", value(r.subscription()))
                        .execute();
                Caller c = r.requester();
                h.createUpdate(
                                "INSERT INTO change_tenant_requests (subscription_id, destination_id, destination_owner, "
                                        + "person, directory_id, principal_id, email, requested_at, expected_version, status, "
                                        + "completed_at) VALUES (:subscription, :destination, :owner, :person, :directory, "
                                        + ":principal, :email, :requestedAt, :expected, :status, :completedAt)")
                        .bind("subscription", value(r.subscription()))
                        .bind("destination", value(r.destination()))
                        .bind("owner", r.destinationOwner())
                        .bind("person", identity(c.identity()))
                        .bind("directory", value(c.directory()))
                        .bind("principal", value(c.principal()))
                        .bind("email", c.email() == null ? null : c.email().value())
                        .bind("requestedAt", r.requestedAt())
                        .bind("expected", r.expectedVersion())
                        .bind("status", name(r.status()))
                        .bind("completedAt", r.completedAt())
                        .execute();
            });
            return null;
        });
    }

    @Override
    public Optional<ChangeTenantRequest> of(SubscriptionId subscription) {
        return db.withHandle(
                h -> h.createQuery("SELECT * FROM change_tenant_requests WHERE subscription_id = :subscription")
                        .bind("subscription", value(subscription))
                        .map(ROW)
                        .findOne());
    }
}
