package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.TransactionsContract;
import dev.cerulean.store.H2Store;

class H2TransactionsContractTest extends TransactionsContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
