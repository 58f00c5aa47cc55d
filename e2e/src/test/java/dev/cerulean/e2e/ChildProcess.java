package dev.cerulean.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** A program the tests run as users would, its output (standard output and error together) read as it runs. */
public record ChildProcess(boolean ended, int exitValue, String output) {
    /** Runs {@code builder} for at most {@code seconds}; a program still running then is stopped. */
    public static ChildProcess run(ProcessBuilder builder, int seconds) throws IOException, InterruptedException {
        Process process = builder.redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try {
                process.getInputStream().transferTo(output);
            } catch (IOException e) {
                // the process ended; what was read is answered
            }
        });
        reader.start();
        boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
        if (!ended) process.destroyForcibly();
        reader.join(5000);
        return new ChildProcess(ended, ended ? process.exitValue() : -1, output.toString(StandardCharsets.UTF_8));
    }
}
