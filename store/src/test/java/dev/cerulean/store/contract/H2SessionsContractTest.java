package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.SessionsContract;
import dev.cerulean.store.H2Store;

class H2SessionsContractTest extends SessionsContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
