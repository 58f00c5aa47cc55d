package dev.cerulean.server.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.CeruleanServer;
import dev.cerulean.server.testing.TestBrowser;
import dev.cerulean.server.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HTTP and HTTPS sessions are apart: over HTTPS the session and pre-session cookies are
 * {@code __Host-} cookies (Secure, Path=/, no Domain), and a session begun over HTTP is not one
 * over HTTPS, so a plain-HTTP page (any port of the host) can neither read nor plant the HTTPS one.
 */
class SessionCookiesTest {
    private final Ports ports = Worlds.kelleyWall(InMemoryPorts.create(Worlds.fixedClock(), Worlds.sequentialIds()))
            .ports();
    private TestServer running;
    private CeruleanServer server;
    private SSLContext trusting;

    @BeforeEach
    void start() {
        running = TestServer.https(ports);
        server = running.server;
        trusting = running.ssl();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static HttpResponse<String> signIn(TestBrowser browser) throws Exception {
        browser.get("/login");
        var done = browser.post(
                "/login/password", Map.of("email", "kelley.wall@outlook.com", "password", Worlds.PASSWORD));
        assertThat(done.statusCode()).isEqualTo(303);
        return done;
    }

    private static String setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no " + name + " in " + response.headers().allValues("Set-Cookie")));
    }

    @Test
    void overHttpsTheCookiesAreHostPrefixedSecureForTheWholeHostAndWithoutDomain() throws Exception {
        TestBrowser https = new TestBrowser("https://localhost:" + server.httpsPort(), trusting);

        var form = https.get("/login");
        var signedIn = signIn(https);

        String preSession = setCookie(form, "__Host-cerulean_csrf");
        String session = setCookie(signedIn, "__Host-cerulean_session");
        assertThat(List.of(preSession, session))
                .allSatisfy(c -> assertThat(c)
                        .contains("; Secure")
                        .contains("Path=/;")
                        .contains("HttpOnly")
                        .doesNotContainIgnoringCase("Domain="));
        assertThat(preSession).contains("SameSite=Strict");
        assertThat(session).contains("SameSite=Lax");
        assertThat(signedIn.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("cerulean_session="));
    }

    @Test
    void overHttpTheCookiesArePlainAndNotSecure() throws Exception {
        TestBrowser http = new TestBrowser("http://localhost:" + server.port());

        var form = http.get("/login");
        var signedIn = signIn(http);

        assertThat(setCookie(form, "cerulean_csrf")).doesNotContain("Secure").contains("SameSite=Strict");
        assertThat(setCookie(signedIn, "cerulean_session"))
                .doesNotContain("Secure")
                .contains("SameSite=Lax");
    }

    @Test
    void aSessionBegunOverHttpIsNoSessionOverHttps() throws Exception {
        TestBrowser http = new TestBrowser("http://localhost:" + server.port());
        signIn(http);
        String value = http.sessionCookie();
        HttpClient client = HttpClient.newBuilder().sslContext(trusting).build();

        // a browser sends a cookie set over HTTP (not Secure) to every port of the host, HTTPS ones too
        var me = client.send(
                HttpRequest.newBuilder(URI.create("https://localhost:" + server.httpsPort() + "/me"))
                        .header("Cookie", "cerulean_session=" + value)
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(me.statusCode()).isEqualTo(303);
        assertThat(me.body()).doesNotContain("You are signed in");
        assertThat(http.get("/me").body()).contains("You are signed in as kelley.wall@outlook.com.");
    }
}
