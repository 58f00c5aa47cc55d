package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.AuthorizationCodesContract;
import dev.cerulean.store.H2Store;

class H2AuthorizationCodesContractTest extends AuthorizationCodesContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
