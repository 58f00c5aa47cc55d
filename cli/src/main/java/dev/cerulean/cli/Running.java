package dev.cerulean.cli;

import dev.cerulean.server.CeruleanServer;
import dev.cerulean.server.intercept.InterceptProxy;

/** A started server, the store it runs on and its intercepting proxy (or null); closing stops them. */
public record Running(CeruleanServer server, StoreOpener.OpenStore store, InterceptProxy proxy)
        implements AutoCloseable {
    public Running(CeruleanServer server, StoreOpener.OpenStore store) {
        this(server, store, null);
    }

    @Override
    public void close() {
        try {
            if (proxy != null) proxy.close();
            server.close();
        } finally {
            store.close();
        }
    }
}
