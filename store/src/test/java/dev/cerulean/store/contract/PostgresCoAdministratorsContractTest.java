package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.CoAdministratorsContract;
import dev.cerulean.store.PostgresStore;

class PostgresCoAdministratorsContractTest extends CoAdministratorsContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
