package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.WorldContract;
import dev.cerulean.store.PostgresStore;

class PostgresWorldContractTest extends WorldContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
