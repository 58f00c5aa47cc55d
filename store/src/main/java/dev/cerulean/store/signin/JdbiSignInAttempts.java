package dev.cerulean.store.signin;

import static dev.cerulean.store.Columns.instant;

import dev.cerulean.core.signin.SignInAttempts;
import dev.cerulean.store.JdbiTransactions;
import java.time.Instant;

public final class JdbiSignInAttempts implements SignInAttempts {
    private final JdbiTransactions db;

    public JdbiSignInAttempts(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public Failures failures(String key) {
        return db.withHandle(h -> h.createQuery("SELECT failures, last_failure FROM sign_in_failures "
                        + "WHERE throttle_key = :key").bind("key", key)
                .map((rs, ctx) -> new Failures(rs.getInt("failures"), instant(rs, "last_failure")))
                .findOne().orElse(Failures.NONE));
    }

    @Override
    public void recordFailure(String key, Instant at) {
        db.useHandle(h -> {
            int updated = h.createUpdate("UPDATE sign_in_failures SET failures = failures + 1, last_failure = :at "
                    + "WHERE throttle_key = :key").bind("at", at).bind("key", key).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO sign_in_failures (throttle_key, failures, last_failure) "
                        + "VALUES (:key, 1, :at)").bind("key", key).bind("at", at).execute();
            }
        });
    }

    @Override
    public void clear(String key) {
        db.useHandle(h -> h.createUpdate("DELETE FROM sign_in_failures WHERE throttle_key = :key").bind("key", key)
                .execute());
    }
}
