package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.DirectoriesContract;
import dev.cerulean.store.PostgresStore;

class PostgresDirectoriesContractTest extends DirectoriesContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
