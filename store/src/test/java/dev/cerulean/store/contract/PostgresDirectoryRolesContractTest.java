package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.DirectoryRolesContract;
import dev.cerulean.store.PostgresStore;

class PostgresDirectoryRolesContractTest extends DirectoryRolesContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
