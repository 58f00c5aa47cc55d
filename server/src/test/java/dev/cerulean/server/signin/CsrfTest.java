package dev.cerulean.server.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.testing.TestBrowser;
import dev.cerulean.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A form runs only with the token of the browser's own session and from the server's own origin:
 * a cookie and token planted from another browser, another origin (another port of localhost) or
 * another site change nothing.
 */
class CsrfTest {
    static final String KELLEY = "kelley.wall@outlook.com", ALEX = "alex.ops@outlook.com", PASSWORD = Worlds.PASSWORD;
    static final String ADD = "/classic/settings/administrators/add";
    static final String NEWCOMER = "sam.reader@kelleywalloutlook.onmicrosoft.com";
    private final Ports ports = Worlds.kelleyWall(InMemoryPorts.create(Worlds.fixedClock(), Worlds.sequentialIds()))
            .ports();
    private TestServer server;
    private String base;

    @BeforeEach
    void start() {
        server = TestServer.plain(ports);
        base = server.base;
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private TestBrowser signedIn(String email) throws Exception {
        TestBrowser browser = new TestBrowser(base);
        browser.get("/login");
        var done = browser.post("/login/password", Map.of("email", email, "password", PASSWORD, "return", "/classic"));
        assertThat(done.statusCode()).isEqualTo(303);
        browser.get(ADD);
        return browser;
    }

    private Map<String, String> addNewcomer(String token) {
        return Map.of("email", NEWCOMER, "subscription", Worlds.SUBSCRIPTION.toString(), "csrf", token);
    }

    private List<String> coAdministrators() {
        return ports.coAdministrators().of(Worlds.SUBSCRIPTION).stream()
                .map(c -> c.administrator().email().value())
                .toList();
    }

    @Test
    void theFormsOwnTokenFromItsOwnOriginAddsTheCoAdministrator() throws Exception {
        TestBrowser kelley = signedIn(KELLEY);

        var added = kelley.postExactly(ADD, addNewcomer(kelley.csrf), "Origin", base, "Sec-Fetch-Site", "same-origin");

        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(coAdministrators()).contains(NEWCOMER);
    }

    @Test
    void aCookieAndTokenPlantedFromAnotherBrowserAreRefusedAndChangeNothing() throws Exception {
        // the attacker gets a cookie and its token from the server as anybody can (here signed in as Alex)
        TestBrowser attacker = signedIn(ALEX);
        TestBrowser kelley = signedIn(KELLEY);
        List<String> before = coAdministrators();
        // a page on another port of localhost plants the attacker's pre-session cookie in Kelley's browser
        TestBrowser anonymous = new TestBrowser(base);
        anonymous.get("/login");
        kelley.plant("cerulean_csrf", anonymous.cookie("cerulean_csrf"));

        var withPreSessionToken = kelley.postExactly(ADD, addNewcomer(anonymous.csrf));
        var withAlexsToken = kelley.postExactly(ADD, addNewcomer(attacker.csrf));

        assertThat(withPreSessionToken.statusCode()).isEqualTo(403);
        assertThat(withAlexsToken.statusCode()).isEqualTo(403);
        assertThat(withPreSessionToken.body()).contains("This form has expired").contains("Nothing was changed.");
        assertThat(coAdministrators()).isEqualTo(before).doesNotContain(NEWCOMER);
    }

    @Test
    void aPostFromAnotherOriginOrSiteIsRefusedEvenWithTheRightToken() throws Exception {
        TestBrowser kelley = signedIn(KELLEY);
        String otherPort = "http://localhost:" + (server.port() == 1 ? 2 : 1);

        var fromOtherPort =
                kelley.postExactly(ADD, addNewcomer(kelley.csrf), "Origin", otherPort, "Sec-Fetch-Site", "same-site");
        var sameSiteWithoutOrigin = kelley.postExactly(ADD, addNewcomer(kelley.csrf), "Sec-Fetch-Site", "same-site");
        var crossSite = kelley.postExactly(ADD, addNewcomer(kelley.csrf), "Sec-Fetch-Site", "cross-site");
        var opaqueOrigin = kelley.postExactly(ADD, addNewcomer(kelley.csrf), "Origin", "null");
        var otherScheme = kelley.postExactly(ADD, addNewcomer(kelley.csrf), "Origin", base.replace("http:", "https:"));

        assertThat(List.of(fromOtherPort, sameSiteWithoutOrigin, crossSite, opaqueOrigin, otherScheme))
                .extracting(HttpResponse::statusCode)
                .containsOnly(403);
        assertThat(coAdministrators()).doesNotContain(NEWCOMER);
    }

    @Test
    void signingOutFromAnotherOriginIsRefusedAndTheSessionLives() throws Exception {
        TestBrowser kelley = signedIn(KELLEY);

        var forged =
                kelley.postExactly(SignInPages.LOGOUT, Map.of("csrf", kelley.csrf), "Origin", "http://localhost:1");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(kelley.get("/me").body()).contains("You are signed in as " + KELLEY);
        assertThat(ports.sessions().byId(WebSessions.hash(kelley.sessionCookie())))
                .isPresent();
    }

    @Test
    void aSignInFormsTokenIsBoundToItsPreSessionCookie() throws Exception {
        TestBrowser attacker = new TestBrowser(base);
        attacker.get("/login");
        TestBrowser victim = new TestBrowser(base);
        victim.get("/login");

        var withOthersToken = victim.postExactly(
                "/login/password", Map.of("email", KELLEY, "password", PASSWORD, "csrf", attacker.csrf));
        var withOwnToken = victim.post("/login/password", Map.of("email", KELLEY, "password", PASSWORD));

        assertThat(withOthersToken.statusCode()).isEqualTo(403);
        assertThat(withOwnToken.statusCode()).isEqualTo(303);
        // the token is not the cookie's value (a double submit would accept a planted pair)
        assertThat(victim.csrf).isNotEqualTo(victim.cookie("cerulean_csrf"));
    }
}
