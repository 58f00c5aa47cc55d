package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.SubscriptionsContract;
import dev.cerulean.store.PostgresStore;

class PostgresSubscriptionsContractTest extends SubscriptionsContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
