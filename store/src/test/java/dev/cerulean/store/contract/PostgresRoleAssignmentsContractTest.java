package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.RoleAssignmentsContract;
import dev.cerulean.store.PostgresStore;

class PostgresRoleAssignmentsContractTest extends RoleAssignmentsContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
