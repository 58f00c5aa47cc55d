package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.MicrosoftAccountsContract;
import dev.cerulean.store.PostgresStore;

class PostgresMicrosoftAccountsContractTest extends MicrosoftAccountsContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
