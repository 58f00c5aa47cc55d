package dev.cerulean.core.contract;

import dev.cerulean.core.Ports;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the port contracts: each test starts on an empty store. A store proves that it
 * behaves like the others by subclassing the contracts and answering {@link #freshPorts()}: one
 * nested class per contract in InMemoryContractsTest (fakes) and StoreContractsTest (H2, PostgreSQL).
 */
public abstract class PortContract {
    protected Ports ports;

    /** Ports over an empty store. */
    protected abstract Ports freshPorts();

    @BeforeEach
    final void openEmptyStore() {
        ports = freshPorts();
    }
}
