package dev.cerulean.store.move;

import dev.cerulean.core.Ports;
import dev.cerulean.store.H2Store;

class H2ConcurrentDirectoryChangeTest extends ConcurrentDirectoryChangeContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
