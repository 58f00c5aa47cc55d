package dev.cerulean.cli;

import dev.cerulean.core.world.LoadWorld;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long world load on standard error: the share of the file read (every tenth),
 * then the objects written (every {@code step} and at the end). Silent unless asked for or
 * standard error is likely a terminal, so that scripts and logs see only the result line.
 */
final class LoadProgress implements LoadWorld.Progress {
    static final long STEP = 100_000;
    private static final long MIB = 1024 * 1024;

    private final PrintWriter err;
    private final boolean enabled;
    private final long step;
    private long fileSize;
    private int tenthsShown;
    private long nextWritten;

    LoadProgress(PrintWriter err, boolean enabled, long step) {
        this.err = err;
        this.enabled = enabled;
        this.step = step;
        this.nextWritten = step;
    }

    /** Shown when asked for ({@code --progress}) or when the process has a terminal. */
    static LoadProgress of(PrintWriter err, boolean asked) {
        return new LoadProgress(err, asked || System.console() != null, STEP);
    }

    static LoadProgress silent() {
        return new LoadProgress(new PrintWriter(PrintWriter.nullWriter()), false, STEP);
    }

    void reading(String name, long size) {
        fileSize = size;
        tenthsShown = 0;
        if (enabled) err.printf("cerulean: reading %s (%d MiB)%n", name, size / MIB);
    }

    /** {@code bytes} of the file read so far. */
    void read(long bytes) {
        if (!enabled || fileSize <= 0) return;
        int tenths = (int) Math.min(10, bytes * 10 / fileSize);
        if (tenths > tenthsShown) {
            tenthsShown = tenths;
            err.printf("cerulean: read %d %% (%d of %d MiB)%n", tenths * 10, bytes / MIB, fileSize / MIB);
        }
    }

    void checking() {
        if (enabled) err.println("cerulean: checking the world");
    }

    @Override
    public void written(long written, long total) {
        if (!enabled) return;
        if (written == 0) {
            err.printf(Locale.ROOT, "cerulean: the world is valid; writing %,d objects%n", total);
        } else if (written >= nextWritten || written == total) {
            err.printf(Locale.ROOT, "cerulean: written %,d of %,d objects%n", written, total);
            while (nextWritten <= written) nextWritten += step;
        }
    }
}
