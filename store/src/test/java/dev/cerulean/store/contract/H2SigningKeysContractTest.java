package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.SigningKeysContract;
import dev.cerulean.store.H2Store;

class H2SigningKeysContractTest extends SigningKeysContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
