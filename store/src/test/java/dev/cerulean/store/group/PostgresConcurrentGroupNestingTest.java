package dev.cerulean.store.group;

import dev.cerulean.core.Ports;
import dev.cerulean.store.PostgresStore;

class PostgresConcurrentGroupNestingTest extends ConcurrentGroupNestingContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
