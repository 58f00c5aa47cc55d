package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.RefreshTokensContract;
import dev.cerulean.store.H2Store;

class H2RefreshTokensContractTest extends RefreshTokensContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
