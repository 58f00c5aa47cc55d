package dev.cerulean.server.portal.classic;

import static dev.cerulean.server.portal.classic.ClassicPortalTest.GLOBAL_ADMIN;
import static dev.cerulean.server.portal.classic.ClassicPortalTest.KELLEY;
import static dev.cerulean.server.portal.classic.ClassicPortalTest.PASSWORD;
import static dev.cerulean.server.testing.TestBrowser.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.fakes.InMemoryPorts;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.MovableClock;
import dev.cerulean.server.testing.TestBrowser;
import dev.cerulean.server.testing.TestServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The directory-change review lists each assignment that will be deleted with its description. */
class DirectoryChangePreviewDescriptionTest {
    final Ports ports = Worlds.kelleyWall(InMemoryPorts.create(new MovableClock(Worlds.NOW), Worlds.sequentialIds()))
            .ports();
    final TestServer server =
            TestServer.plain(ports, s -> s.portalSettings(new PortalSettings(Duration.ofMinutes(30))));
    final TestBrowser browser = server.browser().following();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theSecondReviewScreenShowsTheDescriptionOfAnAssignmentThatHasOne() throws Exception {
        // given Sam's assignment with a description, and Contoso usable by Kelley
        RoleAssignment sam =
                ports.roleAssignments().byId(Worlds.SAM_READER_ASSIGNMENT).orElseThrow();
        ports.roleAssignments().remove(sam.id());
        ports.roleAssignments().add(sam.withDescription("Sam audits the web app"));
        browser.signIn(KELLEY, PASSWORD, "/classic");
        browser.post(DirectoryPages.ADD, "choice", "existing", "ready", "yes");
        browser.signInAs(GLOBAL_ADMIN, "Work", PASSWORD, DirectoryPages.LINK);
        browser.post(DirectoryPages.LINK);
        browser.signIn(KELLEY, PASSWORD, "/classic");

        // when the second review screen is shown
        long version =
                ports.subscriptions().byId(Worlds.SUBSCRIPTION).orElseThrow().version();
        var screen2 = browser.get(EditDirectoryPages.REVIEW + "?subscription=" + Worlds.SUBSCRIPTION + "&directory="
                + Worlds.CONTOSO + "&screen=2&version=" + version);

        // then Sam's line carries it, and the assignment without one has no trailing dash
        assertThat(text(screen2.body()))
                .contains("sam.reader@kelleywalloutlook.onmicrosoft.com (Sam Reader) – Reader – "
                        + "Sam audits the web app")
                .containsPattern("demo-automation – Contributor(?! –)");
    }
}
