package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.ChangeTenantRequestsContract;
import dev.cerulean.store.H2Store;

class H2ChangeTenantRequestsContractTest extends ChangeTenantRequestsContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
