package dev.cerulean.store.token;

import static dev.cerulean.store.Columns.directory;
import static dev.cerulean.store.Columns.identity;
import static dev.cerulean.store.Columns.object;
import static dev.cerulean.store.Columns.value;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Email;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.SqlStatement;

/** A caller as four columns (person, directory_id, principal_id, email), as the sessions table keeps it. */
final class CallerColumns {
    private CallerColumns() {}

    static <S extends SqlStatement<S>> S bind(S statement, Caller c) {
        return statement
                .bind("person", c == null ? null : identity(c.identity()))
                .bind("directory", c == null ? null : value(c.directory()))
                .bind("principal", c == null ? null : value(c.principal()))
                .bind("email", c == null || c.email() == null ? null : c.email().value());
    }

    /** The caller of the row; null when the row has none (a device code not approved yet). */
    static Caller read(ResultSet rs) throws SQLException {
        if (rs.getString("person") == null) return null;
        return new Caller(
                identity(rs, "person"),
                directory(rs, "directory_id"),
                object(rs, "principal_id"),
                Email.parse(rs.getString("email")).orElse(null));
    }
}
