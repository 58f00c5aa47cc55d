package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.FollowUpItemsContract;
import dev.cerulean.store.PostgresStore;

class PostgresFollowUpItemsContractTest extends FollowUpItemsContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
