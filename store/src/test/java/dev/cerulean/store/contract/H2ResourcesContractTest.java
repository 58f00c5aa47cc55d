package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.ResourcesContract;
import dev.cerulean.store.H2Store;

class H2ResourcesContractTest extends ResourcesContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
