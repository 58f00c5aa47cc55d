package dev.cerulean.store.signin;

import static dev.cerulean.store.Columns.directory;
import static dev.cerulean.store.Columns.identity;
import static dev.cerulean.store.Columns.instant;
import static dev.cerulean.store.Columns.object;
import static dev.cerulean.store.Columns.value;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.signin.Session;
import dev.cerulean.core.signin.Sessions;
import dev.cerulean.store.JdbiTransactions;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

public final class JdbiSessions implements Sessions {
    private static final RowMapper<Session> ROW = (rs, ctx) -> new Session(
            rs.getString("id"),
            new Caller(
                    identity(rs, "person"),
                    directory(rs, "directory_id"),
                    object(rs, "principal_id"),
                    Email.parse(rs.getString("email")).orElse(null)),
            instant(rs, "created_at"),
            instant(rs, "last_seen_at"),
            instant(rs, "expires_at"));

    private final JdbiTransactions db;

    public JdbiSessions(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(Session s) {
        Caller c = s.caller();
        db.useHandle(h -> h.createUpdate("INSERT INTO sessions (id, person, directory_id, principal_id, email, "
                        + "created_at, last_seen_at, expires_at) VALUES (:id, :person, :directory, :principal, :email, "
                        + ":created, :seen, :expires)")
                .bind("id", s.id())
                .bind("person", identity(c.identity()))
                .bind("directory", value(c.directory()))
                .bind("principal", value(c.principal()))
                .bind("email", c.email() == null ? null : c.email().value())
                .bind("created", s.createdAt())
                .bind("seen", s.lastSeenAt())
                .bind("expires", s.expiresAt())
                .execute());
    }

    @Override
    public Optional<Session> byId(String id) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM sessions WHERE id = :id")
                .bind("id", id)
                .map(ROW)
                .findOne());
    }

    @Override
    public void touch(String id, Instant lastSeenAt) {
        db.useHandle(h -> h.createUpdate("UPDATE sessions SET last_seen_at = :seen WHERE id = :id")
                .bind("seen", lastSeenAt)
                .bind("id", id)
                .execute());
    }

    @Override
    public void remove(String id) {
        db.useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE id = :id")
                .bind("id", id)
                .execute());
    }

    @Override
    public int removeExpired(Instant now) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM sessions WHERE expires_at <= :now")
                .bind("now", now)
                .execute());
    }
}
