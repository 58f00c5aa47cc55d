package dev.cerulean.server.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.page.ReturnPath;
import dev.cerulean.server.testing.TestBrowser;
import dev.cerulean.server.testing.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInPagesTest {
    static final String KELLEY = "kelley.wall@outlook.com";
    static final String PASSWORD = Worlds.PASSWORD;
    private final Ports ports = Worlds.kelleyWall(InMemoryPorts.create(Worlds.fixedClock(), Worlds.sequentialIds()))
            .ports();
    private TestServer server;
    private TestBrowser browser;

    @BeforeEach
    void start() {
        server = TestServer.plain(ports);
        browser = server.browser();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theEmailPageCarriesACsrfTokenAndTheSecurityHeaders() throws Exception {
        var page = browser.get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<label for=\"f-email\">Email address</label>")
                .contains("autofocus")
                .contains("aria-live")
                .doesNotContain("<script");
        assertThat(browser.csrf).hasSizeGreaterThan(30);
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'none'")
                        .contains("frame-ancestors 'none'")
                        .doesNotContain("script-src"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void signingInRedirectsToALongReturnUrlWithItsQueryString() throws Exception {
        String authorize =
                "/" + Worlds.DEFAULT_DIRECTORY + "/oauth2/v2.0/authorize?client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46"
                        + "&response_type=code&redirect_uri=" + enc("http://localhost:4711/callback") + "&scope="
                        + enc("openid profile offline_access")
                        + "&state=" + "s".repeat(600) + "&code_challenge=" + "c".repeat(43)
                        + "&code_challenge_method=S256&response_mode=form_post";
        browser.get("/login?return=" + enc(authorize));

        var password = browser.post("/login", Map.of("email", KELLEY, "return", authorize));
        var signedIn =
                browser.post("/login/password", Map.of("email", KELLEY, "password", PASSWORD, "return", authorize));

        assertThat(password.body()).contains("Enter password").contains("type=\"password\"");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).hasValue(authorize);
        assertThat(browser.sessionCookie()).isNotNull();
        var me = browser.get("/me");
        assertThat(me.body())
                .contains("You are signed in as kelley.wall@outlook.com.")
                .contains(Worlds.DEFAULT_DIRECTORY.toString());
    }

    @Test
    void onlyPathsOnThisServerAreReturnedTo() throws Exception {
        assertThat(ReturnPath.safe("https://evil.example/")).isEqualTo("/");
        assertThat(ReturnPath.safe("//evil.example/x")).isEqualTo("/");
        assertThat(ReturnPath.safe("/\\evil.example")).isEqualTo("/");
        assertThat(ReturnPath.safe("/ok\r\nSet-Cookie: x")).isEqualTo("/");
        browser.get("/login");

        var signedIn = browser.post(
                "/login/password",
                Map.of("email", KELLEY, "password", PASSWORD, "return", "https://evil.example/steal"));

        assertThat(signedIn.headers().firstValue("Location")).hasValue("/");
    }

    @Test
    void aDisabledWorkAccountIsRefusedWithItsOwnMessageOnlyAfterTheRightPassword() throws Exception {
        var megan =
                ports.directoryUsers().byId(Worlds.CONTOSO, Worlds.MEGAN_BOWEN).orElseThrow();
        ports.directoryUsers().update(megan.with(megan.mailNickname(), false));
        browser.get("/login");

        var wrong = browser.post("/login/password", Map.of("email", megan.userPrincipalName(), "password", "wrong"));
        var right = browser.post("/login/password", Map.of("email", megan.userPrincipalName(), "password", PASSWORD));

        assertThat(wrong.body())
                .contains("Your account or password is incorrect.")
                .doesNotContain("locked");
        assertThat(right.statusCode()).isEqualTo(400);
        assertThat(right.body())
                .contains("Your account has been locked. Contact your support person")
                .contains("role=\"alert\"");
        assertThat(browser.sessionCookie()).isNull();
    }

    @Test
    void disablingOrDeletingAUserEndsItsOpenBrowserSessionAtOnce() throws Exception {
        var megan =
                ports.directoryUsers().byId(Worlds.CONTOSO, Worlds.MEGAN_BOWEN).orElseThrow();
        browser.get("/login");
        browser.post("/login/password", Map.of("email", megan.userPrincipalName(), "password", PASSWORD));
        assertThat(browser.get("/me").statusCode()).isEqualTo(200);

        ports.directoryUsers().update(megan.with(megan.mailNickname(), false));

        assertThat(browser.get("/me").statusCode()).isEqualTo(303);
        ports.directoryUsers().update(megan);
        assertThat(browser.get("/me").statusCode())
                .as("the ended session does not come back")
                .isEqualTo(303);
        browser.get("/login");
        browser.post("/login/password", Map.of("email", megan.userPrincipalName(), "password", PASSWORD));
        assertThat(browser.get("/me").statusCode()).isEqualTo(200);
        ports.directoryUsers().remove(Worlds.CONTOSO, Worlds.MEGAN_BOWEN);
        assertThat(browser.get("/me").statusCode()).isEqualTo(303);
    }

    @Test
    void aWrongPasswordShowsTheGenericMessageAndStartsNoSession() throws Exception {
        browser.get("/login");

        var refused = browser.post("/login/password", Map.of("email", KELLEY, "password", "wrong"));
        var unknown = browser.post("/login/password", Map.of("email", "nobody@example.com", "password", "wrong"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("Your account or password is incorrect.")
                .contains("role=\"alert\"");
        assertThat(unknown.body()).contains("Your account or password is incorrect.");
        assertThat(browser.sessionCookie()).isNull();
    }

    @Test
    void tenFailuresLockTheNameWith429AndRetryAfter() throws Exception {
        browser.get("/login");
        for (int i = 0; i < 10; i++) browser.post("/login/password", Map.of("email", KELLEY, "password", "wrong" + i));

        var locked = browser.post("/login/password", Map.of("email", KELLEY, "password", PASSWORD));

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(locked.body()).contains("Sign-in is blocked for now");
        assertThat(browser.sessionCookie()).isNull();
    }

    @Test
    void aBrowserThatSignedInBeforeGetsInWhileAnotherLockedTheName() throws Exception {
        browser.get("/login");
        assertThat(browser.post("/login/password", Map.of("email", KELLEY, "password", PASSWORD))
                        .statusCode())
                .isEqualTo(303);
        assertThat(browser.cookies.getCookieStore().getCookies())
                .extracting(java.net.HttpCookie::getName)
                .contains(DeviceCookie.NAME);
        browser.post("/logout", Map.of());

        TestBrowser attacker = server.browser();
        attacker.get("/login");
        for (int i = 0; i < 10; i++) attacker.post("/login/password", Map.of("email", KELLEY, "password", "guess" + i));
        assertThat(attacker.post("/login/password", Map.of("email", KELLEY, "password", PASSWORD))
                        .statusCode())
                .as("the name is locked for browsers that never signed it in")
                .isEqualTo(429);

        browser.get("/login");
        var owner = browser.post("/login/password", Map.of("email", KELLEY, "password", PASSWORD));

        assertThat(owner.statusCode()).as(owner.body()).isEqualTo(303);
        assertThat(browser.sessionCookie()).isNotNull();
    }

    @Test
    void swedishPagesFollowAcceptLanguageAndTheSwitchLink() throws Exception {
        browser.acceptLanguage("sv-SE,sv;q=0.9,en;q=0.5");

        var email = browser.get("/login");
        var refused = browser.post("/login/password", Map.of("email", KELLEY, "password", "fel"));
        var english = browser.get("/login?lang=en");

        assertThat(email.body())
                .contains("<html lang=\"sv\"")
                .contains("Logga in")
                .contains("E-postadress")
                .contains("Nästa")
                .contains("lang=en");
        assertThat(refused.body()).contains("Ditt konto eller lösenord är felaktigt.");
        assertThat(english.body()).contains("<html lang=\"en\"").contains("Sign in");
    }

    @Test
    void aPostWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        browser.get("/login");

        var noToken = browser.postExactly("/login/password", Map.of("email", KELLEY, "password", PASSWORD));
        var wrongToken = browser.postExactly(
                "/signup",
                Map.of("csrf", "x".repeat(43), "email", "new@example.com", "displayName", "New", "password", PASSWORD));

        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(browser.sessionCookie()).isNull();
        assertThat(ports.microsoftAccounts().byEmail(Email.of("new@example.com")))
                .isEmpty();
    }

    @Test
    void anEmailThatIsBothKindsGetsTheAccountPicker() throws Exception {
        // given the Contoso work account's name is also a Microsoft account
        browser.get("/signup");
        browser.post(
                "/signup",
                Map.of(
                        "email",
                        "kelley.wall@contoso.onmicrosoft.com",
                        "displayName",
                        "Kelley (personal)",
                        "password",
                        "Other-Passw0rd!"));
        TestBrowser other = server.browser();
        other.get("/login");

        var picker = other.post("/login", Map.of("email", "kelley.wall@contoso.onmicrosoft.com"));
        var password =
                other.post("/login/kind", Map.of("email", "kelley.wall@contoso.onmicrosoft.com", "kind", "Work"));
        var signedIn = other.post(
                "/login/password",
                Map.of("email", "kelley.wall@contoso.onmicrosoft.com", "kind", "Work", "password", PASSWORD));

        assertThat(picker.body())
                .contains("Work or school account")
                .contains("Personal account")
                .contains("name=\"kind\" value=\"Work\"");
        assertThat(password.body()).contains("name=\"kind\" value=\"Work\"");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        var session =
                ports.sessions().byId(WebSessions.hash(other.sessionCookie())).orElseThrow();
        assertThat(session.caller().identity()).isInstanceOf(Identity.Work.class);
        assertThat(session.caller().directory()).isEqualTo(Worlds.CONTOSO);
    }

    @Test
    void signingOutEndsTheSessionAndHonoursOnlyRelativeRedirects() throws Exception {
        browser.get("/login");
        browser.post("/login/password", Map.of("email", KELLEY, "password", PASSWORD));
        String cookie = browser.sessionCookie();

        var out = browser.get("/logout?post_logout_redirect_uri=" + enc("https://evil.example/"));

        assertThat(out.statusCode()).isEqualTo(200);
        assertThat(out.body()).contains("You signed out of your account");
        assertThat(out.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith("cerulean_session=;")
                        .contains("Expires=Thu, 01 Jan 1970 00:00:00 GMT"));
        assertThat(ports.sessions().byId(WebSessions.hash(cookie))).isEmpty();

        browser.post("/login/password", Map.of("email", KELLEY, "password", PASSWORD));
        var relative = browser.get("/me");
        var outAgain = browser.post("/logout", Map.of("post_logout_redirect_uri", "/login?lang=sv"));
        assertThat(relative.statusCode()).isEqualTo(200);
        assertThat(outAgain.statusCode()).isEqualTo(303);
        assertThat(outAgain.headers().firstValue("Location")).hasValue("/login?lang=sv");
        assertThat(browser.get("/me").statusCode()).isEqualTo(303);
    }

    @Test
    void withThrottlingOffRepeatedFailuresDoNotSlowDown() throws Exception {
        try (TestServer unthrottled = TestServer.plain(
                TestServer.demoWorld(Worlds.fixedClock()),
                s -> s.signInSettings(
                        new SignInSettings(dev.cerulean.core.signin.SignInThrottle.OFF, SessionSettings.DEFAULT)))) {
            TestBrowser b = unthrottled.browser();
            b.get("/login");
            for (int i = 0; i < 12; i++) b.post("/login/password", Map.of("email", KELLEY, "password", "wrong" + i));

            var signedIn = b.post("/login/password", Map.of("email", KELLEY, "password", PASSWORD));

            assertThat(signedIn.statusCode()).isEqualTo(303);
            assertThat(unthrottled.server.signIn().signIn()).isNotNull();
        }
    }
}
