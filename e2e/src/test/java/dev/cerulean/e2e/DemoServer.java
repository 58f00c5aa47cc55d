package dev.cerulean.e2e;

import dev.cerulean.cli.DatabaseOpener;
import dev.cerulean.cli.Main;
import dev.cerulean.cli.Running;
import dev.cerulean.core.Ports;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code cerulean serve --world demo} run in this JVM through the command line's own entry point,
 * on any free ports, on an H2 database in {@code dataDir}; the test reads the same store's ports
 * to check what each step changed.
 */
final class DemoServer implements AutoCloseable {
    private final CountDownLatch stop;
    private final Running running;
    private final Thread thread;

    private DemoServer(Running running, Thread thread, CountDownLatch stop) {
        this.running = running;
        this.thread = thread;
        this.stop = stop;
    }

    static DemoServer start(Path dataDir) throws Exception {
        CompletableFuture<Running> started = new CompletableFuture<>();
        CountDownLatch stop = new CountDownLatch(1);
        StringWriter output = new StringWriter();
        PrintWriter out = new PrintWriter(output, true);
        Main main = new Main(Map.of(), new DatabaseOpener(), out, out, running -> {
            started.complete(running);
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.close();
        });
        Thread thread = new Thread(
                () -> {
                    int code = main.run(
                            "serve",
                            "--world",
                            "demo",
                            "--port",
                            "0",
                            "--https-port",
                            "0",
                            "--graph-port",
                            "0",
                            "--data",
                            dataDir.toString());
                    if (!started.isDone())
                        started.completeExceptionally(new IllegalStateException("serve ended " + code + ": " + output));
                },
                "cerulean-serve");
        thread.setDaemon(true);
        thread.start();
        Running running = started.get(120, TimeUnit.SECONDS);
        return new DemoServer(running, thread, stop);
    }

    Ports ports() {
        return running.store().ports();
    }

    /** The portals over HTTPS (the self-signed certificate the server made in its data directory). */
    String https() {
        return "https://localhost:" + running.server().httpsPort();
    }

    String http() {
        return "http://localhost:" + running.server().port();
    }

    @Override
    public void close() throws Exception {
        stop.countDown();
        thread.join(30_000);
    }
}
