package dev.cerulean.store.move;

import dev.cerulean.core.Ports;
import dev.cerulean.store.PostgresStore;

class PostgresConcurrentDirectoryChangeTest extends ConcurrentDirectoryChangeContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
