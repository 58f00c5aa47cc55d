package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.SignInAttemptsContract;
import dev.cerulean.store.H2Store;

class H2SignInAttemptsContractTest extends SignInAttemptsContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
