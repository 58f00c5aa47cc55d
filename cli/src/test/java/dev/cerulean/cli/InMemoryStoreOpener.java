package dev.cerulean.cli;

import dev.cerulean.core.Ports;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.fakes.InMemoryPorts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** One in-memory store, opened as often as the commands ask; records the settings opened and the stores closed. */
final class InMemoryStoreOpener implements StoreOpener {
    final Ports ports = InMemoryPorts.create(Clock.systemUTC(), IdGenerator.random());
    final List<StoreSettings> opened = new ArrayList<>();
    final List<String> closed = new ArrayList<>();
    /** How many times a command said it had just written a bulk load. */
    int statisticsRefreshed;

    @Override
    public OpenStore open(StoreSettings settings) {
        opened.add(settings);
        return new OpenStore() {
            @Override
            public Ports ports() {
                return ports;
            }

            @Override
            public boolean isHealthy() {
                return true;
            }

            @Override
            public String product() {
                return "H2";
            }

            @Override
            public void refreshStatistics() {
                statisticsRefreshed++;
            }

            @Override
            public void close() {
                closed.add(settings.describe());
            }
        };
    }
}
