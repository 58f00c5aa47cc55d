package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.DirectoriesContract;
import dev.cerulean.store.H2Store;

class H2DirectoriesContractTest extends DirectoriesContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
