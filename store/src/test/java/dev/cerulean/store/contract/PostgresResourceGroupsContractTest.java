package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.ResourceGroupsContract;
import dev.cerulean.store.PostgresStore;

class PostgresResourceGroupsContractTest extends ResourceGroupsContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
