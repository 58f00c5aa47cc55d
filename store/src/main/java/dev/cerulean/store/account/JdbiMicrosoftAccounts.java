package dev.cerulean.store.account;

import static dev.cerulean.store.Columns.instant;
import static dev.cerulean.store.Columns.uuid;

import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.account.MicrosoftAccounts;
import dev.cerulean.core.account.PasswordHash;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.store.JdbiTransactions;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

public final class JdbiMicrosoftAccounts implements MicrosoftAccounts {
    private static final String COLUMNS =
            "SELECT id, email, display_name, password_hash, created_at FROM microsoft_accounts";
    private static final RowMapper<MicrosoftAccount> ROW = (rs, ctx) -> new MicrosoftAccount(
            new MicrosoftAccountId(uuid(rs, "id")),
            new Email(rs.getString("email")),
            rs.getString("display_name"),
            new PasswordHash(rs.getString("password_hash")),
            instant(rs, "created_at"));

    private final JdbiTransactions db;

    public JdbiMicrosoftAccounts(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(MicrosoftAccount a) {
        db.useHandle(h -> h.createUpdate("INSERT INTO microsoft_accounts (id, email, display_name, password_hash, "
                        + "created_at) VALUES (:id, :email, :name, :hash, :at)")
                .bind("id", a.id().value())
                .bind("email", a.email().value())
                .bind("name", a.displayName())
                .bind("hash", a.password().encoded())
                .bind("at", a.createdAt())
                .execute());
    }

    @Override
    public Optional<MicrosoftAccount> byId(MicrosoftAccountId id) {
        return db.withHandle(h -> h.createQuery(COLUMNS + " WHERE id = :id")
                .bind("id", id.value())
                .map(ROW)
                .findOne());
    }

    @Override
    public Optional<MicrosoftAccount> byEmail(Email email) {
        return db.withHandle(h -> h.createQuery(COLUMNS + " WHERE email = :email")
                .bind("email", email.value())
                .map(ROW)
                .findOne());
    }

    @Override
    public List<MicrosoftAccount> all() {
        return db.withHandle(h ->
                h.createQuery(COLUMNS + " ORDER BY created_at, email").map(ROW).list());
    }
}
