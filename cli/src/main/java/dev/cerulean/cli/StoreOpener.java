package dev.cerulean.cli;

import dev.cerulean.core.Ports;
import dev.cerulean.core.world.LoadWorld;
import dev.cerulean.server.StoreStatus;

/**
 * Opens the store the settings name. The seam between the commands and the real database, so
 * that the commands can be tested on the in-memory fakes.
 */
@FunctionalInterface
public interface StoreOpener {

    OpenStore open(StoreSettings settings);

    /** What {@link OpenStore#resealKeys} did: how many keys, and the file now holding the key (null: none). */
    record Resealed(int keys, java.nio.file.Path keyFile) {}

    /** An open store: its ports, its health, and closing it. */
    interface OpenStore extends StoreStatus, AutoCloseable {
        Ports ports();

        /** True when the store holds no account, directory or subscription (a world may be loaded). */
        default boolean isEmpty() {
            return new LoadWorld(ports()).storeIsEmpty();
        }

        /**
         * Seals the private signing keys with {@code newKey} instead of the current key-encryption
         * key, and keeps the new key where the current one came from when that is the data
         * directory's key file. How many keys; where the new key is, or null when the operator
         * must keep it (it was given on the command line or in the environment).
         */
        default Resealed resealKeys(byte[] newKey) {
            throw new UnsupportedOperationException("this store keeps no sealed keys");
        }

        /**
         * Tells the database that a bulk load has just been written, so that its query planner
         * sees the tables as they now are (PostgreSQL's statistics); nothing to do for stores
         * without a planner.
         */
        default void refreshStatistics() {}

        @Override
        void close();
    }
}
