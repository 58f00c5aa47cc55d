package dev.cerulean.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher the build leaves beside the jar ({@code cli/target/cerulean}, the README's run
 * command) starts Cerulean with the class-data archive the build made, and that archive maps on
 * the JVM that runs the build.
 */
class LauncherIT {
    private static final Path JAR = Path.of(System.getenv("CERULEAN_JAR")).toAbsolutePath();
    private static final Path LAUNCHER = JAR.resolveSibling("cerulean");
    private static final Path ARCHIVE = JAR.resolveSibling("cerulean.jsa");
    private static final Pattern HEALTH = Pattern.compile("health:\\s+(http://\\S+/health)");

    @TempDir
    Path dir;

    private static Process start(List<String> command) throws Exception {
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String finished(Process p) throws Exception {
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished within 60 s").isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void theArchiveMadeAtBuildMapsOnThisJvm() throws Exception {
        assertThat(ARCHIVE).exists();
        // -Xshare:on refuses to start when the archive cannot be mapped (another JVM, another jar)
        Process p = start(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:SharedArchiveFile=" + ARCHIVE,
                "-Xshare:on",
                "-jar",
                JAR.toString(),
                "--version"));
        String output = finished(p);

        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("Cerulean");
    }

    @Test
    void theLauncherServesTheDemoWorld() throws Exception {
        assertThat(Files.isExecutable(LAUNCHER)).as(LAUNCHER + " is executable").isTrue();
        List<String> command = new ArrayList<>(List.of(
                LAUNCHER.toString(),
                "serve",
                "--world",
                "demo",
                "--port",
                "0",
                "--data",
                dir.resolve("data").toString()));
        Process server = start(command);
        try {
            String health = null;
            StringBuilder seen = new StringBuilder();
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            for (String line; health == null && (line = lines.readLine()) != null; ) {
                seen.append(line).append('\n');
                Matcher m = HEALTH.matcher(line);
                if (m.find()) health = m.group(1);
            }
            assertThat(health).as("the health address among:\n%s", seen).isNotNull();

            var answer = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(health)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(200);
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
