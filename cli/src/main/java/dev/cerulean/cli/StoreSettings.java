package dev.cerulean.cli;

import java.nio.file.Path;

/**
 * Where the store is: a JDBC URL when one is given, else the embedded H2 file database in the
 * data directory. User, password and the key-encryption key (Base64; null: the data directory's key
 * file) may be null.
 */
public record StoreSettings(Path dataDirectory, String jdbcUrl, String user, String password, String keyEncryptionKey) {

    public StoreSettings(Path dataDirectory, String jdbcUrl, String user, String password) {
        this(dataDirectory, jdbcUrl, user, password, null);
    }

    @Override
    public String toString() {
        return "StoreSettings[" + describe() + ", user " + user + ", password and key-encryption key redacted]";
    }

    /** What to show people: the URL, or the data directory (never the password). */
    public String describe() {
        return jdbcUrl != null
                ? jdbcUrl
                : "H2 in " + dataDirectory.toAbsolutePath().normalize();
    }
}
