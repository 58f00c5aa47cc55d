package dev.cerulean.store;

import dev.cerulean.core.Ports;
import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.common.IdGenerator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

/**
 * Run in a child JVM by {@link DurabilityTest}: commits numbered activity-log entries to the
 * H2 file database in {@code args[0]} and acknowledges each one on stdout after its commit
 * returned, until it is killed.
 */
public final class DurableWriter {
    private DurableWriter() {}

    public static void main(String[] args) {
        Database db = Database.open(Database.h2FileUrl(Path.of(args[0])), null, null);
        Ports ports = db.ports(Clock.systemUTC(), IdGenerator.random());
        for (int i = 0; ; i++) {
            int n = i;
            ports.transactions().inTransaction(() -> {
                ports.activityLog().append(new ActivityLogEntry(UUID.randomUUID(), ports.clock().instant(), "writer",
                        "test/write", "entry-" + n, ActivityLogEntry.Status.Succeeded, "c", "entry " + n, null, null));
                return null;
            });
            System.out.println("ACK " + n);
            System.out.flush();
        }
    }
}
