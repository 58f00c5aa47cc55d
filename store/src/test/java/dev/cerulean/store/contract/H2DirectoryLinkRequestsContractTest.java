package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.DirectoryLinkRequestsContract;
import dev.cerulean.store.H2Store;

class H2DirectoryLinkRequestsContractTest extends DirectoryLinkRequestsContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
