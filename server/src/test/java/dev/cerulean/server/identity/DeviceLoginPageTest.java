package dev.cerulean.server.identity;

import static dev.cerulean.server.identity.IdentityServer.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.token.DeviceCode;
import dev.cerulean.server.testing.TestBrowser;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The device-code verification page in the person's language: English by default, Swedish when preferred. */
class DeviceLoginPageTest {
    private static final String CLI = PasswordAndRefreshTest.CLI;
    private static final String SWEDISH = "sv-SE,sv;q=0.9,en;q=0.5";
    private final IdentityServer s = new IdentityServer();
    private final TestBrowser browser = new TestBrowser(s.base, HttpClient.newBuilder());

    @AfterEach
    void stop() {
        s.close();
    }

    private String userCode() throws Exception {
        return s.post("/organizations/oauth2/v2.0/devicecode", form("client_id", CLI, "scope", "openid"))
                .json()
                .path("user_code")
                .asText();
    }

    private HttpResponse<String> signedInCodePage(String path) throws Exception {
        HttpResponse<String> toLogin = browser.get(path);
        browser.follow(browser.signIn(toLogin, "kelley.wall@contoso.onmicrosoft.com", Worlds.PASSWORD));
        return browser.get(path);
    }

    private HttpResponse<String> enter(HttpResponse<String> page, String code) throws Exception {
        return browser.post("/devicelogin", Map.of("csrf", TestBrowser.csrf(page.body()), "otc", code));
    }

    @Test
    void aSwedishBrowserIsAskedForTheCodeConfirmsAndIsToldItSignedInInSwedish() throws Exception {
        String code = userCode();
        browser.acceptLanguage(SWEDISH);

        HttpResponse<String> ask = signedInCodePage("/devicelogin");
        HttpResponse<String> confirm = enter(ask, code);
        HttpResponse<String> done = browser.post(
                "/devicelogin/decide",
                Map.of("csrf", TestBrowser.csrf(confirm.body()), "otc", code, "decision", "continue"));

        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.body())
                .contains("<html lang=\"sv\"")
                .contains("<title>Ange kod – Cerulean</title>")
                .contains("<h1>Ange kod</h1>")
                .contains("Ange koden som visas i appen eller på enheten.")
                .contains("<label for=\"f-otc\">Kod</label>")
                .contains("<input id=\"f-otc\" name=\"otc\"")
                .contains(">Nästa</button>")
                .contains("href=\"/devicelogin?lang=en\" lang=\"en\"")
                .doesNotContain("Enter code");
        assertThat(confirm.body())
                .contains("<html lang=\"sv\"")
                .contains("<h1>Försöker du logga in på Microsoft Azure CLI?</h1>")
                .contains("Fortsätt bara om du har hämtat appen från en butik eller webbplats som du litar på.")
                .contains(">Avbryt</button>")
                .contains(">Fortsätt</button>");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body())
                .contains("<html lang=\"sv\"")
                .contains(
                        "Du har loggat in på programmet Microsoft Azure CLI på enheten. Du kan nu stänga det här fönstret.");
        assertThat(s.ports.deviceCodes().byUserCode(code).orElseThrow().state()).isEqualTo(DeviceCode.State.Approved);
    }

    @Test
    void englishIsTheDefaultWithoutAPreference() throws Exception {
        String code = userCode();

        HttpResponse<String> ask = signedInCodePage("/devicelogin");
        HttpResponse<String> confirm = enter(ask, code);

        assertThat(ask.body())
                .contains("<html lang=\"en\"")
                .contains("<h1>Enter code</h1>")
                .contains("Enter the code displayed on your app or device.")
                .contains("<label for=\"f-otc\">Code</label>")
                .contains(">Next</button>")
                .contains("href=\"/devicelogin?lang=sv\" lang=\"sv\"")
                .doesNotContain("Ange kod");
        assertThat(confirm.body())
                .contains("<html lang=\"en\"")
                .contains("<h1>Are you trying to sign in to Microsoft Azure CLI?</h1>")
                .contains(">Cancel</button>")
                .contains(">Continue</button>");
    }

    @Test
    void aBrowserPreferringAnotherLanguageGetsEnglish() throws Exception {
        browser.acceptLanguage("de-DE,de;q=0.9");

        HttpResponse<String> ask = signedInCodePage("/devicelogin");

        assertThat(ask.body()).contains("<html lang=\"en\"").contains("<h1>Enter code</h1>");
    }

    @Test
    void unknownExpiredAndUsedCodesAreRefusedInSwedishWithoutDecidingAnything() throws Exception {
        String used = userCode();
        String expired = userCode();
        browser.acceptLanguage(SWEDISH);
        HttpResponse<String> ask = signedInCodePage("/devicelogin");
        s.ports.deviceCodes().decide(used, DeviceCode.State.Denied, null);

        HttpResponse<String> unknown = enter(ask, "NOPE-1234");
        HttpResponse<String> again = enter(ask, used);
        s.clock.advance(Duration.ofMinutes(16));
        HttpResponse<String> late = enter(ask, expired);

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body())
                .contains("<html lang=\"sv\"")
                .contains("role=\"alert\"")
                .contains("Koden fungerade inte. Kontrollera koden och försök igen.")
                .contains("value=\"NOPE1234\"");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("Koden har redan använts.");
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("Koden har gått ut.");
        assertThat(s.ports.deviceCodes().byUserCode(expired).orElseThrow().state())
                .isEqualTo(DeviceCode.State.Pending);
        assertThat(s.ports.deviceCodes().byUserCode(used).orElseThrow().state()).isEqualTo(DeviceCode.State.Denied);
    }

    @Test
    void theEnglishRefusalOfAnUnknownCodeIsMicrosoftsWording() throws Exception {
        HttpResponse<String> ask = signedInCodePage("/devicelogin");

        HttpResponse<String> unknown = enter(ask, "ZZZZZZZZ");

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(TestBrowser.text(unknown.body())).contains("That code didn't work. Check the code and try again.");
    }

    @Test
    void theLanguageSwitchIsKeptByTheFormsAndCancellingAnswersInSwedish() throws Exception {
        String code = userCode();
        HttpResponse<String> ask = signedInCodePage("/devicelogin?lang=sv");

        HttpResponse<String> confirm = enter(ask, code);
        HttpResponse<String> cancelled = browser.post(
                "/devicelogin/decide",
                Map.of("csrf", TestBrowser.csrf(confirm.body()), "otc", code, "decision", "cancel", "lang", "sv"));

        assertThat(ask.body())
                .contains("<h1>Ange kod</h1>")
                .contains("<input type=\"hidden\" name=\"lang\" value=\"sv\">");
        assertThat(confirm.body()).contains("<input type=\"hidden\" name=\"lang\" value=\"sv\">");
        assertThat(cancelled.body())
                .contains("<html lang=\"sv\"")
                .contains("<h1>Inloggningen avbröts</h1>")
                .contains("Du avböjde att logga in på Microsoft Azure CLI. Du kan stänga det här fönstret.");
        assertThat(s.ports.deviceCodes().byUserCode(code).orElseThrow().state()).isEqualTo(DeviceCode.State.Denied);
    }

    @Test
    void anExpiredFormIsExplainedInSwedish() throws Exception {
        browser.acceptLanguage(SWEDISH);
        signedInCodePage("/devicelogin");

        HttpResponse<String> forged = browser.post("/devicelogin", Map.of("csrf", "forged", "otc", "ABCD"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body())
                .contains("<html lang=\"sv\"")
                .contains("Formuläret har gått ut. Försök igen.")
                .contains(">Ange koden igen</a>");
    }
}
