package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.ActivityLogContract;
import dev.cerulean.store.PostgresStore;

class PostgresActivityLogContractTest extends ActivityLogContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
