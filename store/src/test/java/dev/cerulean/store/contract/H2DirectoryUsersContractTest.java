package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.DirectoryUsersContract;
import dev.cerulean.store.H2Store;

class H2DirectoryUsersContractTest extends DirectoryUsersContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
