package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.CoAdministratorsContract;
import dev.cerulean.store.H2Store;

class H2CoAdministratorsContractTest extends CoAdministratorsContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
