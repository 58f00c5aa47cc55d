package dev.cerulean.e2e;

import dev.cerulean.core.Ports;
import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.store.Database;
import java.io.PrintStream;
import java.time.Clock;
import java.util.UUID;

/**
 * The child process of {@link DurabilityIT}: commits a stream of writes through the store and
 * prints "ACK id" after each commit returns, until it is killed.
 */
public final class DurabilityWriter {
    private DurabilityWriter() {}

    public static void main(String[] args) {
        PrintStream out = System.out;
        try (Database db = Database.open(args[0], emptyToNull(args[1]), emptyToNull(args[2]))) {
            Ports ports = db.ports(Clock.systemUTC(), IdGenerator.random());
            out.println("READY");
            out.flush();
            for (long n = 0; ; n++) {
                UUID id = UUID.randomUUID();
                long seq = n;
                ports.transactions().inTransaction(() -> {
                    ports.activityLog()
                            .append(new ActivityLogEntry(
                                    id,
                                    Clock.systemUTC().instant(),
                                    "durability",
                                    "Cerulean/durability/write",
                                    "write-" + seq,
                                    ActivityLogEntry.Status.Succeeded,
                                    id.toString(),
                                    "acknowledged write " + seq,
                                    null,
                                    null));
                    return null;
                });
                out.println("ACK " + id);
                out.flush();
            }
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
