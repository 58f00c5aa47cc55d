package dev.cerulean.server.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.RedeemInvitation;
import dev.cerulean.core.fixtures.Worlds;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The invited person accepts on the redeem page; the guest becomes Accepted and may then read as a guest. */
class InvitationRedemptionPageTest {
    private final GraphWorld g = new GraphWorld();
    private final Caller samAtHome = new Caller(
            new Identity.Work(Worlds.DEFAULT_DIRECTORY, Worlds.SAM_READER),
            Worlds.DEFAULT_DIRECTORY,
            Worlds.SAM_READER,
            Email.of("sam.reader@kelleywalloutlook.onmicrosoft.com"));
    private final Javalin portal;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new java.net.CookieManager())
            .build();
    private static final java.util.regex.Pattern CSRF =
            java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    InvitationRedemptionPageTest() {
        var redeem = new RedeemInvitation(
                g.p.transactions(),
                g.p.directoryUsers(),
                new ActivityRecorder(g.p.activityLog(), g.p.clock(), g.p.ids()));
        // The portal's session is played by a header here.
        var page = new InvitationRedemptionPage(
                redeem,
                ctx -> "sam".equals(ctx.header("X-Session")) ? Optional.of(samAtHome) : Optional.empty(),
                back -> "/signin?returnUrl=" + InvitationRedemptionPage.encode(back));
        portal = Javalin.create(c -> {
                    c.startup.showJavalinBanner = false;
                    page.register(c.routes);
                })
                .start("localhost", 0);
    }

    @AfterEach
    void stop() {
        portal.stop();
        g.close();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of the redeem page Sam is shown for {@code tenant} (its cookie kept by the client). */
    private String tokenOfPage(Object tenant) throws Exception {
        var shown = send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + portal.port() + "/redeem?tenant=" + tenant))
                        .header("X-Session", "sam"));
        var m = CSRF.matcher(shown.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> accept(String form) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + portal.port() + "/redeem"))
                .header("X-Session", "sam")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    @Test
    void invitedPersonSignsInAndAccepts() throws Exception {
        String url =
                "http://localhost:" + portal.port() + "/redeem?tenant=" + Worlds.CONTOSO + "&user=" + g.pendingGuest;
        assertThat(g.get("/v1.0/me", "guest-pending").status()).isEqualTo(403);

        var anonymous = send(HttpRequest.newBuilder(URI.create(url)));
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).startsWith("/signin?returnUrl=%2Fredeem");

        var shown = send(HttpRequest.newBuilder(URI.create(url)).header("X-Session", "sam"));
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains(Worlds.CONTOSO.toString()).contains("Accept");

        var accepted = accept("tenant=" + Worlds.CONTOSO + "&csrf=" + tokenOfPage(Worlds.CONTOSO));
        assertThat(accepted.statusCode()).isEqualTo(200);
        DirectoryUser guest =
                g.p.directoryUsers().byId(Worlds.CONTOSO, g.pendingGuest).orElseThrow();
        assertThat(guest.invitation()).isEqualTo(DirectoryUser.InvitationState.Accepted);
        assertThat(g.get("/v1.0/me", "guest-pending").status()).isEqualTo(200);
        assertThat(g.get("/v1.0/users", "guest-pending").status()).isEqualTo(403);
    }

    @Test
    void someoneNotInvitedIsTurnedAwayAndNothingChanges() throws Exception {
        var before = g.state();
        var refused = accept("tenant=" + Worlds.DEFAULT_DIRECTORY + "&csrf=" + tokenOfPage(Worlds.DEFAULT_DIRECTORY));

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(g.state()).isEqualTo(before);
        assertThat(send(HttpRequest.newBuilder(URI.create("http://localhost:" + portal.port() + "/redeem?tenant=x")))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void acceptingWithoutTheFormsTokenIsRefusedAndNothingChanges() throws Exception {
        var before = g.state();

        var forged = accept("tenant=" + Worlds.CONTOSO);
        var otherOrigin = send(HttpRequest.newBuilder(URI.create("http://localhost:" + portal.port() + "/redeem"))
                .header("X-Session", "sam")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:1")
                .header("Sec-Fetch-Site", "same-site")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "tenant=" + Worlds.CONTOSO + "&csrf=" + tokenOfPage(Worlds.CONTOSO))));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(otherOrigin.statusCode()).isEqualTo(403);
        assertThat(g.state()).isEqualTo(before);
        assertThat(g.p.directoryUsers()
                        .byId(Worlds.CONTOSO, g.pendingGuest)
                        .orElseThrow()
                        .invitation())
                .isEqualTo(DirectoryUser.InvitationState.PendingAcceptance);
    }
}
