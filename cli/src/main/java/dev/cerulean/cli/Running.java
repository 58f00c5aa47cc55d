package dev.cerulean.cli;

import dev.cerulean.server.CeruleanServer;

/** A started server and the store it runs on; closing stops both. */
public record Running(CeruleanServer server, StoreOpener.OpenStore store) implements AutoCloseable {
    @Override
    public void close() {
        try {
            server.close();
        } finally {
            store.close();
        }
    }
}
