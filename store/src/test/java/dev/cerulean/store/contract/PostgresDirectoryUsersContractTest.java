package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.DirectoryUsersContract;
import dev.cerulean.store.PostgresStore;

class PostgresDirectoryUsersContractTest extends DirectoryUsersContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
