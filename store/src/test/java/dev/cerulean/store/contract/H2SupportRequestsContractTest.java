package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.SupportRequestsContract;
import dev.cerulean.store.H2Store;

class H2SupportRequestsContractTest extends SupportRequestsContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
