package dev.cerulean.cli;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.store.Database;
import java.time.Clock;

/** The real store: H2 in the data directory, or the database at the given URL (tests that run {@code serve} in-process use it too). */
public final class DatabaseOpener implements StoreOpener {

    @Override
    public OpenStore open(StoreSettings settings) {
        String url = settings.jdbcUrl() != null ? settings.jdbcUrl() : Database.h2FileUrl(settings.dataDirectory());
        Database db = Database.open(url, settings.user(), settings.password());
        Ports ports = db.ports(Clock.systemUTC(), IdGenerator.random());
        return new OpenStore() {
            @Override
            public Ports ports() {
                return ports;
            }

            @Override
            public boolean isEmpty() {
                return db.isEmpty();
            }

            @Override
            public boolean isHealthy() {
                return db.isHealthy();
            }

            @Override
            public String product() {
                return db.product();
            }

            @Override
            public void close() {
                db.close();
            }
        };
    }
}
