package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.SigningKeysContract;
import dev.cerulean.store.PostgresStore;

class PostgresSigningKeysContractTest extends SigningKeysContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
