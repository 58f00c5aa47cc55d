package dev.cerulean.bench;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A bounded load run against a Cerulean on this machine: {@code clients} threads, each with its
 * own kept-alive HTTPS connection ({@link KeepAliveHttps}), send one prepared request back to
 * back for a warm-up and then a measured time (never more than a total number of requests), and
 * the run prints the successful answers per second and the latency percentiles of the measured
 * part. Loopback only.
 */
final class LoadRun {
    final URI base;
    final SSLContext tls;

    LoadRun(String base, Path trustStore) throws Exception {
        this.base = URI.create(base);
        if (!List.of("localhost", "127.0.0.1").contains(this.base.getHost())) {
            throw new IllegalArgumentException("load runs target this machine only, not " + this.base.getHost());
        }
        this.tls = trusting(trustStore);
    }

    KeepAliveHttps connection() {
        return new KeepAliveHttps(tls, base.getHost(), base.getPort());
    }

    byte[] request(String method, String path, String headers, String body) {
        return KeepAliveHttps.request(method, path, base.getHost() + ":" + base.getPort(), headers, body);
    }

    /** Runs the load and prints "{label}/s=…" with the latency percentiles. */
    void run(
            String label,
            String mode,
            int clients,
            int warmup,
            int seconds,
            long maxRequests,
            byte[] request,
            Predicate<KeepAliveHttps.Response> success)
            throws InterruptedException {
        long measureFrom = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
        long end = measureFrom + Duration.ofSeconds(seconds).toNanos();
        AtomicLong sent = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long[][] latencies = new long[clients][];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int index = i;
            Thread t = new Thread(
                    () -> {
                        long[] mine = new long[1_000_000];
                        int n = 0;
                        try (KeepAliveHttps connection = connection()) {
                            while (sent.incrementAndGet() <= maxRequests) {
                                long t0 = System.nanoTime();
                                if (t0 >= end) break;
                                boolean answered;
                                try {
                                    answered = success.test(connection.exchange(request));
                                } catch (Exception e) {
                                    answered = false;
                                }
                                long t1 = System.nanoTime();
                                if (t0 < measureFrom || t1 > end) continue;
                                if (answered && n < mine.length) {
                                    ok.incrementAndGet();
                                    mine[n++] = t1 - t0;
                                } else if (!answered) {
                                    failed.incrementAndGet();
                                }
                            }
                        }
                        latencies[index] = Arrays.copyOf(mine, n);
                    },
                    "load-" + i);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        double measured = Math.min(seconds, (System.nanoTime() - measureFrom) / 1e9);
        long[] all =
                Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(
                "mode=%s clients=%d warmup=%ds measured=%.1fs ok=%d failed=%d%n",
                mode, clients, warmup, measured, ok.get(), failed.get());
        System.out.printf("%s/s=%.0f%n", label, ok.get() / measured);
        if (all.length > 0) {
            System.out.printf(
                    "latency ms: p50=%.2f p90=%.2f p99=%.2f max=%.2f%n",
                    pct(all, 50), pct(all, 90), pct(all, 99), all[all.length - 1] / 1e6);
        }
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static SSLContext trusting(Path trustStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(trustStore)) {
            store.load(in, "changeit".toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return ssl;
    }
}
