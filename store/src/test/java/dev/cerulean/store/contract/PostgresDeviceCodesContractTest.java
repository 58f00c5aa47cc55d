package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.DeviceCodesContract;
import dev.cerulean.store.PostgresStore;

class PostgresDeviceCodesContractTest extends DeviceCodesContract {
    @Override
    protected Ports freshPorts() {
        return PostgresStore.freshPorts();
    }
}
