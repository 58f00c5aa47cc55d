package dev.cerulean.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Token requests under load ({@link LoadRun}): {@code client_credentials} for demo-automation, or
 * {@code password} for Megan Bowen through the Azure CLI's client id, each answer counted when it
 * is a 200 with an {@code access_token}.
 * <pre>java -cp benchmarks.jar dev.cerulean.bench.TokenLoad BASE_URL TRUSTSTORE client_credentials|password
 *      CLIENTS WARMUP_S SECONDS MAX_REQUESTS</pre>
 */
public final class TokenLoad {
    static final String DEMO_TENANT = "aaaaaaaa-0000-4000-8000-000000000001";

    private TokenLoad() {}

    public static void main(String[] args) throws Exception {
        LoadRun run = new LoadRun(args[0], Path.of(args[1]));
        String mode = args[2];
        byte[] request = switch (mode) {
            case "client_credentials" -> clientCredentials(run);
            case "password" ->
                run.request(
                        "POST",
                        "/contoso.onmicrosoft.com/oauth2/v2.0/token",
                        FORM,
                        form(
                                "grant_type",
                                "password",
                                "client_id",
                                "04b07795-8ddb-461a-bbee-02f9e1bf7b46",
                                "username",
                                "megan.bowen@contoso.onmicrosoft.com",
                                "password",
                                "Demo-Passw0rd!",
                                "scope",
                                "https://management.core.windows.net//.default openid profile"));
            default -> throw new IllegalArgumentException("mode: client_credentials or password");
        };
        run.run(
                "tokens",
                mode,
                Integer.parseInt(args[3]),
                Integer.parseInt(args[4]),
                Integer.parseInt(args[5]),
                Long.parseLong(args[6]),
                request,
                r -> r.status() == 200 && r.bodyContains("\"access_token\""));
    }

    static final String FORM = "Content-Type: application/x-www-form-urlencoded\r\n";

    /** demo-automation's client-credentials request for an ARM token. */
    static byte[] clientCredentials(LoadRun run) {
        return run.request(
                "POST",
                "/" + DEMO_TENANT + "/oauth2/v2.0/token",
                FORM,
                form(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        "11111111-1111-4111-8111-111111111111",
                        "client_secret",
                        "demo-automation-secret",
                        "scope",
                        "https://management.core.windows.net//.default"));
    }

    static String form(String... pairs) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (s.length() > 0) s.append('&');
            s.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return s.toString();
    }
}
