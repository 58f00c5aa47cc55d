package dev.cerulean.store.token;

import static dev.cerulean.store.Columns.enumValue;
import static dev.cerulean.store.Columns.instant;
import static dev.cerulean.store.Columns.lines;
import static dev.cerulean.store.Columns.uuid;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.token.DeviceCode;
import dev.cerulean.core.token.DeviceCodes;
import dev.cerulean.store.JdbiTransactions;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

public final class JdbiDeviceCodes implements DeviceCodes {
    private static final RowMapper<DeviceCode> ROW = (rs, ctx) -> new DeviceCode(
            rs.getString("device_code_hash"),
            rs.getString("user_code"),
            uuid(rs, "client_id"),
            rs.getString("tenant"),
            lines(rs, "scopes"),
            instant(rs, "created_at"),
            instant(rs, "expires_at"),
            rs.getInt("interval_seconds"),
            enumValue(rs, "state", DeviceCode.State.class),
            CallerColumns.read(rs));

    private final JdbiTransactions db;

    public JdbiDeviceCodes(JdbiTransactions db) {
        this.db = db;
    }

    private static String upper(String userCode) {
        return userCode == null ? null : userCode.toUpperCase(Locale.ROOT);
    }

    @Override
    public void add(DeviceCode c) {
        db.useHandle(h -> CallerColumns.bind(
                        h.createUpdate("INSERT INTO device_codes (device_code_hash, user_code, "
                                + "client_id, tenant, scopes, created_at, expires_at, interval_seconds, state, person, "
                                + "directory_id, principal_id, email) VALUES (:hash, :user, :client, :tenant, :scopes, :created, "
                                + ":expires, :interval, :state, :person, :directory, :principal, :email)"),
                        c.approvedBy())
                .bind("hash", c.hash())
                .bind("user", upper(c.userCode()))
                .bind("client", c.clientId())
                .bind("tenant", c.tenant())
                .bind("scopes", lines(c.scopes()))
                .bind("created", c.createdAt())
                .bind("expires", c.expiresAt())
                .bind("interval", c.intervalSeconds())
                .bind("state", c.state().name())
                .execute());
    }

    @Override
    public Optional<DeviceCode> byHash(String hash) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM device_codes WHERE device_code_hash = :hash")
                .bind("hash", hash)
                .map(ROW)
                .findOne());
    }

    @Override
    public Optional<DeviceCode> byUserCode(String userCode) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM device_codes WHERE user_code = :user")
                .bind("user", upper(userCode))
                .map(ROW)
                .findOne());
    }

    @Override
    public boolean decide(String userCode, DeviceCode.State decision, Caller caller) {
        return db.withHandle(h -> CallerColumns.bind(
                                h.createUpdate("UPDATE device_codes SET state = :state, "
                                        + "person = :person, directory_id = :directory, principal_id = :principal, email = :email "
                                        + "WHERE user_code = :user AND state = 'Pending'"),
                                caller)
                        .bind("state", decision.name())
                        .bind("user", upper(userCode))
                        .execute())
                == 1;
    }

    @Override
    public Optional<Instant> polled(String hash, Instant at) {
        return db.inTransaction(() -> db.withHandle(h -> {
            // the row lock orders concurrent polls: each sees the one before it
            Optional<Optional<Instant>> before = h.createQuery(
                            "SELECT last_polled_at FROM device_codes " + "WHERE device_code_hash = :hash FOR UPDATE")
                    .bind("hash", hash)
                    .map((rs, ctx) -> Optional.ofNullable(rs.getTimestamp("last_polled_at"))
                            .map(t -> t.toInstant()))
                    .findOne();
            if (before.isEmpty()) return Optional.<Instant>empty();
            h.createUpdate("UPDATE device_codes SET last_polled_at = :at WHERE device_code_hash = :hash")
                    .bind("at", at)
                    .bind("hash", hash)
                    .execute();
            return before.get();
        }));
    }

    @Override
    public Optional<DeviceCode> take(String hash) {
        return db.inTransaction(() -> db.withHandle(h -> {
            Optional<DeviceCode> found = h.createQuery("SELECT * FROM device_codes WHERE device_code_hash = :hash")
                    .bind("hash", hash)
                    .map(ROW)
                    .findOne();
            if (found.isEmpty()) return found;
            int removed = h.createUpdate("DELETE FROM device_codes WHERE device_code_hash = :hash")
                    .bind("hash", hash)
                    .execute();
            return removed == 1 ? found : Optional.<DeviceCode>empty();
        }));
    }

    @Override
    public int removeExpired(Instant now) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM device_codes WHERE expires_at <= :now")
                .bind("now", now)
                .execute());
    }
}
