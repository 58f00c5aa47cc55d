package dev.cerulean.store.signin;

import static dev.cerulean.store.Columns.instant;

import dev.cerulean.core.signin.SignInAttempts;
import dev.cerulean.store.JdbiTransactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

public final class JdbiSignInAttempts implements SignInAttempts {
    private static final String SELECT = "SELECT failures, window_start, last_failure, lockouts, locked_until "
            + "FROM sign_in_failures WHERE throttle_key = :key";

    private final JdbiTransactions db;

    public JdbiSignInAttempts(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public Failures failures(String key) {
        return db.withHandle(h -> read(h, key));
    }

    /** One statement decides whether the window restarts, so concurrent failures (the first ones too) are all counted. */
    @Override
    public Failures recordFailure(String key, Instant at, Duration window) {
        return db.withHandle(h -> {
            // the row first, with nothing counted (ON CONFLICT DO NOTHING: H2 understands it in PostgreSQL
            // mode), so that concurrent first failures of a key never collide on its primary key
            h.createUpdate(
                            "INSERT INTO sign_in_failures (throttle_key, failures, window_start, last_failure, lockouts) "
                                    + "VALUES (:key, 0, :at, :at, 0) ON CONFLICT DO NOTHING")
                    .bind("key", key)
                    .bind("at", at)
                    .execute();
            h.createUpdate("UPDATE sign_in_failures SET "
                            + "failures = CASE WHEN window_start < :cutoff OR failures = 0 THEN 1 ELSE failures + 1 END, "
                            + "window_start = CASE WHEN window_start < :cutoff OR failures = 0 THEN :at ELSE window_start END, "
                            + "last_failure = :at WHERE throttle_key = :key")
                    .bind("cutoff", at.minus(window))
                    .bind("at", at)
                    .bind("key", key)
                    .execute();
            return read(h, key);
        });
    }

    @Override
    public void lock(String key, Instant until, int lockouts) {
        db.useHandle(h -> h.createUpdate("UPDATE sign_in_failures SET failures = 0, window_start = last_failure, "
                        + "lockouts = :lockouts, locked_until = :until WHERE throttle_key = :key")
                .bind("lockouts", lockouts)
                .bind("until", until)
                .bind("key", key)
                .execute());
    }

    @Override
    public void clear(String key) {
        db.useHandle(h -> h.createUpdate("DELETE FROM sign_in_failures WHERE throttle_key = :key")
                .bind("key", key)
                .execute());
    }

    @Override
    public int forgetIdleSince(Instant before) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM sign_in_failures WHERE last_failure < :before "
                        + "AND (locked_until IS NULL OR locked_until <= :before)")
                .bind("before", before)
                .execute());
    }

    @Override
    public boolean isFamiliarDevice(String device, String nameKey) {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM familiar_devices WHERE device_hash = :device "
                                + "AND name_key = :name")
                        .bind("device", device)
                        .bind("name", nameKey)
                        .mapTo(Integer.class)
                        .one()
                > 0);
    }

    @Override
    public void rememberDevice(String device, String nameKey, Instant at) {
        db.useHandle(h -> {
            int updated = h.createUpdate("UPDATE familiar_devices SET remembered_at = :at WHERE device_hash = :device "
                            + "AND name_key = :name")
                    .bind("at", at)
                    .bind("device", device)
                    .bind("name", nameKey)
                    .execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO familiar_devices (device_hash, name_key, remembered_at) "
                                + "VALUES (:device, :name, :at) ON CONFLICT DO NOTHING")
                        .bind("device", device)
                        .bind("name", nameKey)
                        .bind("at", at)
                        .execute();
            }
        });
    }

    private static Failures read(Handle h, String key) {
        return h.createQuery(SELECT)
                .bind("key", key)
                .map((rs, ctx) -> row(rs))
                .findOne()
                .orElse(Failures.NONE);
    }

    private static Failures row(ResultSet rs) throws SQLException {
        Instant lockedUntil = rs.getTimestamp("locked_until") == null ? Instant.EPOCH : instant(rs, "locked_until");
        return new Failures(
                rs.getInt("failures"),
                instant(rs, "window_start"),
                instant(rs, "last_failure"),
                rs.getInt("lockouts"),
                lockedUntil);
    }
}
