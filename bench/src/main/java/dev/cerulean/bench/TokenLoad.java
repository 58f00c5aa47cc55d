package dev.cerulean.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A bounded load run against a running Cerulean on this machine: {@code clients} threads, each a
 * keep-alive HTTPS connection, post token requests back to back for {@code warmup} then
 * {@code seconds} (never more than {@code maxRequests}), and the run reports successful tokens
 * per second and latency percentiles of the measured part. Loopback only: the URL must name
 * localhost or 127.0.0.1.
 * <pre>java -cp benchmarks.jar dev.cerulean.bench.TokenLoad BASE_URL TRUSTSTORE client_credentials|password
 *      CLIENTS WARMUP_S SECONDS MAX_REQUESTS</pre>
 */
public final class TokenLoad {
    private TokenLoad() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        URI check = URI.create(base);
        if (!List.of("localhost", "127.0.0.1").contains(check.getHost())) {
            throw new IllegalArgumentException("load runs target this machine only, not " + check.getHost());
        }
        Path trustStore = Path.of(args[1]);
        String mode = args[2];
        int clients = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        long maxRequests = Long.parseLong(args[6]);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(trusting(trustStore))
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = request(base, mode);

        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(warmup).toNanos();
        long end = measureFrom + Duration.ofSeconds(seconds).toNanos();
        AtomicLong sent = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            int index = latencies.size() - 1;
            Thread t = new Thread(() -> {
                int n = 0;
                while (sent.incrementAndGet() <= maxRequests) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) break;
                    boolean success;
                    try {
                        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                        success = r.statusCode() == 200 && r.body().contains("\"access_token\"");
                    } catch (Exception e) {
                        success = false;
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= measureFrom && t1 <= end) {
                        if (success) {
                            ok.incrementAndGet();
                            if (n < mine.length) mine[n++] = t1 - t0;
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                }
                latencies.set(index, Arrays.copyOf(mine, n));
            }, "load-" + i);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        double measured = Math.min(seconds, (System.nanoTime() - measureFrom) / 1e9);
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("mode=%s clients=%d warmup=%ds measured=%.1fs ok=%d failed=%d%n", mode, clients, warmup,
                measured, ok.get(), failed.get());
        System.out.printf("tokens/s=%.0f%n", ok.get() / measured);
        if (all.length > 0) {
            System.out.printf("latency ms: p50=%.2f p90=%.2f p99=%.2f max=%.2f%n", pct(all, 50), pct(all, 90),
                    pct(all, 99), all[all.length - 1] / 1e6);
        }
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static HttpRequest request(String base, String mode) {
        String body;
        String path;
        if (mode.equals("client_credentials")) {
            path = "/aaaaaaaa-0000-4000-8000-000000000001/oauth2/v2.0/token";
            body = form("grant_type", "client_credentials", "client_id", "11111111-1111-4111-8111-111111111111",
                    "client_secret", "demo-automation-secret", "scope", "https://management.core.windows.net//.default");
        } else if (mode.equals("password")) {
            path = "/contoso.onmicrosoft.com/oauth2/v2.0/token";
            body = form("grant_type", "password", "client_id", "04b07795-8ddb-461a-bbee-02f9e1bf7b46",
                    "username", "megan.bowen@contoso.onmicrosoft.com", "password", "Demo-Passw0rd!",
                    "scope", "https://management.core.windows.net//.default openid profile");
        } else {
            throw new IllegalArgumentException("mode: client_credentials or password");
        }
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static String form(String... pairs) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (s.length() > 0) s.append('&');
            s.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return s.toString();
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
