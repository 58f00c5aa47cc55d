package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.DirectoryLinkRequestsContract;
import dev.cerulean.store.PostgresStore;

class PostgresDirectoryLinkRequestsContractTest extends DirectoryLinkRequestsContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
