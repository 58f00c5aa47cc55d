package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.TransactionRollbackContract;
import dev.cerulean.store.PostgresStore;

class PostgresTransactionRollbackContractTest extends TransactionRollbackContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
