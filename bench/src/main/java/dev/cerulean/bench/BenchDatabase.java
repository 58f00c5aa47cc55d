package dev.cerulean.bench;

import dev.cerulean.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A throwaway database for one benchmark run: an H2 file database in a temporary directory
 * (as the server runs it), or a new schema on the PostgreSQL of CERULEAN_TEST_PG_URL / _USER /
 * _PASSWORD (see .ci/pg-start.sh); removed again on close.
 */
final class BenchDatabase implements AutoCloseable {
    static final String PG_URL = "CERULEAN_TEST_PG_URL";

    private final Database database;
    private final Runnable cleanUp;

    private BenchDatabase(Database database, Runnable cleanUp) {
        this.database = database;
        this.cleanUp = cleanUp;
    }

    static BenchDatabase open(String kind) {
        return switch (kind) {
            case "H2" -> h2();
            case "PostgreSQL" -> postgres();
            default -> throw new IllegalArgumentException("unknown database " + kind + " (H2 or PostgreSQL)");
        };
    }

    Database database() {
        return database;
    }

    private static BenchDatabase h2() {
        try {
            Path dir = Files.createTempDirectory("cerulean-bench-h2");
            return new BenchDatabase(Database.open(Database.h2FileUrl(dir), null, null), () -> delete(dir));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BenchDatabase postgres() {
        String url = System.getenv(PG_URL);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("PostgreSQL benchmark needs " + PG_URL
                    + " (and _USER, _PASSWORD; see .ci/pg-start.sh); run with -p database=H2 to skip it");
        }
        String user = System.getenv("CERULEAN_TEST_PG_USER");
        String password = System.getenv("CERULEAN_TEST_PG_PASSWORD");
        String schema = "cerulean_bench_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute(url, user, password, "CREATE SCHEMA " + schema);
        Database db = Database.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
        return new BenchDatabase(
                db, () -> execute(url, user, password, "DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
    }

    @Override
    public void close() {
        database.close();
        cleanUp.run();
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the OS cleans up what is left
        }
    }
}
