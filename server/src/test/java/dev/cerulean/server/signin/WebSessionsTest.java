package dev.cerulean.server.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.UseCases;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.MovableClock;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebSessionsTest {
    private final MovableClock clock = new MovableClock(Worlds.NOW);
    private final Worlds.KelleyWall world = Worlds.kelleyWall(InMemoryPorts.create(clock, Worlds.sequentialIds()));
    private final Ports ports = world.ports();
    private final WebSessions sessions =
            new WebSessions(UseCases.of(ports).signIn().sessions(), SessionSettings.DEFAULT);
    private final HttpClient http = HttpClient.newHttpClient();
    private Javalin app;

    @BeforeEach
    void start() {
        app = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.routes.get(
                            "/start",
                            ctx -> ctx.result(sessions.start(ctx, world.kelleyMsaInDefault())
                                    .id()));
                    config.routes.get(
                            "/who",
                            ctx -> ctx.result(sessions.current(ctx)
                                    .map(s -> s.caller().directory() + " "
                                            + s.caller().email())
                                    .orElse("nobody")));
                    config.routes.get(
                            "/switch",
                            ctx -> ctx.result(sessions.switchDirectory(
                                            ctx, dev.cerulean.core.common.DirectoryId.of(ctx.queryParam("to")))
                                    .map(s -> "switched")
                                    .orElse("kept")));
                    config.routes.get("/end", ctx -> sessions.end(ctx));
                })
                .start("localhost", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path));
        if (cookie != null) request.header("Cookie", cookie);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookieOf(HttpResponse<?> response) {
        List<String> set = response.headers().allValues("Set-Cookie");
        return set.stream()
                .filter(c -> c.startsWith(WebSessions.COOKIE + "="))
                .reduce((a, b) -> b)
                .orElseThrow()
                .split(";")[0];
    }

    @Test
    void theCookieCarriesASecretWhoseHashIsTheStoredId() throws Exception {
        var started = get("/start", null);
        String cookie = cookieOf(started);
        String value = cookie.substring(cookie.indexOf('=') + 1);

        assertThat(started.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .contains("HttpOnly")
                        .contains("SameSite=Lax")
                        .contains("Path=/")
                        .doesNotContain("Secure"));
        assertThat(value).hasSizeGreaterThanOrEqualTo(43); // 256 bits, base64url
        assertThat(started.body()).isEqualTo(WebSessions.hash(value)).isNotEqualTo(value);
        assertThat(ports.sessions().byId(WebSessions.hash(value))).isPresent();
        assertThat(ports.sessions().byId(value)).isEmpty();
        assertThat(get("/who", cookie).body()).isEqualTo(Worlds.DEFAULT_DIRECTORY + " kelley.wall@outlook.com");
    }

    @Test
    void signingInAgainRotatesTheSessionAndEndsTheOldOne() throws Exception {
        String first = cookieOf(get("/start", null));

        String second = cookieOf(get("/start", first));

        assertThat(second).isNotEqualTo(first);
        assertThat(get("/who", first).body()).isEqualTo("nobody");
        assertThat(get("/who", second).body()).contains("kelley.wall@outlook.com");
    }

    @Test
    void aSessionExpiresAfterAnHourIdleButUseKeepsItAlive() throws Exception {
        String cookie = cookieOf(get("/start", null));
        clock.advance(Duration.ofMinutes(50));
        assertThat(get("/who", cookie).body()).contains("kelley");

        clock.advance(Duration.ofMinutes(50));
        assertThat(get("/who", cookie).body()).contains("kelley");

        clock.advance(Duration.ofMinutes(61));
        var expired = get("/who", cookie);
        assertThat(expired.body()).isEqualTo("nobody");
        assertThat(expired.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).contains("Expires=Thu, 01 Jan 1970 00:00:00 GMT"));
        assertThat(ports.sessions().byId(WebSessions.hash(cookie.substring(cookie.indexOf('=') + 1))))
                .isEmpty();
    }

    @Test
    void anIdleTimeOfThirtySecondsKeepsASessionInUseAliveAndEndsAnUnusedOne() throws Exception {
        // what `serve --session-idle 30s` builds: the default touch interval with a 30 s idle time
        var thirtySeconds =
                new SessionSettings(Duration.ofSeconds(30), Duration.ofHours(12), SessionSettings.DEFAULT.touchEvery());
        var shortSessions = new WebSessions(UseCases.of(ports).signIn().sessions(), thirtySeconds);
        var quick = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.routes.get(
                            "/start",
                            ctx -> ctx.result(shortSessions
                                    .start(ctx, world.kelleyMsaInDefault())
                                    .id()));
                    config.routes.get(
                            "/who",
                            ctx -> ctx.result(shortSessions
                                    .current(ctx)
                                    .map(s -> "kelley")
                                    .orElse("nobody")));
                })
                .start("localhost", 0);
        try {
            String base = "http://localhost:" + quick.port();
            var started = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/start")).build(), HttpResponse.BodyHandlers.ofString());
            String cookie = cookieOf(started);
            for (int i = 0; i < 6; i++) {
                clock.advance(Duration.ofSeconds(20));
                assertThat(http.send(
                                        HttpRequest.newBuilder(URI.create(base + "/who"))
                                                .header("Cookie", cookie)
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .body())
                        .as("used every 20 s, request %d", i)
                        .isEqualTo("kelley");
            }

            clock.advance(Duration.ofSeconds(31));

            assertThat(http.send(
                                    HttpRequest.newBuilder(URI.create(base + "/who"))
                                            .header("Cookie", cookie)
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body())
                    .isEqualTo("nobody");
        } finally {
            quick.stop();
        }
    }

    @Test
    void aSessionEndsAfterTwelveHoursHoweverBusy() throws Exception {
        String cookie = cookieOf(get("/start", null));
        for (int i = 0; i < 23; i++) {
            clock.advance(Duration.ofMinutes(30));
            assertThat(get("/who", cookie).body()).contains("kelley");
        }

        clock.advance(Duration.ofMinutes(30));

        assertThat(get("/who", cookie).body()).isEqualTo("nobody");
    }

    @Test
    void signingOutRemovesTheSessionAndClearsTheCookie() throws Exception {
        String cookie = cookieOf(get("/start", null));

        var end = get("/end", cookie);

        assertThat(end.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).contains("Expires=Thu, 01 Jan 1970 00:00:00 GMT"));
        assertThat(get("/who", cookie).body()).isEqualTo("nobody");
    }

    @Test
    void R31_switchingDirectoryIsASilentNewSessionOfTheSamePersonThroughTheOtherDirectory() throws Exception {
        // given Kelley's Microsoft account is also an external member of Contoso
        var member = new dev.cerulean.core.common.ObjectId(java.util.UUID.randomUUID());
        ports.directoryUsers()
                .add(new dev.cerulean.core.directory.DirectoryUser(
                        member,
                        Worlds.CONTOSO,
                        "Kelley Wall",
                        "kelley.wall_outlook.com#EXT#@contoso.onmicrosoft.com",
                        dev.cerulean.core.common.Email.of(dev.cerulean.core.world.DemoWorld.KELLEY),
                        dev.cerulean.core.directory.DirectoryUser.UserType.Member,
                        dev.cerulean.core.directory.DirectoryUser.Source.MICROSOFT_ACCOUNT,
                        world.kelleyMsaInDefault().identity(),
                        null,
                        null));
        var start = get("/start", null);
        String cookie = cookieOf(start);

        // when
        var switched = get("/switch?to=" + Worlds.CONTOSO, cookie);

        // then a new session, through Contoso, replaces the old one
        assertThat(switched.body()).isEqualTo("switched");
        String next = cookieOf(switched);
        assertThat(next).isNotEqualTo(cookie);
        assertThat(get("/who", next).body()).isEqualTo(Worlds.CONTOSO + " kelley.wall@outlook.com");
        assertThat(get("/who", cookie).body()).isEqualTo("nobody");
    }

    @Test
    void R31_switchingToADirectoryThePersonIsNotInKeepsTheSession() throws Exception {
        String cookie = cookieOf(get("/start", null));

        var toContoso = get("/switch?to=" + Worlds.CONTOSO, cookie);
        var toSomewhereElse = get("/switch?to=" + Worlds.CONTOSO, cookie);

        // Kelley's Microsoft account is not a member of Contoso (her work account there is another account)
        assertThat(toContoso.body()).isEqualTo("kept");
        assertThat(toSomewhereElse.body()).isEqualTo("kept");
        assertThat(get("/who", cookie).body()).startsWith(Worlds.DEFAULT_DIRECTORY.toString());
    }
}
