package dev.cerulean.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load run of authenticated ARM reads against a running Cerulean on this machine:
 * demo-automation gets one client-credentials token, then {@code clients} threads send
 * {@code GET /subscriptions} (mode {@code subscriptions}) or the subscription's role-assignment
 * list (mode {@code roleAssignments}) back to back over HTTPS keep-alive, for {@code warmup}
 * then {@code seconds} (never more than {@code maxRequests}); it reports requests per second and
 * latency percentiles of the measured part. Loopback only.
 * <pre>java -cp benchmarks.jar dev.cerulean.bench.ArmLoad BASE_URL TRUSTSTORE subscriptions|roleAssignments
 *      CLIENTS WARMUP_S SECONDS MAX_REQUESTS</pre>
 */
public final class ArmLoad {
    private static final String SUBSCRIPTION = "5b5b5b5b-0000-4000-8000-000000000003";

    private ArmLoad() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        if (!List.of("localhost", "127.0.0.1").contains(URI.create(base).getHost())) {
            throw new IllegalArgumentException("load runs target this machine only, not " + base);
        }
        String mode = args[2];
        int clients = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        long maxRequests = Long.parseLong(args[6]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .sslContext(TokenLoad.trusting(Path.of(args[1]))).connectTimeout(Duration.ofSeconds(5)).build();
        String token = token(http, base);
        String path = switch (mode) {
            case "subscriptions" -> "/subscriptions?api-version=2022-12-01";
            case "roleAssignments" -> "/subscriptions/" + SUBSCRIPTION
                    + "/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01";
            default -> throw new IllegalArgumentException("mode: subscriptions or roleAssignments");
        };
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();

        long measureFrom = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
        long end = measureFrom + Duration.ofSeconds(seconds).toNanos();
        AtomicLong sent = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long[][] latencies = new long[clients][];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int index = i;
            Thread t = new Thread(() -> {
                long[] mine = new long[1_000_000];
                int n = 0;
                while (sent.incrementAndGet() <= maxRequests) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) break;
                    boolean success;
                    try {
                        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                        success = r.statusCode() == 200 && r.body().contains("\"value\"");
                    } catch (Exception e) {
                        success = false;
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= measureFrom && t1 <= end) {
                        if (!success) failed.incrementAndGet();
                        else if (n < mine.length) {
                            ok.incrementAndGet();
                            mine[n++] = t1 - t0;
                        }
                    }
                }
                latencies[index] = Arrays.copyOf(mine, n);
            }, "arm-load-" + i);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        double measured = Math.min(seconds, (System.nanoTime() - measureFrom) / 1e9);
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("mode=%s clients=%d warmup=%ds measured=%.1fs ok=%d failed=%d%n", mode, clients, warmup,
                measured, ok.get(), failed.get());
        System.out.printf("requests/s=%.0f%n", ok.get() / measured);
        if (all.length > 0) {
            System.out.printf("latency ms: p50=%.2f p90=%.2f p99=%.2f max=%.2f%n", TokenLoad.pct(all, 50),
                    TokenLoad.pct(all, 90), TokenLoad.pct(all, 99), all[all.length - 1] / 1e6);
        }
    }

    private static String token(HttpClient http, String base) throws Exception {
        String body = TokenLoad.form("grant_type", "client_credentials", "client_id", "11111111-1111-4111-8111-111111111111",
                "client_secret", "demo-automation-secret", "scope", "https://management.core.windows.net//.default");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/aaaaaaaa-0000-4000-8000-000000000001/oauth2/v2.0/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("no token: " + r.body());
        var m = java.util.regex.Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) throw new IllegalStateException("no access_token in " + r.body());
        return m.group(1);
    }
}
