package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.SignInAttemptsContract;
import dev.cerulean.store.PostgresStore;

class PostgresSignInAttemptsContractTest extends SignInAttemptsContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
