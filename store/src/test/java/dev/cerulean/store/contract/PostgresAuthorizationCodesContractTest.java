package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.AuthorizationCodesContract;
import dev.cerulean.store.PostgresStore;

class PostgresAuthorizationCodesContractTest extends AuthorizationCodesContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
