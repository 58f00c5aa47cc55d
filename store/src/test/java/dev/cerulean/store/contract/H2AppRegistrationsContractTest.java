package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.AppRegistrationsContract;
import dev.cerulean.store.H2Store;

class H2AppRegistrationsContractTest extends AppRegistrationsContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
