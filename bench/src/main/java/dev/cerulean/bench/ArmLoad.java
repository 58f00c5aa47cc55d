package dev.cerulean.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Authenticated ARM reads under load ({@link LoadRun}): demo-automation gets one client-credentials
 * token, then every client sends {@code GET /subscriptions} (mode {@code subscriptions}) or the
 * subscription's role-assignment list (mode {@code roleAssignments}); an answer counts when it is a
 * 200 with a {@code value} list.
 * <pre>java -cp benchmarks.jar dev.cerulean.bench.ArmLoad BASE_URL TRUSTSTORE subscriptions|roleAssignments
 *      CLIENTS WARMUP_S SECONDS MAX_REQUESTS</pre>
 */
public final class ArmLoad {
    private static final String SUBSCRIPTION = "5b5b5b5b-0000-4000-8000-000000000003";

    private ArmLoad() {}

    public static void main(String[] args) throws Exception {
        LoadRun run = new LoadRun(args[0], Path.of(args[1]));
        String mode = args[2];
        String path = switch (mode) {
            case "subscriptions" -> "/subscriptions?api-version=2022-12-01";
            case "roleAssignments" ->
                "/subscriptions/" + SUBSCRIPTION
                        + "/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01";
            default -> throw new IllegalArgumentException("mode: subscriptions or roleAssignments");
        };
        byte[] request = run.request("GET", path, "Authorization: Bearer " + token(run) + "\r\n", null);
        run.run(
                "requests",
                mode,
                Integer.parseInt(args[3]),
                Integer.parseInt(args[4]),
                Integer.parseInt(args[5]),
                Long.parseLong(args[6]),
                request,
                r -> r.status() == 200 && r.bodyContains("\"value\""));
    }

    private static String token(LoadRun run) throws Exception {
        try (KeepAliveHttps connection = run.connection()) {
            KeepAliveHttps.Response r = connection.exchange(TokenLoad.clientCredentials(run));
            String body = new String(r.body(), StandardCharsets.UTF_8);
            if (r.status() != 200) throw new IllegalStateException("no token: " + body);
            var m = java.util.regex.Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"")
                    .matcher(body);
            if (!m.find()) throw new IllegalStateException("no access_token in " + body);
            return m.group(1);
        }
    }
}
