package dev.cerulean.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

    /** Versions of the bundled V*__*.sql scripts; null when they cannot be listed (or a repeatable exists). */
    static Set<String> bundledVersions() {
        Set<String> versions = new HashSet<>();
        try {
            Enumeration<URL> locations = Migrations.class.getClassLoader().getResources(LOCATION);
            while (locations.hasMoreElements()) {
                URL url = locations.nextElement();
                if (url.getProtocol().equals("file")) {
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                        for (Path f : (Iterable<Path>) files::iterator) {
                            if (!add(versions, f.getFileName().toString())) return null;
                        }
                    }
                } else if (url.getProtocol().equals("jar")) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                            String name = e.nextElement().getName();
                            if (name.startsWith(LOCATION + "/") && name.length() > LOCATION.length() + 1
                                    && !add(versions, name.substring(LOCATION.length() + 1))) {
                                return null;
                            }
                        }
                    }
                } else {
                    return null;
                }
            }
        } catch (IOException | URISyntaxException e) {
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
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
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
