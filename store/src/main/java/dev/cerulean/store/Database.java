package dev.cerulean.store;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.IdGenerator;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The store: a connection pool on H2 (embedded, a file in the data directory) or PostgreSQL,
 * migrated by Flyway on open, and the JDBI adapters of every port.
 */
public final class Database implements AutoCloseable {

    /** Opens (and migrates) the database at {@code jdbcUrl}; user and password may be null. */
    public static Database open(String jdbcUrl, String user, String password) {
        throw new UnsupportedOperationException("filled in by the store adapters");
    }

    /** The JDBC URL of the embedded, durable H2 file database in {@code dataDirectory}. */
    public static String h2FileUrl(Path dataDirectory) {
        throw new UnsupportedOperationException("filled in by the store adapters");
    }

    /** Every port, backed by this database, with Argon2id password hashing. */
    public Ports ports(Clock clock, IdGenerator ids) {
        throw new UnsupportedOperationException("filled in by the store adapters");
    }

    /** True when the database answers a trivial query. */
    public boolean isHealthy() {
        throw new UnsupportedOperationException("filled in by the store adapters");
    }

    /** "H2" or "PostgreSQL". */
    public String product() {
        throw new UnsupportedOperationException("filled in by the store adapters");
    }

    @Override
    public void close() {}
}
