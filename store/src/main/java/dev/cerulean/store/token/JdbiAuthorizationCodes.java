package dev.cerulean.store.token;

import static dev.cerulean.store.Columns.instant;
import static dev.cerulean.store.Columns.lines;
import static dev.cerulean.store.Columns.uuid;

import dev.cerulean.core.token.AuthorizationCode;
import dev.cerulean.core.token.AuthorizationCodes;
import dev.cerulean.store.JdbiTransactions;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

public final class JdbiAuthorizationCodes implements AuthorizationCodes {
    private static final RowMapper<AuthorizationCode> ROW = (rs, ctx) -> new AuthorizationCode(
            rs.getString("code_hash"),
            CallerColumns.read(rs),
            uuid(rs, "client_id"),
            rs.getString("redirect_uri"),
            rs.getString("code_challenge"),
            rs.getString("nonce"),
            lines(rs, "scopes"),
            instant(rs, "expires_at"));

    private final JdbiTransactions db;

    public JdbiAuthorizationCodes(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(AuthorizationCode c) {
        db.useHandle(h -> CallerColumns.bind(
                        h.createUpdate("INSERT INTO authorization_codes (code_hash, person, "
                                + "directory_id, principal_id, email, client_id, redirect_uri, code_challenge, nonce, scopes, "
                                + "expires_at) VALUES (:hash, :person, :directory, :principal, :email, :client, :redirect, "
                                + ":challenge, :nonce, :scopes, :expires)"),
                        c.caller())
                .bind("hash", c.hash())
                .bind("client", c.clientId())
                .bind("redirect", c.redirectUri())
                .bind("challenge", c.codeChallenge())
                .bind("nonce", c.nonce())
                .bind("scopes", lines(c.scopes()))
                .bind("expires", c.expiresAt())
                .execute());
    }

    @Override
    public Optional<AuthorizationCode> take(String hash) {
        // read, then delete: only the caller whose DELETE removed the row gets the code
        return db.inTransaction(() -> db.withHandle(h -> {
            Optional<AuthorizationCode> found = h.createQuery(
                            "SELECT * FROM authorization_codes WHERE code_hash = :hash")
                    .bind("hash", hash)
                    .map(ROW)
                    .findOne();
            if (found.isEmpty()) return found;
            int removed = h.createUpdate("DELETE FROM authorization_codes WHERE code_hash = :hash")
                    .bind("hash", hash)
                    .execute();
            return removed == 1 ? found : Optional.<AuthorizationCode>empty();
        }));
    }

    @Override
    public int removeExpired(Instant now) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM authorization_codes WHERE expires_at <= :now")
                .bind("now", now)
                .execute());
    }
}
