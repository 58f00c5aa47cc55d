package dev.cerulean.store;

import static org.junit.jupiter.api.Assertions.fail;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.contract.ContractData;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The contracts' PostgreSQL, from CERULEAN_TEST_PG_URL / _USER / _PASSWORD (see .ci/pg-start.sh).
 * Each test run works in a schema of its own, dropped at the end, and empties it per test.
 * Without a URL the tests are skipped, except in CI (CI=true), where that is a failure.
 */
public final class PostgresStore {
    private PostgresStore() {}

    private static Database database;

    /** Where a test may connect: a JDBC URL (with its own schema), user and password. */
    public record Schema(String url, String user, String password) {}

    public static synchronized Database database() {
        if (database == null) {
            Schema schema = freshSchema("cerulean_test");
            database = Database.open(schema.url(), schema.user(), schema.password());
            Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        }
        return database;
    }

    /** A new, empty schema on the test server, dropped when the JVM exits. */
    public static Schema freshSchema(String prefix) {
        String url = System.getenv("CERULEAN_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("PostgreSQL tests cannot be skipped in CI: set CERULEAN_TEST_PG_URL (see .ci/pg-start.sh)");
            }
            Assumptions.abort("PostgreSQL tests skipped: set CERULEAN_TEST_PG_URL");
        }
        String user = System.getenv("CERULEAN_TEST_PG_USER");
        String password = System.getenv("CERULEAN_TEST_PG_PASSWORD");
        String schema = prefix + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute(url, user, password, "CREATE SCHEMA " + schema);
        // idle pooled connections hold no locks, so the drop need not wait for the pool to close
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(() -> execute(url, user, password, "DROP SCHEMA IF EXISTS " + schema + " CASCADE")));
        return new Schema(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
    }

    public static Ports freshPorts() {
        Database db = database();
        EmptyStore.empty(db);
        return db.ports(ContractData.clock(), IdGenerator.random());
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + ": " + e.getMessage(), e);
        }
    }
}
