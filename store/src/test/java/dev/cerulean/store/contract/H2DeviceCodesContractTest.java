package dev.cerulean.store.contract;

import dev.cerulean.core.Ports;
import dev.cerulean.core.contract.DeviceCodesContract;
import dev.cerulean.store.H2Store;

class H2DeviceCodesContractTest extends DeviceCodesContract {
    @Override
    protected Ports freshPorts() {
        return H2Store.freshPorts();
    }
}
