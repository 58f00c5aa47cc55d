package dev.cerulean.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.common.IdGenerator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default keeps every acknowledged commit when the process is killed (SIGKILL). */
class DurabilityTest {

    @Test
    void acknowledgedCommitsSurviveAKilledProcess(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DurableWriter.class.getName(), dir.toString()).redirectErrorStream(true).start();
        int acknowledged = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) acknowledged = Integer.parseInt(line.substring(4));
                if (acknowledged >= 200) break;
            }
            writer.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            writer.destroyForcibly();
        }
        assertThat(acknowledged).as("the writer acknowledged commits").isGreaterThanOrEqualTo(200);

        try (Database db = Database.open(Database.h2FileUrl(dir), null, null)) {
            Set<String> stored = db.ports(Clock.systemUTC(), IdGenerator.random()).activityLog().all().stream()
                    .map(ActivityLogEntry::target).collect(Collectors.toSet());
            for (int i = 0; i <= acknowledged; i++) {
                assertThat(stored).as("acknowledged entry %d", i).contains("entry-" + i);
            }
        }
    }
}
