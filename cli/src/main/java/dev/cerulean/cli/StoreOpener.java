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

    /** An open store: its ports, its health, and closing it. */
    interface OpenStore extends StoreStatus, AutoCloseable {
        Ports ports();

        /** True when the store holds no account, directory or subscription (a world may be loaded). */
        default boolean isEmpty() {
            return new LoadWorld(ports()).storeIsEmpty();
        }

        @Override
        void close();
    }
}
