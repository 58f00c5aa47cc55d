package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.DirectoryRolesContract;
import dev.cerulean.store.H2Store;

class H2DirectoryRolesContractTest extends DirectoryRolesContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
