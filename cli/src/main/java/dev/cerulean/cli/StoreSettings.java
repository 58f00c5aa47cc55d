package dev.cerulean.cli;

import java.nio.file.Path;

/**
 * Where the store is: a JDBC URL when one is given, else the embedded H2 file database in the
 * data directory. User and password may be null.
 */
public record StoreSettings(Path dataDirectory, String jdbcUrl, String user, String password) {

    /** What to show people: the URL, or the data directory (never the password). */
    public String describe() {
        return jdbcUrl != null ? jdbcUrl : "H2 in " + dataDirectory.toAbsolutePath().normalize();
    }
}
