package dev.cerulean.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.store.Database;
import dev.cerulean.store.PostgresStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every write the store acknowledged survives a SIGKILL of the process that made it: a child JVM
 * commits a stream of writes, is killed mid-stream, and the reopened database must hold every
 * acknowledged one. Ten cycles per database.
 */
class DurabilityIT {
    private static final int CYCLES = 10;

    @TempDir
    Path dataDir;

    @Test
    void h2FileDatabaseKeepsEveryAcknowledgedWriteAcrossSigkill() throws Exception {
        killAndCheck(Database.h2FileUrl(dataDir), "", "");
    }

    @Test
    void postgresKeepsEveryAcknowledgedWriteAcrossSigkill() throws Exception {
        PostgresStore.Schema schema = PostgresStore.freshSchema("durability");
        killAndCheck(schema.url(), schema.user(), schema.password());
    }

    private void killAndCheck(String url, String user, String password) throws Exception {
        Set<UUID> acknowledged = new HashSet<>();
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            List<UUID> acks = runAndKill(
                    url, user, password, 20 + ThreadLocalRandom.current().nextInt(200));
            assertThat(acks)
                    .as("cycle %d acknowledged writes before the kill", cycle)
                    .isNotEmpty();
            acknowledged.addAll(acks);
            try (Database db = Database.open(url, blankToNull(user), blankToNull(password))) {
                Set<UUID> stored = db.ports(Clock.systemUTC(), IdGenerator.random()).activityLog().all().stream()
                        .map(ActivityLogEntry::id)
                        .collect(Collectors.toSet());
                assertThat(stored)
                        .as("cycle %d: every acknowledged write is stored", cycle)
                        .containsAll(acknowledged);
            }
        }
    }

    /** Starts the writer, lets it acknowledge at least {@code minAcks} writes, then SIGKILLs it mid-stream. */
    private static List<UUID> runAndKill(String url, String user, String password, int minAcks) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        DurabilityWriter.class.getName(),
                        url,
                        user,
                        password)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<UUID> acks = new java.util.ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) acks.add(UUID.fromString(line.substring(4)));
                if (acks.size() >= minAcks) {
                    child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no clean close
                    break;
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("the writer was killed, not stopped").isEqualTo(137);
        return acks;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
