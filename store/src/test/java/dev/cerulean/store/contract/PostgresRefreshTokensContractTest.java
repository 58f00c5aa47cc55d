package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.RefreshTokensContract;
import dev.cerulean.store.PostgresStore;

class PostgresRefreshTokensContractTest extends RefreshTokensContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
