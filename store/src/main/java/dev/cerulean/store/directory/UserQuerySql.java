package dev.cerulean.store.directory;

import static dev.cerulean.store.Columns.literal;

import dev.cerulean.core.directory.UserCondition;
import dev.cerulean.core.directory.UserQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A {@link UserQuery} as a condition on {@code directory_users}: each {@link UserCondition} on a
 * lower-case form of its column (the principal name's key column; the others lower-cased in the
 * query, read within one directory's rows) with its value as a parameter, LIKE with the prefix's
 * wildcards escaped, and "not equal" true for a missing value, as the query decides in memory.
 * The expression's size is bounded by Graph's filter limits (length and nesting).
 */
final class UserQuerySql {
    private final StringBuilder sql = new StringBuilder();
    private final Map<String, String> values = new LinkedHashMap<>();

    private UserQuerySql() {}

    static UserQuerySql of(UserQuery query) {
        UserQuerySql compiled = new UserQuerySql();
        compiled.append(query);
        return compiled;
    }

    /** The condition, to follow a WHERE clause's first condition. */
    String where() {
        return " AND (" + sql + ")";
    }

    <S extends SqlStatement<S>> S bind(S statement) {
        values.forEach(statement::bind);
        return statement;
    }

    private void append(UserQuery query) {
        if (query instanceof UserQuery.AllOf all) join(all.parts(), " AND ", "1 = 1");
        else if (query instanceof UserQuery.AnyOf any) join(any.parts(), " OR ", "1 = 0");
        else condition((UserCondition) query);
    }

    private void join(List<UserQuery> parts, String operator, String empty) {
        if (parts.isEmpty()) {
            sql.append(empty);
            return;
        }
        sql.append('(');
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) sql.append(operator);
            append(parts.get(i));
        }
        sql.append(')');
    }

    private void condition(UserCondition c) {
        String name = "q" + values.size();
        String value = c.value().toLowerCase(Locale.ROOT);
        values.put(name, c.match() == UserCondition.Match.STARTS_WITH ? literal(value) + "%" : value);
        List<String> tests = new ArrayList<>();
        for (String column : columns(c.property())) {
            tests.add(
                    switch (c.match()) {
                        case EQUALS -> column + " = :" + name;
                        case NOT_EQUALS -> "(" + column + " IS NULL OR " + column + " <> :" + name + ")";
                        case STARTS_WITH -> column + " LIKE :" + name + " ESCAPE '!'";
                    });
        }
        sql.append('(').append(String.join(" OR ", tests)).append(')');
    }

    private static List<String> columns(UserCondition.Property property) {
        return switch (property) {
            case userPrincipalName -> List.of("upn_key");
            case mail -> List.of("LOWER(mail)");
            case displayName -> List.of("LOWER(display_name)");
            case mailNickname -> List.of("LOWER(mail_nickname)");
            case userType -> List.of("LOWER(user_type)");
            case accountEnabled -> List.of("CASE WHEN account_enabled THEN 'true' ELSE 'false' END");
            case id -> List.of("CAST(id AS VARCHAR(36))");
            case anyName -> List.of("upn_key", "LOWER(display_name)", "LOWER(mail)");
        };
    }
}
