package dev.cerulean.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.worldfile.WorldYaml;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress of {@code world load} on standard error: shown when asked for, silent otherwise. */
class WorldLoadProgressTest {
    @TempDir
    Path tmp;

    private final InMemoryStoreOpener opener = new InMemoryStoreOpener();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new Main(java.util.Map.of(), opener, new PrintWriter(out), new PrintWriter(err), r -> {}).run(args);
    }

    private Path demoFile() throws Exception {
        Path file = tmp.resolve("demo.yaml");
        Files.writeString(file, WorldYaml.write(DemoWorld.world()));
        return file;
    }

    @Test
    void progressAskedForShowsReadingCheckingAndTheObjectsWritten() throws Exception {
        // when
        int code = run(
                "world",
                "load",
                "--progress",
                demoFile().toString(),
                "--data",
                tmp.resolve("d").toString());

        // then the file is read to its end, and the last line counts every object written
        assertThat(code).isZero();
        String progress = err.toString();
        assertThat(progress)
                .contains("cerulean: reading " + tmp.resolve("demo.yaml"))
                .contains("cerulean: read 100 %")
                .contains("cerulean: checking the world")
                .containsPattern("cerulean: the world is valid; writing \\d+ objects");
        assertThat(progress.lines().reduce((a, b) -> b).orElseThrow())
                .matches("cerulean: written (\\d+) of \\1 objects");
        assertThat(out.toString()).startsWith("Loaded world ");
    }

    @Test
    void withoutAskingAndWithoutATerminalNothingIsShown() throws Exception {
        // when (tests run without a console)
        int code = run(
                "world",
                "load",
                demoFile().toString(),
                "--data",
                tmp.resolve("d").toString());

        // then
        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void writtenIsShownEveryStepAndAtTheEnd() {
        StringWriter lines = new StringWriter();
        LoadProgress progress = new LoadProgress(new PrintWriter(lines, true), true, 1_000);

        for (long written = 500; written <= 3_200; written += 500) progress.written(written, 3_200);
        progress.written(3_200, 3_200);

        assertThat(lines.toString().lines())
                .containsExactly(
                        "cerulean: written 1,000 of 3,200 objects",
                        "cerulean: written 2,000 of 3,200 objects",
                        "cerulean: written 3,000 of 3,200 objects",
                        "cerulean: written 3,200 of 3,200 objects");
    }
}
