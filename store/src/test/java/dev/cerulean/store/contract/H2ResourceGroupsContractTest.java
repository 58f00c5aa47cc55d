package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.ResourceGroupsContract;
import dev.cerulean.store.H2Store;

class H2ResourceGroupsContractTest extends ResourceGroupsContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
