package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.ResourcesContract;
import dev.cerulean.store.PostgresStore;

class PostgresResourcesContractTest extends ResourcesContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
