package dev.cerulean.store.group;

import dev.cerulean.core.Ports;
import dev.cerulean.store.H2Store;

class H2ConcurrentGroupNestingTest extends ConcurrentGroupNestingContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
