package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.FollowUpItemsContract;
import dev.cerulean.store.H2Store;

class H2FollowUpItemsContractTest extends FollowUpItemsContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
