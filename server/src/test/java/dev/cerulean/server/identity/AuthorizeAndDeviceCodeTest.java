package dev.cerulean.server.identity;

import static dev.cerulean.server.identity.IdentityServer.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.token.DeviceCode;
import dev.cerulean.server.testing.TestBrowser;
import dev.cerulean.server.testing.TestReply;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthorizeAndDeviceCodeTest {
    private static final String CLI = PasswordAndRefreshTest.CLI;
    private static final String REDIRECT = "http://localhost:53117/callback";
    private final IdentityServer s = new IdentityServer();
    private final TestBrowser browser = new TestBrowser(s.base, HttpClient.newBuilder());
    private final CodeVerifier verifier = new CodeVerifier();

    @AfterEach
    void stop() {
        s.close();
    }

    private String authorizeUrl(String tenant, String mode, String extra) {
        String challenge =
                CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue();
        return "/" + tenant + "/oauth2/v2.0/authorize?client_id=" + CLI + "&response_type=code&redirect_uri="
                + AuthorizeEndpoint.enc(REDIRECT) + "&scope="
                + AuthorizeEndpoint.enc("https://management.core.windows.net//.default openid profile offline_access")
                + "&state=st-1&nonce=n-1&code_challenge=" + challenge + "&code_challenge_method=S256&response_mode="
                + mode
                + extra;
    }

    private Map<String, String> signInAndAuthorize(String tenant, String mode, String email) throws Exception {
        HttpResponse<String> toLogin = browser.get(authorizeUrl(tenant, mode, ""));
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(TestBrowser.location(toLogin)).startsWith("/login?return=");
        HttpResponse<String> back = browser.signIn(toLogin, email, Worlds.PASSWORD);
        HttpResponse<String> answer = browser.follow(back);
        if (mode.equals("form_post")) {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("action=\"" + REDIRECT + "\"");
            return TestBrowser.hiddenFields(answer.body());
        }
        assertThat(TestBrowser.location(answer)).startsWith(REDIRECT + "?");
        return TestBrowser.query(TestBrowser.location(answer));
    }

    private TestReply redeem(String code, String codeVerifier) throws Exception {
        return s.post(
                "/organizations/oauth2/v2.0/token",
                form(
                        "grant_type",
                        "authorization_code",
                        "client_id",
                        CLI,
                        "code",
                        code,
                        "redirect_uri",
                        REDIRECT,
                        "code_verifier",
                        codeVerifier));
    }

    @Test
    void aMicrosoftAccountInADirectoryGetsItsTokensByCodeAndTheyNameLiveCom() throws Exception {
        Map<String, String> answer = signInAndAuthorize("organizations", "form_post", "alex.ops@outlook.com");
        var tokens = redeem(answer.get("code"), verifier.getValue());

        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        var access = tokens.claims("access_token");
        assertThat(access.getStringClaim("tid")).isEqualTo(Worlds.DEFAULT_DIRECTORY.toString());
        assertThat(access.getStringClaim("oid")).isEqualTo(Worlds.ALEX_IN_DEFAULT.toString());
        assertThat(access.getStringClaim("idp")).isEqualTo("live.com");
        assertThat(access.getStringClaim("unique_name")).isEqualTo("live.com#alex.ops@outlook.com");
        assertThat(access.getClaim("upn")).isNull();
    }

    @Test
    void aSignedInPersonGetsACodeByFormPostAndRedeemsItOnceWithPkce() throws Exception {
        Map<String, String> answer =
                signInAndAuthorize("contoso.onmicrosoft.com", "form_post", "megan.bowen@contoso.onmicrosoft.com");

        assertThat(answer).containsKeys("code", "client_info", "state", "session_state");
        assertThat(answer.get("state")).isEqualTo("st-1");
        var tokens = redeem(answer.get("code"), verifier.getValue());
        assertThat(tokens.status()).isEqualTo(200);
        assertThat(tokens.claims("access_token").getStringClaim("oid")).isEqualTo(Worlds.MEGAN_BOWEN.toString());
        assertThat(tokens.claims("id_token").getStringClaim("nonce")).isEqualTo("n-1");
        assertThat(tokens.json().path("refresh_token").asText()).isNotEmpty();
        var again = redeem(answer.get("code"), verifier.getValue());
        assertThat(again.error()).isEqualTo("invalid_grant");
        assertThat(again.json().path("error_codes").get(0).asInt()).isEqualTo(54005);
        // the code was presented twice: what its first redemption issued is revoked (RFC 9700 4.2.4)
        var refreshed = s.post(
                "/organizations/oauth2/v2.0/token",
                form(
                        "grant_type",
                        "refresh_token",
                        "client_id",
                        CLI,
                        "refresh_token",
                        tokens.json().path("refresh_token").asText()));
        assertThat(refreshed.error()).isEqualTo("invalid_grant");
    }

    @Test
    void aUserDisabledAfterSigningInCannotRedeemItsCodeAndIsSentBackToSignIn() throws Exception {
        Map<String, String> answer =
                signInAndAuthorize("contoso.onmicrosoft.com", "form_post", "megan.bowen@contoso.onmicrosoft.com");
        var megan = s.ports
                .directoryUsers()
                .byId(Worlds.CONTOSO, Worlds.MEGAN_BOWEN)
                .orElseThrow();
        s.ports.directoryUsers().update(megan.with(megan.mailNickname(), false));

        var tokens = redeem(answer.get("code"), verifier.getValue());
        HttpResponse<String> again = browser.get(authorizeUrl("contoso.onmicrosoft.com", "form_post", ""));

        assertThat(tokens.error()).isEqualTo("invalid_grant");
        assertThat(tokens.json().path("error_codes").get(0).asInt()).isEqualTo(50057);
        // disabling the user ended its browser session: authorize asks for a new sign-in, which the user cannot pass
        assertThat(again.statusCode()).isIn(302, 303);
        assertThat(again.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/login"));
        assertThat(again.body()).doesNotContain("name=\"code\"");
    }

    @Test
    void theQueryModeRedirectsWithTheCodeAndASessionIsReusedWithoutSigningInAgain() throws Exception {
        Map<String, String> first =
                signInAndAuthorize("contoso.onmicrosoft.com", "query", "lee.gu@contoso.onmicrosoft.com");
        HttpResponse<String> second = browser.get(authorizeUrl("contoso.onmicrosoft.com", "query", ""));

        assertThat(first).containsKeys("code", "client_info", "state");
        assertThat(TestBrowser.location(second)).startsWith(REDIRECT + "?code=");
    }

    @Test
    void promptLoginSendsASignedInPersonToTheSignInPageAgain() throws Exception {
        signInAndAuthorize("contoso.onmicrosoft.com", "query", "lee.gu@contoso.onmicrosoft.com");

        HttpResponse<String> again = browser.get(authorizeUrl("contoso.onmicrosoft.com", "query", "&prompt=login"));

        assertThat(TestBrowser.location(again)).startsWith("/login?return=").doesNotContain("prompt");
    }

    @Test
    void aWrongVerifierAWrongRedirectAndAnExpiredCodeAreRefused() throws Exception {
        String c1 = signInAndAuthorize("contoso.onmicrosoft.com", "query", "lee.gu@contoso.onmicrosoft.com")
                .get("code");
        String c2 = TestBrowser.query(
                        TestBrowser.location(browser.get(authorizeUrl("contoso.onmicrosoft.com", "query", ""))))
                .get("code");
        String c3 = TestBrowser.query(
                        TestBrowser.location(browser.get(authorizeUrl("contoso.onmicrosoft.com", "query", ""))))
                .get("code");

        var wrongVerifier = redeem(c1, new CodeVerifier().getValue());
        var wrongRedirect = s.post(
                "/organizations/oauth2/v2.0/token",
                form(
                        "grant_type",
                        "authorization_code",
                        "client_id",
                        CLI,
                        "code",
                        c2,
                        "redirect_uri",
                        "http://localhost:1/other",
                        "code_verifier",
                        verifier.getValue()));
        s.clock.advance(Duration.ofMinutes(6));
        var expired = redeem(c3, verifier.getValue());

        assertThat(wrongVerifier.json().path("error_codes").get(0).asInt()).isEqualTo(501481);
        assertThat(wrongRedirect.error()).isEqualTo("invalid_grant");
        assertThat(expired.error()).isEqualTo("invalid_grant");
        assertThat(expired.json().path("error_codes").get(0).asInt()).isEqualTo(70008);
    }

    @Test
    void anUntrustedRedirectUriIsShownNotFollowed() throws Exception {
        HttpResponse<String> page = browser.get("/common/oauth2/v2.0/authorize?client_id=" + CLI
                + "&response_type=code&scope=openid&redirect_uri=" + AuthorizeEndpoint.enc("https://evil.example/cb"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Location")).isEmpty();
        assertThat(page.body()).contains("AADSTS50011");
    }

    @Test
    void aPersonOutsideTheTenantGetsAnErrorAtTheRedirectUri() throws Exception {
        Map<String, String> answer =
                signInAndAuthorize(Worlds.DEFAULT_DIRECTORY.toString(), "query", "megan.bowen@contoso.onmicrosoft.com");

        assertThat(answer.get("error")).isEqualTo("access_denied");
        assertThat(answer.get("state")).isEqualTo("st-1");
    }

    @Test
    void theDeviceCodeFlowIsPendingUntilApprovedAtTheVerificationPageThenRedeemedOnce() throws Exception {
        var start = s.post(
                "/organizations/oauth2/v2.0/devicecode",
                form("client_id", CLI, "scope", "https://management.core.windows.net//.default openid offline_access"));
        String device = start.json().path("device_code").asText();
        String user = start.json().path("user_code").asText();
        assertThat(start.json().path("verification_uri").asText()).isEqualTo(s.base + "/devicelogin");
        assertThat(start.json().path("message").asText()).contains(user);
        var poll = s.post(
                "/organizations/oauth2/v2.0/token",
                form(
                        "grant_type",
                        "urn:ietf:params:oauth:grant-type:device_code",
                        "client_id",
                        CLI,
                        "device_code",
                        device));
        assertThat(poll.error()).isEqualTo("authorization_pending");

        HttpResponse<String> toLogin = browser.get("/devicelogin");
        HttpResponse<String> page =
                browser.follow(browser.signIn(toLogin, "kelley.wall@contoso.onmicrosoft.com", Worlds.PASSWORD));
        HttpResponse<String> confirm =
                browser.post("/devicelogin", Map.of("csrf", TestBrowser.csrf(page.body()), "otc", user.toLowerCase()));
        assertThat(confirm.body()).contains("Microsoft Azure CLI");
        HttpResponse<String> done = browser.post(
                "/devicelogin/decide",
                Map.of("csrf", TestBrowser.csrf(confirm.body()), "otc", user, "decision", "continue"));
        assertThat(done.statusCode()).isEqualTo(200);

        var tokens = s.post(
                "/organizations/oauth2/v2.0/token",
                form(
                        "grant_type",
                        "urn:ietf:params:oauth:grant-type:device_code",
                        "client_id",
                        CLI,
                        "device_code",
                        device));
        var again = s.post(
                "/organizations/oauth2/v2.0/token",
                form(
                        "grant_type",
                        "urn:ietf:params:oauth:grant-type:device_code",
                        "client_id",
                        CLI,
                        "device_code",
                        device));
        assertThat(tokens.status()).isEqualTo(200);
        assertThat(tokens.claims("access_token").getStringClaim("oid")).isEqualTo(Worlds.KELLEY_CONTOSO.toString());
        assertThat(again.error()).isEqualTo("invalid_grant");
    }

    @Test
    void aDeclinedDeviceCodeIsAccessDeniedAndAnOldOneExpiredToken() throws Exception {
        var declined = s.post("/organizations/oauth2/v2.0/devicecode", form("client_id", CLI, "scope", "openid"));
        var old = s.post("/organizations/oauth2/v2.0/devicecode", form("client_id", CLI, "scope", "openid"));
        s.ports.deviceCodes().decide(declined.json().path("user_code").asText(), DeviceCode.State.Denied, null);

        var denied = s.post(
                "/organizations/oauth2/v2.0/token",
                form(
                        "grant_type",
                        "urn:ietf:params:oauth:grant-type:device_code",
                        "client_id",
                        CLI,
                        "device_code",
                        declined.json().path("device_code").asText()));
        s.clock.advance(Duration.ofMinutes(16));
        var expired = s.post(
                "/organizations/oauth2/v2.0/token",
                form(
                        "grant_type",
                        "urn:ietf:params:oauth:grant-type:device_code",
                        "client_id",
                        CLI,
                        "device_code",
                        old.json().path("device_code").asText()));

        assertThat(denied.error()).isEqualTo("access_denied");
        assertThat(expired.error()).isEqualTo("expired_token");
    }

    @Test
    void theVerificationPageNeedsASignIn() throws Exception {
        HttpResponse<String> page = browser.get("/devicelogin");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(TestBrowser.location(page)).isEqualTo("/login?return=%2Fdevicelogin");
    }

    private TestReply poll(String device) throws Exception {
        return s.post(
                "/organizations/oauth2/v2.0/token",
                form(
                        "grant_type",
                        "urn:ietf:params:oauth:grant-type:device_code",
                        "client_id",
                        CLI,
                        "device_code",
                        device));
    }

    @Test
    void pollingFasterThanTheIntervalIsToldToSlowDown() throws Exception {
        var start = s.post("/organizations/oauth2/v2.0/devicecode", form("client_id", CLI, "scope", "openid"));
        String device = start.json().path("device_code").asText();
        int interval = start.json().path("interval").asInt();

        assertThat(poll(device).error()).isEqualTo("authorization_pending");
        assertThat(poll(device).error()).as("again at once").isEqualTo("slow_down");
        s.clock.advance(Duration.ofSeconds(interval));
        assertThat(poll(device).error()).as("after the interval").isEqualTo("authorization_pending");
    }

    @Test
    void wrongUserCodesAreThrottledAtTheVerificationPage() throws Exception {
        var start = s.post("/organizations/oauth2/v2.0/devicecode", form("client_id", CLI, "scope", "openid"));
        String user = start.json().path("user_code").asText();
        HttpResponse<String> page = browser.follow(
                browser.signIn(browser.get("/devicelogin"), "kelley.wall@contoso.onmicrosoft.com", Worlds.PASSWORD));
        String csrf = TestBrowser.csrf(page.body());
        HttpResponse<String> last = null;
        for (int i = 0; i < 10; i++) {
            last = browser.post("/devicelogin", Map.of("csrf", csrf, "otc", "WRONG" + i));
        }
        HttpResponse<String> right = browser.post("/devicelogin", Map.of("csrf", csrf, "otc", user));

        assertThat(last.statusCode()).as("the tenth wrong code").isEqualTo(429);
        assertThat(right.statusCode())
                .as("even the right code waits while locked")
                .isEqualTo(429);
        assertThat(right.body()).contains("Too many wrong codes");
        s.clock.advance(Duration.ofSeconds(61));
        assertThat(browser.post("/devicelogin", Map.of("csrf", csrf, "otc", user))
                        .body())
                .contains("Microsoft Azure CLI");
    }
}
