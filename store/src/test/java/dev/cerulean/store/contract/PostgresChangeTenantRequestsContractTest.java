package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.ChangeTenantRequestsContract;
import dev.cerulean.store.PostgresStore;

class PostgresChangeTenantRequestsContractTest extends ChangeTenantRequestsContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
