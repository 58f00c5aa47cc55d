package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.AppRegistrationsContract;
import dev.cerulean.store.PostgresStore;

class PostgresAppRegistrationsContractTest extends AppRegistrationsContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
