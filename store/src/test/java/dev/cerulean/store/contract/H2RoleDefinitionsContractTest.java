package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.RoleDefinitionsContract;
import dev.cerulean.store.H2Store;

class H2RoleDefinitionsContractTest extends RoleDefinitionsContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
