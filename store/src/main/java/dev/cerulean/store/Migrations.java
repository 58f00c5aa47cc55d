package dev.cerulean.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Flyway migration on open, skipped when the database already has every bundled migration:
 * loading Flyway costs a noticeable part of the server's start-up time, and on every start
 * but the first (or the first after an upgrade) it would have nothing to do.
 */
final class Migrations {
    static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");

    private Migrations() {}

    static void migrate(DataSource dataSource) {
        Set<String> bundled = bundledVersions();
        if (bundled != null && !bundled.isEmpty() && appliedVersions(dataSource).containsAll(bundled)) return;
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:" + LOCATION)
                // the scripts ship inside this jar and cannot drift from what was applied
                .validateOnMigrate(false)
                .load()
                .migrate();
    }

    /** The list of bundled scripts (kept equal to the folder by MigrationsTest), read instead of scanning the jar. */
    static final String INDEX = "db/migrations.index";

    /** Versions of the bundled V*__*.sql scripts; null when they cannot be listed (or a repeatable exists). */
    static Set<String> bundledVersions() {
        Set<String> versions = new HashSet<>();
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) return null;
            for (String name : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!add(versions, name.trim())) return null;
            }
        } catch (IOException e) {
            return null;
        }
        return versions;
    }

    /** False for a script this check does not understand (Flyway then decides). */
    private static boolean add(Set<String> versions, String fileName) {
        if (fileName.endsWith("/") || fileName.isEmpty()) return true;
        Matcher m = VERSIONED.matcher(fileName);
        if (!m.matches()) return false;
        versions.add(m.group(1).replace('_', '.'));
        return true;
    }

    /** Versions Flyway applied successfully; empty when it never ran here or any migration failed. */
    static Set<String> appliedVersions(DataSource dataSource) {
        Set<String> applied = new HashSet<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history")) {
            while (rs.next()) {
                if (!rs.getBoolean("success")) return Set.of();
                if (rs.getString("version") != null) applied.add(rs.getString("version"));
            }
        } catch (SQLException e) {
            return Set.of(); // no history table yet: Flyway creates it
        }
        return applied;
    }
}
