package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.RoleAssignmentsContract;
import dev.cerulean.store.H2Store;

class H2RoleAssignmentsContractTest extends RoleAssignmentsContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
