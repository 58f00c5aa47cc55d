package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.SubscriptionsContract;
import dev.cerulean.store.H2Store;

class H2SubscriptionsContractTest extends SubscriptionsContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
