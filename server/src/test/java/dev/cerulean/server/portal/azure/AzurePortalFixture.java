package dev.cerulean.server.portal.azure;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.CeruleanServer;
import dev.cerulean.server.HealthyStore;
import dev.cerulean.server.MovableClock;
import dev.cerulean.server.portal.classic.PortalSettings;
import dev.cerulean.server.testing.TestBrowser;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The demo world (the article's Kelley Wall) behind a started server, for the Azure portal's page tests. */
abstract class AzurePortalFixture {
    static final String KELLEY = "kelley.wall@outlook.com",
            GLOBAL_ADMIN = "kelley.wall@contoso.onmicrosoft.com",
            MEGAN = "megan.bowen@contoso.onmicrosoft.com",
            ALEX = "alex.ops@outlook.com",
            PASSWORD = Worlds.PASSWORD;
    static final String SUBSCRIPTION = "/portal/subscriptions/" + Worlds.SUBSCRIPTION;
    final MovableClock clock = new MovableClock(Worlds.NOW);
    final Ports ports = Worlds.kelleyWall(InMemoryPorts.create(clock, Worlds.sequentialIds()))
            .ports();
    CeruleanServer server;
    TestBrowser browser;

    @BeforeEach
    void start() {
        server = new CeruleanServer(ports, new HealthyStore("in-memory"))
                .portalSettings(new PortalSettings(Duration.ofMinutes(30)))
                .start("localhost", 0);
        browser = client();
    }

    TestBrowser client() {
        return new TestBrowser("http://localhost:" + server.port()).following();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The article's step 1 through the classic portal: Contoso's global administrator lets Azure use Contoso. */
    void linkContoso() throws Exception {
        TestBrowser classic = client();
        classic.signIn(KELLEY, PASSWORD, "/classic");
        classic.post("/classic/directories/add", "choice", "existing", "ready", "yes");
        classic.signInAs(GLOBAL_ADMIN, "Work", PASSWORD, "/classic/link");
        var confirmed = classic.post("/classic/link");
        assertThat(text(confirmed.body())).contains("Sign out now");
    }

    /** Add role assignment's last step as the form posts it: {@code role} to the user {@code member} at {@code iam}'s scope. */
    java.net.http.HttpResponse<String> assignToUser(String iam, String role, String member, String assignment)
            throws Exception {
        return browser.post(iam + "/add", "role", role, "type", "User", "member", member, "assignment", assignment);
    }
}
