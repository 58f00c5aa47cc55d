package dev.cerulean.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.cerulean.e2e.Labels.exactly;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import dev.cerulean.core.Ports;
import dev.cerulean.core.world.DemoWorld;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-site request forgery in a real Chromium: a page served from another port of localhost
 * (same site, another origin) plants a CSRF cookie of its choosing and posts a Cerulean form
 * with the matching field — what a double-submit check accepted. Cerulean refuses it and nothing
 * changes; the same forms filled in on Cerulean's own pages still work.
 */
class CsrfBrowserIT {
    static final String NEWCOMER = "sam.reader@kelleywalloutlook.onmicrosoft.com";
    static final String PLANTED = "planted-by-another-port-0123456789abcdefghijklmnop";

    @RegisterExtension
    static final ChromiumPerClass chromium = new ChromiumPerClass();

    @TempDir
    Path data;

    private DemoServer cerulean;
    private HttpServer attacker;
    private Page page;

    @BeforeEach
    void start() throws Exception {
        cerulean = DemoServer.start(data);
        attacker = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        attacker.createContext(
                "/add",
                exchange -> forged(
                        exchange,
                        "/classic/settings/administrators/add",
                        field("email", NEWCOMER) + field("subscription", DemoWorld.SUBSCRIPTION.toString())));
        attacker.createContext("/sign-out", exchange -> forged(exchange, "/logout", ""));
        attacker.start();
        page = chromium.page("en-US");
    }

    @AfterEach
    void stop() throws Exception {
        if (page != null) page.context().close();
        if (attacker != null) attacker.stop(0);
        if (cerulean != null) cerulean.close();
    }

    private static String field(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + value + "\">";
    }

    /** The attacker's page: plants the CSRF cookie for the whole host and auto-posts the form with the same value. */
    private void forged(com.sun.net.httpserver.HttpExchange exchange, String target, String fields)
            throws java.io.IOException {
        byte[] html = ("<!doctype html><html><body><form method=\"post\" action=\"" + cerulean.http() + target + "\">"
                        + field("csrf", PLANTED) + fields
                        + "</form><script>document.forms[0].submit()</script></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Set-Cookie", "cerulean_csrf=" + PLANTED + "; Path=/");
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, html.length);
        exchange.getResponseBody().write(html);
        exchange.close();
    }

    private String attackerUrl(String path) {
        return "http://localhost:" + attacker.getAddress().getPort() + path;
    }

    /** Opens the attacker's page and returns Cerulean's answer to the form it posts. */
    private Response visitAttacker(String path, String target) {
        return page.waitForResponse(
                r -> r.url().startsWith(cerulean.http() + target)
                        && "POST".equals(r.request().method()),
                () -> page.navigate(attackerUrl(path)));
    }

    private List<String> coAdministrators(Ports p) {
        return p.coAdministrators().of(DemoWorld.SUBSCRIPTION).stream()
                .map(c -> c.administrator().email().value())
                .toList();
    }

    @Test
    void aFormPostedFromAnotherPortIsRefusedAndTheSameFormOnCeruleanStillWorks() {
        Labels l = Labels.english();
        Steps s = new Steps(page, l, "csrf-co-administrator");
        Ports p = cerulean.ports();
        page.navigate(cerulean.http() + "/classic");
        s.signIn(DemoWorld.KELLEY, DemoWorld.PASSWORD, false);
        s.link(l.settings()).click();
        List<String> before = coAdministrators(p);

        Response forged = visitAttacker("/add", "/classic/settings/administrators/add");

        assertThat(forged.status()).isEqualTo(403);
        assertThat(s.heading("This form has expired")).isVisible();
        assertThat(page.getByText("Nothing was changed.")).isVisible();
        s.screenshot("forged-add-refused");
        assertThat(coAdministrators(p)).isEqualTo(before).doesNotContain(NEWCOMER);

        // the same form on Cerulean's own page, in the same browser (the planted cookie still there)
        page.navigate(cerulean.http() + "/classic/settings");
        s.link(l.administrators()).click();
        s.link(l.add()).click();
        page.getByLabel(exactly(l.coAdminEmail())).fill(NEWCOMER);
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Pay-As-You-Go"))
                .check();
        s.button(l.complete()).click();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText(NEWCOMER);
        assertThat(coAdministrators(p)).contains(NEWCOMER);
        s.screenshot("own-add-works");
    }

    @Test
    void aSignOutPostedFromAnotherPortIsRefusedAndSigningOutOnCeruleanStillWorks() {
        Labels l = Labels.english();
        Steps s = new Steps(page, l, "csrf-sign-out");
        page.navigate(cerulean.http() + "/me");
        s.signIn(DemoWorld.KELLEY, DemoWorld.PASSWORD, false);
        assertThat(page.getByText("You are signed in as")).isVisible();

        Response forged = visitAttacker("/sign-out", "/logout");

        assertThat(forged.status()).isEqualTo(403);
        s.screenshot("forged-sign-out-refused");
        page.navigate(cerulean.http() + "/me");
        assertThat(page.getByText("You are signed in as")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(s.heading("You signed out of your account")).isVisible();
        page.navigate(cerulean.http() + "/me");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?return=%2Fme$"));
    }
}
