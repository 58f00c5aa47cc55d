package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.TransactionRollbackContract;
import dev.cerulean.store.H2Store;

class H2TransactionRollbackContractTest extends TransactionRollbackContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
