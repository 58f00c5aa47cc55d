package dev.cerulean.store.token;

import static dev.cerulean.store.Columns.directory;
import static dev.cerulean.store.Columns.instant;
import static dev.cerulean.store.Columns.value;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.token.SigningKey;
import dev.cerulean.core.token.SigningKeys;
import dev.cerulean.store.JdbiTransactions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

public final class JdbiSigningKeys implements SigningKeys {
    private static final RowMapper<SigningKey> ROW = (rs, ctx) -> new SigningKey(rs.getString("key_id"),
            directory(rs, "directory_id"), rs.getString("public_jwk"), rs.getString("private_jwk"),
            instant(rs, "created_at"), instant(rs, "not_after"), instant(rs, "retired_at"));

    private final JdbiTransactions db;

    public JdbiSigningKeys(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(SigningKey k) {
        db.useHandle(h -> h.createUpdate("INSERT INTO signing_keys (key_id, directory_id, public_jwk, private_jwk, "
                        + "created_at, not_after, retired_at) VALUES (:id, :directory, :public, :private, :created, "
                        + ":notAfter, :retired)")
                .bind("id", k.keyId()).bind("directory", value(k.directory())).bind("public", k.publicJwk())
                .bind("private", k.privateJwk()).bind("created", k.createdAt()).bind("notAfter", k.notAfter())
                .bind("retired", k.retiredAt()).execute());
    }

    @Override
    public Optional<SigningKey> byKeyId(String keyId) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM signing_keys WHERE key_id = :id").bind("id", keyId)
                .map(ROW).findOne());
    }

    @Override
    public List<SigningKey> ofDirectory(DirectoryId directory) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM signing_keys WHERE directory_id = :directory "
                        + "ORDER BY created_at, key_id").bind("directory", value(directory)).map(ROW).list());
    }

    @Override
    public List<SigningKey> all() {
        return db.withHandle(h -> h.createQuery("SELECT * FROM signing_keys ORDER BY created_at, key_id").map(ROW)
                .list());
    }

    @Override
    public void retire(String keyId, Instant at) {
        db.useHandle(h -> h.createUpdate("UPDATE signing_keys SET retired_at = :at WHERE key_id = :id "
                + "AND retired_at IS NULL").bind("at", at).bind("id", keyId).execute());
    }

    @Override
    public int removeStoppedBefore(Instant before) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM signing_keys WHERE not_after < :before "
                + "OR retired_at < :before").bind("before", before).execute());
    }
}
