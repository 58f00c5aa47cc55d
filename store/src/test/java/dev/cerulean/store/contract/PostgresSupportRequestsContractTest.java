package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.SupportRequestsContract;
import dev.cerulean.store.PostgresStore;

class PostgresSupportRequestsContractTest extends SupportRequestsContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
