package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.WorldContract;
import dev.cerulean.store.H2Store;

class H2WorldContractTest extends WorldContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
