package dev.cerulean.core.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.fakes.InMemoryPorts;

class InMemoryChangeTenantRequestsContractTest extends ChangeTenantRequestsContract {
    @Override
    protected Ports freshPorts() {
        return InMemoryPorts.create(ContractData.clock(), IdGenerator.random());
    }
}
