package dev.cerulean.store.token;

import static dev.cerulean.store.Columns.instant;
import static dev.cerulean.store.Columns.lines;
import static dev.cerulean.store.Columns.uuid;

import dev.cerulean.core.token.RefreshToken;
import dev.cerulean.core.token.RefreshTokens;
import dev.cerulean.store.JdbiTransactions;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

public final class JdbiRefreshTokens implements RefreshTokens {
    private static final RowMapper<RefreshToken> ROW = (rs, ctx) -> new RefreshToken(
            rs.getString("token_hash"),
            CallerColumns.read(rs),
            uuid(rs, "client_id"),
            lines(rs, "scopes"),
            instant(rs, "issued_at"),
            instant(rs, "expires_at"),
            instant(rs, "revoked_at"),
            rs.getString("family"));

    private final JdbiTransactions db;

    public JdbiRefreshTokens(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(RefreshToken t) {
        db.useHandle(h -> CallerColumns.bind(
                        h.createUpdate("INSERT INTO refresh_tokens (token_hash, person, "
                                + "directory_id, principal_id, email, client_id, scopes, issued_at, expires_at, revoked_at, family) "
                                + "VALUES (:hash, :person, :directory, :principal, :email, :client, :scopes, :issued, :expires, "
                                + ":revoked, :family)"),
                        t.caller())
                .bind("hash", t.hash())
                .bind("client", t.clientId())
                .bind("scopes", lines(t.scopes()))
                .bind("issued", t.issuedAt())
                .bind("expires", t.expiresAt())
                .bind("revoked", t.revokedAt())
                .bind("family", t.family())
                .execute());
    }

    @Override
    public Optional<RefreshToken> byHash(String hash) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM refresh_tokens WHERE token_hash = :hash")
                .bind("hash", hash)
                .map(ROW)
                .findOne());
    }

    @Override
    public boolean revoke(String hash, Instant at) {
        // one conditional UPDATE: of two concurrent redemptions, only one sees a row change
        return db.withHandle(h -> h.createUpdate("UPDATE refresh_tokens SET revoked_at = :at WHERE token_hash = :hash "
                                + "AND revoked_at IS NULL")
                        .bind("at", at)
                        .bind("hash", hash)
                        .execute())
                == 1;
    }

    @Override
    public int revokeFamily(String family, Instant at) {
        return db.withHandle(h -> h.createUpdate(
                        "UPDATE refresh_tokens SET revoked_at = :at WHERE family = :family " + "AND revoked_at IS NULL")
                .bind("at", at)
                .bind("family", family)
                .execute());
    }

    @Override
    public int removeExpired(Instant now) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM refresh_tokens WHERE expires_at <= :now")
                .bind("now", now)
                .execute());
    }
}
