package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.RoleDefinitionsContract;
import dev.cerulean.store.PostgresStore;

class PostgresRoleDefinitionsContractTest extends RoleDefinitionsContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
