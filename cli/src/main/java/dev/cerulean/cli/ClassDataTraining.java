package dev.cerulean.cli;

import dev.cerulean.core.world.DemoWorld;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The build's training run for class-data sharing: {@code serve} started with
 * {@code -Dcerulean.training=true} (and {@code -XX:ArchiveClassesAtExit}) asks the server what
 * people and clients ask first — health, discovery, a token, Resource Manager, the sign-in page —
 * then stops, so the JVM archives the classes a start and its first requests load. The launcher
 * {@code cli/target/cerulean} maps that archive, and a start reads those classes ready-made
 * (see docs/benchmarks.md, start-up).
 */
final class ClassDataTraining {
    static final String PROPERTY = "cerulean.training";

    private ClassDataTraining() {}

    static boolean asked() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Sends the first requests to the started server, then stops it. */
    static void exercise(Running running) {
        try (running) {
            String base = "http://localhost:" + running.server().port();
            String tenant = DemoWorld.DEFAULT_DIRECTORY.toString();
            expect(200, request(base + "/health", null, null));
            expect(200, request(base + "/" + tenant + "/v2.0/.well-known/openid-configuration", null, null));
            Answer token = request(
                    base + "/" + tenant + "/oauth2/v2.0/token",
                    null,
                    "grant_type=client_credentials&client_id=" + DemoWorld.DEMO_AUTOMATION_CLIENT + "&client_secret="
                            + DemoWorld.DEMO_AUTOMATION_SECRET
                            + "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default");
            expect(200, token);
            String accessToken = token.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
            expect(200, request(base + "/subscriptions?api-version=2022-12-01", accessToken, null));
            expect(200, request(base + "/login", null, null));
        }
    }

    private record Answer(int status, String body) {}

    private static void expect(int status, Answer answer) {
        if (answer.status() != status) {
            throw new IllegalStateException("training request answered " + answer.status() + ": " + answer.body());
        }
    }

    private static Answer request(String url, String bearer, String form) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setInstanceFollowRedirects(false);
            if (bearer != null) c.setRequestProperty("Authorization", "Bearer " + bearer);
            if (form != null) {
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
                try (OutputStream out = c.getOutputStream()) {
                    out.write(form.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                return new Answer(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("training request to " + url + " failed: " + e.getMessage(), e);
        }
    }
}
