package dev.cerulean.store;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/** A database migrated only up to an earlier version: the data a later migration finds there. */
final class EarlierSchema {
    private EarlierSchema() {}

    /** The database at {@code url} with the migrations up to {@code version} applied; the caller closes it. */
    static HikariDataSource at(String url, String version) {
        HikariDataSource old = new HikariDataSource();
        old.setJdbcUrl(url);
        old.setUsername("sa");
        Flyway.configure()
                .dataSource(old)
                .locations("classpath:" + Migrations.LOCATION)
                .target(version)
                .load()
                .migrate();
        return old;
    }
}
