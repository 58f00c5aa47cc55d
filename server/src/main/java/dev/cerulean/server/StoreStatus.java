package dev.cerulean.server;

/** What the server needs to know about the database for its health check. */
public interface StoreStatus {
    /** True when the database answers a trivial query. */
    boolean isHealthy();

    /** The database product, e.g. "H2" or "PostgreSQL". */
    String product();
}
