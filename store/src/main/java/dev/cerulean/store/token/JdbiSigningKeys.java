package dev.cerulean.store.token;

import static dev.cerulean.store.Columns.directory;
import static dev.cerulean.store.Columns.instant;
import static dev.cerulean.store.Columns.value;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.token.SigningKey;
import dev.cerulean.core.token.SigningKeys;
import dev.cerulean.store.JdbiTransactions;
import dev.cerulean.store.secret.KeyEncryption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

public final class JdbiSigningKeys implements SigningKeys {
    private final JdbiTransactions db;
    private final KeyEncryption encryption;
    /** Private keys are sealed with {@code encryption} when written and opened when read. */
    public JdbiSigningKeys(JdbiTransactions db, KeyEncryption encryption) {
        this.db = db;
        this.encryption = encryption;
    }

    private SigningKey row(ResultSet rs, StatementContext ctx) throws SQLException {
        return new SigningKey(
                rs.getString("key_id"),
                directory(rs, "directory_id"),
                rs.getString("public_jwk"),
                encryption.open(rs.getString("key_id"), rs.getString("private_jwk")),
                instant(rs, "created_at"),
                instant(rs, "not_after"),
                instant(rs, "retired_at"));
    }

    /** Re-seals every private key (opened with this store's key) with {@code next}; how many. */
    public int resealWith(KeyEncryption next) {
        List<SigningKey> keys = all();
        db.useHandle(h -> {
            for (SigningKey k : keys) {
                h.createUpdate("UPDATE signing_keys SET private_jwk = :sealed WHERE key_id = :id")
                        .bind("sealed", next.seal(k.keyId(), k.privateJwk()))
                        .bind("id", k.keyId())
                        .execute();
            }
        });
        return keys.size();
    }

    @Override
    public void add(SigningKey k) {
        db.useHandle(h -> h.createUpdate("INSERT INTO signing_keys (key_id, directory_id, public_jwk, private_jwk, "
                        + "created_at, not_after, retired_at) VALUES (:id, :directory, :public, :private, :created, "
                        + ":notAfter, :retired)")
                .bind("id", k.keyId())
                .bind("directory", value(k.directory()))
                .bind("public", k.publicJwk())
                .bind("private", encryption.seal(k.keyId(), k.privateJwk()))
                .bind("created", k.createdAt())
                .bind("notAfter", k.notAfter())
                .bind("retired", k.retiredAt())
                .execute());
    }

    @Override
    public Optional<SigningKey> byKeyId(String keyId) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM signing_keys WHERE key_id = :id")
                .bind("id", keyId)
                .map(this::row)
                .findOne());
    }

    @Override
    public List<SigningKey> ofDirectory(DirectoryId directory) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM signing_keys WHERE directory_id = :directory " + "ORDER BY created_at, key_id")
                .bind("directory", value(directory))
                .map(this::row)
                .list());
    }

    @Override
    public List<SigningKey> all() {
        return db.withHandle(h -> h.createQuery("SELECT * FROM signing_keys ORDER BY created_at, key_id")
                .map(this::row)
                .list());
    }

    @Override
    public void retire(String keyId, Instant at) {
        db.useHandle(h -> h.createUpdate(
                        "UPDATE signing_keys SET retired_at = :at WHERE key_id = :id " + "AND retired_at IS NULL")
                .bind("at", at)
                .bind("id", keyId)
                .execute());
    }

    @Override
    public int removeStoppedBefore(Instant before) {
        return db.withHandle(
                h -> h.createUpdate("DELETE FROM signing_keys WHERE not_after < :before " + "OR retired_at < :before")
                        .bind("before", before)
                        .execute());
    }
}
