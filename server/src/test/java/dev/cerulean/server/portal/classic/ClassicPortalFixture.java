package dev.cerulean.server.portal.classic;

import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.MovableClock;
import dev.cerulean.server.testing.TestBrowser;
import dev.cerulean.server.testing.TestServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The demo world behind a started server with a browser, shared by the classic portal's page tests. */
abstract class ClassicPortalFixture {
    static final String KELLEY = "kelley.wall@outlook.com",
            GLOBAL_ADMIN = "kelley.wall@contoso.onmicrosoft.com",
            MEGAN = "megan.bowen@contoso.onmicrosoft.com",
            ALEX = "alex.ops@outlook.com",
            PASSWORD = Worlds.PASSWORD;
    final MovableClock clock = new MovableClock(Worlds.NOW);
    final Ports ports = Worlds.kelleyWall(InMemoryPorts.create(clock, Worlds.sequentialIds()))
            .ports();
    TestServer server;
    TestBrowser browser;

    @BeforeEach
    void start() {
        server = TestServer.plain(ports, s -> s.portalSettings(new PortalSettings(Duration.ofMinutes(30))));
        browser = client();
    }

    TestBrowser client() {
        return server.browser().following();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    List<String> directoriesOfKelley() {
        return ports.directoryUsers().ofPerson(new Identity.Personal(Worlds.KELLEY_MSA)).stream()
                .map(u -> u.directory().toString())
                .sorted()
                .toList();
    }

    /** Kelley serves, and is account administrator of, {@code n} more subscriptions named "Team 000", "Team 001", …. */
    void kelleyServesMore(int n) {
        Worlds.addTeamSubscriptions(ports, n);
    }

    /** The id of the subscription of that name. */
    String subscriptionNamed(String name) {
        return ports.subscriptions().all().stream()
                .filter(s -> s.displayName().equals(name))
                .findFirst()
                .orElseThrow()
                .id()
                .toString();
    }

    /** Step 1.1–1.4 in one go: signed in as the service administrator, "Use existing directory", Complete. */
    void requestLink(TestBrowser who) throws Exception {
        who.signIn(KELLEY, PASSWORD, "/classic");
        var done = who.post(DirectoryPages.ADD, "choice", "existing", "ready", "yes");
        assertThat(text(done.body())).contains("You have been signed out");
    }
}
