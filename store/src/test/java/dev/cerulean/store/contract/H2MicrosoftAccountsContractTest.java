package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.MicrosoftAccountsContract;
import dev.cerulean.store.H2Store;

class H2MicrosoftAccountsContractTest extends MicrosoftAccountsContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
