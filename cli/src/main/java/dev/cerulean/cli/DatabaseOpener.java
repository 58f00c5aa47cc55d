package dev.cerulean.cli;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.store.Database;
import dev.cerulean.store.secret.KeyEncryption;
import java.time.Clock;

/**
 * The real store: H2 in the data directory, or the database at the given URL (tests that run
 * {@code serve} in-process use it too). The data directory is made owner-only, private signing
 * keys are sealed with the key-encryption key, and an H2 database older than the last run is
 * refused ({@link DataDirectory}, {@link CannotOpenStore}).
 */
public final class DatabaseOpener implements StoreOpener {

    @Override
    public OpenStore open(StoreSettings settings) {
        boolean h2 = settings.jdbcUrl() == null;
        DataDirectory dir = DataDirectory.at(settings.dataDirectory());
        KeyEncryption keys = dir.keyEncryption(Setting.of("--key-encryption-key", settings.keyEncryptionKey(), null));
        String url = h2 ? Database.h2FileUrl(settings.dataDirectory()) : settings.jdbcUrl();
        Database db;
        try {
            db = Database.open(url, settings.user(), settings.password());
        } catch (RuntimeException e) {
            throw CannotOpenStore.from(e, settings);
        }
        try {
            if (h2) dir.restrictFiles();
            db.sealSigningKeys(keys);
            if (h2) checkGeneration(db, dir, settings);
        } catch (KeyEncryption.WrongKey e) {
            db.close();
            throw new CannotOpenStore("the key-encryption key does not open the signing keys of " + settings.describe()
                    + ": give the key they were sealed with (--key-encryption-key or CERULEAN_KEY_ENCRYPTION_KEY, else "
                    + dir.path().resolve(DataDirectory.KEY_FILE) + ")");
        } catch (RuntimeException e) {
            db.close();
            throw e instanceof CannotOpenStore c ? c : CannotOpenStore.from(e, settings);
        }
        Ports ports = db.ports(Clock.systemUTC(), IdGenerator.random(), keys);
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
            public void refreshStatistics() {
                db.refreshStatistics();
            }

            @Override
            public Resealed resealKeys(byte[] newKey) {
                int n = db.resealSigningKeys(keys, KeyEncryption.of(newKey));
                if (settings.keyEncryptionKey() != null) return new Resealed(n, null);
                return new Resealed(n, dir.keyFile(newKey));
            }

            @Override
            public void close() {
                // the copy moves on after the database did: a crash in between leaves the copy behind, never ahead
                if (h2) dir.generation(db.nextGeneration());
                db.close();
            }
        };
    }

    /**
     * A database older than the last run (its generation behind the copy in the data directory:
     * truncated, emptied or replaced by an old copy) is refused; otherwise the generation moves on.
     */
    private static void checkGeneration(Database db, DataDirectory dir, StoreSettings settings) {
        long copy = dir.generation();
        long stored = db.generation();
        if (stored < copy) {
            throw new CannotOpenStore("the database (" + settings.describe() + ") is older than the last run of "
                    + "Cerulean (generation " + stored + ", expected " + copy + "): it was truncated, emptied or "
                    + "replaced. Restore it from a backup; to accept it as it is, delete "
                    + dir.path().resolve(DataDirectory.GENERATION_FILE));
        }
        dir.generation(db.nextGeneration());
    }
}
