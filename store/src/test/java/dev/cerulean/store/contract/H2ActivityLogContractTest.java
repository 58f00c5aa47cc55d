package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.ActivityLogContract;
import dev.cerulean.store.H2Store;

class H2ActivityLogContractTest extends ActivityLogContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
