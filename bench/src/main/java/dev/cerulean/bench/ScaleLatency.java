package dev.cerulean.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 15's scale benchmark, the latency half: against a server serving a world of
 * {@code cerulean world generate … --account-in-directories 1000 --limit-subscriptions K}, one
 * client at a time (so that the figures are the server's cost per request, not queueing) times a
 * fixed number of each operation (each repeatable read also for at least READ_SECONDS) over kept-alive HTTPS after an untimed warm-up, and prints one
 * line per operation: {@code op=<name> n=<count> p50=<ms> p99=<ms> max=<ms>}. Work user
 * {@code user0@gen0.onmicrosoft.com} (Global Administrator of directory 0, Owner of the limit
 * subscriptions) calls the APIs; the Microsoft account {@code many@outlook.com} (in 1,000
 * directories, service administrator of the limit subscriptions) uses the classic portal.
 * <pre>java -cp benchmarks.jar dev.cerulean.bench.ScaleLatency BASE_URL GRAPH_URL TRUSTSTORE REQUESTS WARMUP [READ_SECONDS]</pre>
 */
public final class ScaleLatency {
    static final String PASSWORD = "Generated-Passw0rd!";
    static final String USER = "user0@gen0.onmicrosoft.com", ACCOUNT = "many@outlook.com";
    static final String AZURE_CLI = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";
    static final String ARM = "https://management.core.windows.net//.default",
            GRAPH = "https://graph.microsoft.com/.default";
    static final int PAGE = 20;

    private final LoadRun api;
    private final LoadRun graph;
    private final int requests;
    private final int warmup;
    private final int readSeconds;

    private ScaleLatency(LoadRun api, LoadRun graph, int requests, int warmup, int readSeconds) {
        this.api = api;
        this.graph = graph;
        this.requests = requests;
        this.warmup = warmup;
        this.readSeconds = readSeconds;
    }

    public static void main(String[] args) throws Exception {
        Path trust = Path.of(args[2]);
        new ScaleLatency(
                        new LoadRun(args[0], trust),
                        new LoadRun(args[1], trust),
                        Integer.parseInt(args[3]),
                        Integer.parseInt(args[4]),
                        args.length > 5 ? Integer.parseInt(args[5]) : 0)
                .run();
    }

    private void run() throws Exception {
        try (KeepAliveHttps c = api.connection();
                KeepAliveHttps g = graph.connection();
                Browser portal = new Browser(api)) {
            byte[] grant = passwordGrant(ARM);
            time("password grant", requests, warmup, i -> expect(c.exchange(grant), 200, "\"access_token\""));
            String armToken = token(c.exchange(grant));
            String graphToken = token(c.exchange(passwordGrant(GRAPH)));
            // the portal signs in to directory 0 (where the limit subscriptions are) by a tenant in the return path
            String home = "/" + tenantOf(armToken) + "/";

            time("sign-in (/login pages)", requests, warmup, i -> {
                try (Browser b = new Browser(api)) {
                    b.signIn(ACCOUNT, PASSWORD, "/classic");
                }
                return null;
            });
            portal.signIn(ACCOUNT, PASSWORD, home);
            // 50 directories a page, by name: the first page, and the last of the 1,000
            timeReads(
                    "portal ACTIVE DIRECTORY",
                    i -> expect(portal.get("/classic/directories"), 200, "gen0.onmicrosoft.com"));
            timeReads(
                    "portal ACTIVE DIRECTORY, last page",
                    i -> expect(portal.get("/classic/directories?from=950"), 200, "gen999.onmicrosoft.com"));
            timeReads("portal SETTINGS", i -> expect(portal.get("/classic/settings"), 200, "Limit subscription 0"));

            String bearer = "Authorization: Bearer " + graphToken + "\r\n";
            byte[] first = graph.request("GET", "/v1.0/users?$top=" + PAGE, bearer, null);
            byte[] fiftieth =
                    graph.request("GET", pageOf(graph, g, first, bearer, "@odata.nextLink", 50), bearer, null);
            timeReads("Graph users, first page", i -> expect(g.exchange(first), 200, "\"value\""));
            timeReads("Graph users, 50th page", i -> expect(g.exchange(fiftieth), 200, "\"value\""));
            String json = "Content-Type: application/json\r\n";
            time(
                    "Graph user create",
                    requests,
                    warmup,
                    i -> expect(
                            g.exchange(graph.request("POST", "/v1.0/users", bearer + json, newUser(i))),
                            201,
                            "\"id\""));

            String arm = "Authorization: Bearer " + armToken + "\r\n";
            byte[] subscriptions = api.request("GET", "/subscriptions?api-version=2022-12-01", arm, null);
            List<String> limits = limitSubscriptions(c.exchange(subscriptions).text());
            timeReads("ARM subscriptions list", i -> expect(c.exchange(subscriptions), 200, "\"value\""));
            byte[] assignments = api.request(
                    "GET",
                    "/subscriptions/" + limits.get(0)
                            + "/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01",
                    arm,
                    null);
            timeReads("role assignments at 4,000, first page", i -> expect(c.exchange(assignments), 200, "\"value\""));
            byte[] last = api.request("GET", pageOf(api, c, assignments, arm, "nextLink", 40), arm, null);
            timeReads("role assignments at 4,000, 40th page", i -> expect(c.exchange(last), 200, "\"value\""));

            // each change moves a subscription at the limit (4,000 assignments to delete) out of directory 0
            List<String> movable = limits.subList(1, limits.size());
            time("directory change at the limits (classic: pick, review, complete)", movable.size(), 0, i -> {
                try (Browser b = new Browser(api)) {
                    b.signIn(ACCOUNT, PASSWORD, home);
                    long t0 = System.nanoTime();
                    changeDirectory(b, movable.get(i), "gen1.onmicrosoft.com");
                    return System.nanoTime() - t0;
                }
            });

            time("Use existing directory", requests, warmup, i -> {
                try (Browser b = new Browser(api)) {
                    b.signIn(ACCOUNT, PASSWORD, home);
                    Map<String, String> form = Browser.hidden(b.get("/classic/directories/add"));
                    form.put("choice", "existing");
                    form.put("ready", "yes");
                    long t0 = System.nanoTime();
                    expectRedirect(b.post("/classic/directories/add", form), "/classic/signed-out");
                    return System.nanoTime() - t0;
                }
            });

            // the Graph pages once more, a minute or more after the server started: what the store
            // does in the background after a large load (its first minutes) shows in the first runs
            try (KeepAliveHttps again = graph.connection()) {
                timeReads("Graph users, first page, at the end", i -> expect(again.exchange(first), 200, "\"value\""));
                timeReads(
                        "Graph users, 50th page, at the end", i -> expect(again.exchange(fiftieth), 200, "\"value\""));
            }
        }
    }

    /** The classic portal's directory change: the pick page, both review screens, and Complete. */
    private static void changeDirectory(Browser b, String subscription, String targetDomain) throws IOException {
        KeepAliveHttps.Response pick = b.get("/classic/settings/edit-directory?subscription=" + subscription);
        Matcher m = Pattern.compile("<option value=\"([0-9a-f-]{36})\">[^<]*\\(" + Pattern.quote(targetDomain) + "\\)")
                .matcher(pick.text());
        if (!m.find())
            throw new IOException("no " + targetDomain + " to pick: " + pick.status() + " " + Browser.snippet(pick));
        String review =
                "/classic/settings/edit-directory/review?subscription=" + subscription + "&directory=" + m.group(1);
        Map<String, String> screen1 = Browser.hidden(expect(b.get(review + "&screen=1"), 200, "version"));
        KeepAliveHttps.Response screen2 =
                expect(b.get(review + "&screen=2&version=" + screen1.get("version")), 200, "complete");
        Map<String, String> complete = Browser.hidden(screen2);
        expect(b.post("/classic/settings/edit-directory/complete", complete), 200, subscription.substring(0, 0));
    }

    /** One operation; returns normally when the answer is the expected one, or its own duration in ns (a Long). */
    interface Timed {
        Object once(int i) throws Exception;
    }

    /** Times {@code n} runs after {@code w} untimed ones. */
    private void time(String name, int n, int w, Timed op) throws Exception {
        time(name, n, w, 0, op);
    }

    /**
     * A read that can be repeated at will: timed at least {@code requests} times and for at least
     * {@code readSeconds}. A sub-millisecond read's 500 runs last a third of a second, shorter than
     * the time between two of the server's young collections, so its p99 told whether a pause fell
     * in that window; over a few seconds every world's runs meet its collections alike.
     */
    private void timeReads(String name, Timed op) throws Exception {
        time(name, requests, warmup, readSeconds * 1_000_000_000L, op);
    }

    private void time(String name, int n, int w, long atLeastNanos, Timed op) throws Exception {
        for (int i = 0; i < w; i++) op.once(-1 - i);
        long[] ns = new long[n];
        long start = System.nanoTime();
        int done = 0;
        while (done < n || System.nanoTime() - start < atLeastNanos) {
            if (done == ns.length) ns = Arrays.copyOf(ns, ns.length * 2);
            long t0 = System.nanoTime();
            Object own = op.once(done);
            ns[done++] = own instanceof Long l ? l : System.nanoTime() - t0;
        }
        ns = Arrays.copyOf(ns, done);
        n = done;
        Arrays.sort(ns);
        System.out.printf(
                "op=%s n=%d p50=%.2f p99=%.2f max=%.2f%n",
                name.replace(' ', '_'), n, LoadRun.pct(ns, 50), LoadRun.pct(ns, 99), ns[n - 1] / 1e6);
        System.out.flush();
    }

    private static KeepAliveHttps.Response expect(KeepAliveHttps.Response r, int status, String text)
            throws IOException {
        if (r.status() != status || !r.text().contains(text))
            throw new IOException(
                    "expected " + status + " with " + text + ", got " + r.status() + ": " + Browser.snippet(r));
        return r;
    }

    private static void expectRedirect(KeepAliveHttps.Response r, String to) throws IOException {
        if (r.status() != 303 || r.location() == null || !r.location().contains(to))
            throw new IOException("expected a redirect to " + to + ", got " + r.status() + ": " + Browser.snippet(r));
    }

    private byte[] passwordGrant(String scope) {
        return api.request(
                "POST",
                "/gen0.onmicrosoft.com/oauth2/v2.0/token",
                TokenLoad.FORM,
                TokenLoad.form(
                        "grant_type",
                        "password",
                        "client_id",
                        AZURE_CLI,
                        "username",
                        USER,
                        "password",
                        PASSWORD,
                        "scope",
                        scope));
    }

    private static String token(KeepAliveHttps.Response r) throws IOException {
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(expect(r, 200, "access_token").text());
        m.find();
        return m.group(1);
    }

    /** The directory (tid claim) of an access token. */
    private static String tenantOf(String jwt) {
        String payload = new String(
                java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"tid\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(payload);
        if (!m.find()) throw new IllegalStateException("no tid in " + payload);
        return m.group(1);
    }

    /** Follows @odata.nextLink from the first page to page {@code n}; returns that page's path. */
    private static String pageOf(LoadRun graph, KeepAliveHttps g, byte[] first, String bearer, String link, int n)
            throws IOException {
        KeepAliveHttps.Response page = expect(g.exchange(first), 200, "\"value\"");
        String path = null;
        Pattern next = Pattern.compile("\"" + Pattern.quote(link) + "\"\\s*:\\s*\"([^\"]+)\"");
        for (int i = 2; i <= n; i++) {
            Matcher m = next.matcher(page.text());
            if (!m.find()) throw new IOException("no page " + i + " of users");
            path = Browser.path(m.group(1).replace("\\u0026", "&").replace("\\/", "/"));
            page = expect(g.exchange(graph.request("GET", path, bearer, null)), 200, "\"value\"");
        }
        return path;
    }

    private static String newUser(int i) {
        String alias = "scale" + (i < 0 ? "w" + -i : Integer.toString(i));
        return "{\"accountEnabled\":true,\"displayName\":\"Scale " + alias + "\",\"mailNickname\":\"" + alias
                + "\",\"userPrincipalName\":\"" + alias + "@gen0.onmicrosoft.com\",\"passwordProfile\":"
                + "{\"forceChangePasswordNextSignIn\":false,\"password\":\"" + PASSWORD + "\"}}";
    }

    /** The ids of the limit subscriptions in the ARM list, in the order of their names. */
    private static List<String> limitSubscriptions(String json) throws IOException {
        Map<Integer, String> byNumber = new java.util.TreeMap<>();
        Matcher m = Pattern.compile(
                        "\"subscriptionId\"\\s*:\\s*\"([0-9a-f-]{36})\"[^{}]*?\"displayName\"\\s*:\\s*\"Limit subscription (\\d+)\"")
                .matcher(json);
        while (m.find()) byNumber.put(Integer.parseInt(m.group(2)), m.group(1));
        if (byNumber.size() < 2)
            throw new IOException(
                    "fewer than 2 limit subscriptions in " + json.substring(0, Math.min(400, json.length())));
        return new ArrayList<>(byNumber.values());
    }
}
