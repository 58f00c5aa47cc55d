package dev.cerulean.store;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.SubscriptionId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * How domain values become columns and back, the same way on H2 and PostgreSQL: UUIDs as UUID,
 * instants as TIMESTAMP WITH TIME ZONE in UTC (microsecond precision), identities as one text key.
 * A set of ids is bound as one UUID array (JDBI's {@code bindArray}; {@code col = ANY(:ids)} where
 * that is the only indexed condition, else {@code FROM UNNEST(:ids) ... JOIN}), never as an IN list,
 * whose parameters a big set would run out of and whose statement text changes with its size.
 */
public final class Columns {
    private Columns() {}

    /**
     * The most ids one array parameter carries: H2's largest array (PostgreSQL has no such limit).
     * A read that can be split (a step of a walk, a lookup by ids) binds more in several arrays.
     */
    public static final int ARRAY_MAX = 65_536;

    /**
     * Binds UUID and Instant explicitly: the drivers agree on setObject(UUID / OffsetDateTime).
     * Instants are cut to microseconds here, so both databases keep exactly the same value
     * (PostgreSQL would otherwise round nanoseconds, possibly upwards).
     */
    static void register(Jdbi jdbi) {
        jdbi.registerArgument(new AbstractArgumentFactory<UUID>(Types.OTHER) {
            @Override
            protected Argument build(UUID value, ConfigRegistry config) {
                return (position, statement, ctx) -> statement.setObject(position, value);
            }
        });
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.TIMESTAMP_WITH_TIMEZONE) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                return (position, statement, ctx) -> statement.setObject(
                        position, value.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
            }
        });
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    public static DirectoryId directory(ResultSet rs, String column) throws SQLException {
        UUID id = uuid(rs, column);
        return id == null ? null : new DirectoryId(id);
    }

    public static SubscriptionId subscription(ResultSet rs, String column) throws SQLException {
        UUID id = uuid(rs, column);
        return id == null ? null : new SubscriptionId(id);
    }

    public static ObjectId object(ResultSet rs, String column) throws SQLException {
        UUID id = uuid(rs, column);
        return id == null ? null : new ObjectId(id);
    }

    public static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        String name = rs.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    public static UUID value(DirectoryId id) {
        return id == null ? null : id.value();
    }

    public static UUID value(SubscriptionId id) {
        return id == null ? null : id.value();
    }

    public static UUID value(ObjectId id) {
        return id == null ? null : id.value();
    }

    public static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /**
     * {@code text} as a LIKE pattern that matches only itself, for statements that say {@code ESCAPE
     * '!'}: '!' rather than a backslash, because JDBI's statement parser reads a second backslash
     * escape in one statement as an open quote.
     */
    public static String literal(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The lower-case key that case-insensitive names are compared by. */
    public static String key(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    /** {@code msa/<id>}, {@code work/<directory>/<object>} or {@code app/<directory>/<object>}. */
    public static String identity(Identity who) {
        if (who == null) return null;
        if (who instanceof Identity.Personal p) return "msa/" + p.account();
        if (who instanceof Identity.Work w) return "work/" + w.directory() + "/" + w.user();
        Identity.App a = (Identity.App) who;
        return "app/" + a.directory() + "/" + a.servicePrincipal();
    }

    public static Identity identity(ResultSet rs, String column) throws SQLException {
        String key = rs.getString(column);
        return key == null ? null : identity(key);
    }

    static Identity identity(String key) {
        String[] p = key.split("/");
        return switch (p[0]) {
            case "msa" -> new Identity.Personal(MicrosoftAccountId.of(p[1]));
            case "work" -> new Identity.Work(DirectoryId.of(p[1]), ObjectId.of(p[2]));
            case "app" -> new Identity.App(DirectoryId.of(p[1]), ObjectId.of(p[2]));
            default -> throw new IllegalStateException("unknown identity key " + key);
        };
    }

    /** A list stored as newline-separated text (its values never contain a newline). */
    public static String lines(List<String> values) {
        for (String v : values) {
            if (v.indexOf('\n') >= 0) throw new IllegalArgumentException("value contains a line break");
        }
        return String.join("\n", values);
    }

    public static List<String> lines(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1));
    }
}
