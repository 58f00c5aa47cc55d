package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.TransactionsContract;
import dev.cerulean.store.PostgresStore;

class PostgresTransactionsContractTest extends TransactionsContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
