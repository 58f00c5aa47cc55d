package dev.cerulean.server.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.testing.TestBrowser;
import dev.cerulean.server.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignUpPagesTest {
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

    @Test
    void R36_microsoftAccountSignUpChecksEveryFieldAndKeepsWhatWasTypedButThePassword() throws Exception {
        browser.get("/signup");
        int accounts = ports.microsoftAccounts().all().size();

        var refused = browser.post("/signup", Map.of("email", "not an email", "displayName", " ", "password", "short"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("Enter a valid email address, like someone@example.com.")
                .contains("Enter a name of 1 to 256 characters.")
                .contains("Passwords must have at least 8 characters and contain at least 3 of these")
                .contains("value=\"not an email\"")
                .doesNotContain("value=\"short\"")
                .contains("aria-invalid=\"true\"");
        assertThat(ports.microsoftAccounts().all()).hasSize(accounts);
    }

    @Test
    void R36_microsoftAccountSignUpCreatesTheAccountAndSignsItIn() throws Exception {
        browser.get("/signup");

        var done = browser.post(
                "/signup", Map.of("email", "robin@example.com", "displayName", "Robin", "password", "Robin-Passw0rd!"));

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Your Microsoft account robin@example.com is ready");
        var session =
                ports.sessions().byId(WebSessions.hash(browser.sessionCookie())).orElseThrow();
        assertThat(session.caller().email()).isEqualTo(Email.of("robin@example.com"));
        assertThat(session.caller().identity()).isInstanceOf(Identity.Personal.class);
    }

    @Test
    void R36_anExistingMicrosoftAccountIsNamedOnTheEmailField() throws Exception {
        browser.acceptLanguage("sv");
        browser.get("/signup");

        var refused = browser.post(
                "/signup",
                Map.of("email", "kelley.wall@outlook.com", "displayName", "Kelley", "password", "Robin-Passw0rd!"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("kelley.wall@outlook.com är redan ett Microsoft-konto.");
    }

    @Test
    void R36_office365SignUpCreatesADirectoryWithItsFirstUserAsGlobalAdministrator() throws Exception {
        browser.get("/signup/office365");

        var done = browser.post(
                "/signup/office365",
                Map.of(
                        "companyName",
                        "Fabrikam",
                        "tenantName",
                        "fabrikam",
                        "country",
                        "se",
                        "userName",
                        "admin",
                        "displayName",
                        "Fabrikam Admin",
                        "password",
                        "Fabrikam-Passw0rd!"));

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body())
                .contains("Your organisation Fabrikam is ready")
                .contains("admin@fabrikam.onmicrosoft.com");
        var directory = ports.directories().domainsNamed("fabrikam.onmicrosoft.com");
        assertThat(directory).isNotEmpty();
        var session =
                ports.sessions().byId(WebSessions.hash(browser.sessionCookie())).orElseThrow();
        assertThat(session.caller().identity()).isInstanceOf(Identity.Work.class);
        assertThat(ports.directoryRoles().members(session.caller().directory(), DirectoryRole.GlobalAdministrator))
                .contains(session.caller().principal());
    }

    @Test
    void R36_office365SignUpChecksEveryFieldAndRefusesATakenTenantName() throws Exception {
        browser.get("/signup/office365");
        int directories = ports.directories().all().size();

        var invalid = browser.post(
                "/signup/office365",
                Map.of(
                        "companyName",
                        "",
                        "tenantName",
                        "Not valid!",
                        "country",
                        "Sweden",
                        "userName",
                        "a@b",
                        "displayName",
                        "",
                        "password",
                        "x"));
        var taken = browser.post(
                "/signup/office365",
                Map.of(
                        "companyName",
                        "Contoso again",
                        "tenantName",
                        "contoso",
                        "country",
                        "US",
                        "userName",
                        "admin",
                        "displayName",
                        "Admin",
                        "password",
                        "Contoso-Passw0rd!"));

        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body())
                .contains("Use 1 to 27 lower-case letters and digits.")
                .contains("Enter a two-letter country or region code")
                .contains("Enter a user name of letters")
                .contains("value=\"Not valid!\"")
                .contains("value=\"Sweden\"");
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body()).contains("contoso.onmicrosoft.com is already taken.");
        assertThat(ports.directories().all()).hasSize(directories);
    }

    @Test
    void R36_azureSignUpNeedsASignedInPersonAndCreatesTheirSubscription() throws Exception {
        var anonymous = browser.get("/signup/azure");
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.headers().firstValue("Location")).hasValue("/login?return=%2Fsignup%2Fazure");
        browser.get("/login");
        browser.post("/login/password", Map.of("email", "alex.ops@outlook.com", "password", Worlds.PASSWORD));
        browser.get("/signup/azure");
        int subscriptions = ports.subscriptions().all().size();

        var badOffer = browser.post("/signup/azure", Map.of("subscriptionName", "Alex's", "offer", "MS-NOPE"));
        var done = browser.post("/signup/azure", Map.of("subscriptionName", "Alex's lab", "offer", ""));

        assertThat(badOffer.statusCode()).isEqualTo(400);
        assertThat(badOffer.body()).contains("There is no offer MS-NOPE.").contains("value=\"Alex&#39;s\"");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(TestBrowser.text(done.body())).contains("Subscription Alex's lab");
        assertThat(ports.subscriptions().all()).hasSize(subscriptions + 1);
    }
}
