package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.SessionsContract;
import dev.cerulean.store.PostgresStore;

class PostgresSessionsContractTest extends SessionsContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
