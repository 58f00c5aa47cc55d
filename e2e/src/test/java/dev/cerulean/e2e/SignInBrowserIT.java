package dev.cerulean.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.cerulean.cli.DatabaseOpener;
import dev.cerulean.cli.Main;
import dev.cerulean.cli.Running;
import dev.cerulean.cli.StoreOpener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The sign-in and sign-up pages in a real Chromium (Debian's, driven by Playwright) against a
 * Cerulean serving the demo world from H2 over HTTPS with its generated certificate. Controls are
 * found by role and accessible name, as people with screen readers find them. Screenshots go to
 * e2e/target/screenshots/.
 */
class SignInBrowserIT {
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final String PASSWORD = "Demo-Passw0rd!";
    private static final List<Running> running = new ArrayList<>();
    private static Chromium chromium;
    private static String base;
    private BrowserContext context;
    private Page page;
    private String test;

    @BeforeAll
    static void startServerAndBrowser() throws Exception {
        if (!Chromium.installed()) return;
        Path data = Files.createTempDirectory("cerulean-browser-it");
        StoreOpener opener = new DatabaseOpener();
        StringWriter out = new StringWriter();
        int code = new Main(Map.of(), opener, new PrintWriter(out), new PrintWriter(out), running::add)
                .run("serve", "--world", "demo", "--port", "0", "--data", data.toString());
        if (code != 0) throw new IllegalStateException("serve failed: " + out);
        base = "https://localhost:" + running.get(0).server().httpsPort();
        Files.createDirectories(SCREENSHOTS);
        chromium = new Chromium();
    }

    @AfterAll
    static void stopAll() {
        if (chromium != null) chromium.close();
        running.forEach(Running::close);
    }

    @BeforeEach
    void newBrowserProfile(TestInfo info) {
        Chromium.requireInstalled();
        test = info.getTestMethod().orElseThrow().getName();
        page = chromium.page("en-US");
        context = page.context();
    }

    @AfterEach
    void closeProfile() {
        if (context != null) context.close();
    }

    private void shot(String step) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(test + "-" + step + ".png"))
                .setFullPage(true));
    }

    private void signIn(String email, String password) {
        page.getByLabel("Email address").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                .click();
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
    }

    @Test
    void kelleySignsInAndOut() {
        page.navigate(base + "/login?return=%2Fme");
        shot("1-email");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in")))
                .isVisible();
        assertThat(page.getByLabel("Email address")).isFocused();

        page.getByLabel("Email address").fill("kelley.wall@outlook.com");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                .click();
        shot("2-password");
        page.getByLabel("Password").fill(PASSWORD);
        page.getByLabel("Password").press("Enter"); // the keyboard alone signs in
        assertThat(page).hasURL(Pattern.compile(".*/me$"));
        assertThat(page.getByText("You are signed in as kelley.wall@outlook.com."))
                .isVisible();
        shot("3-signed-in");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("You signed out of your account")))
                .isVisible();
        shot("4-signed-out");
        page.navigate(base + "/me");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?return=%2Fme$"));
    }

    @Test
    void aWrongPasswordSaysSoWithoutSayingMore() {
        page.navigate(base + "/login");

        signIn("kelley.wall@outlook.com", "not-the-password");

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Your account or password is incorrect.");
        shot("wrong-password");
    }

    @Test
    void swedishLabelsForASwedishBrowser() {
        if (context != null) context.close();
        page = chromium.page("sv-SE");
        context = page.context();

        page.navigate(base + "/login");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Logga in")))
                .isVisible();
        assertThat(page.getByLabel("E-postadress")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nästa")))
                .isVisible();
        shot("sv");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in")))
                .isVisible();
    }

    @Test
    void microsoftAccountSignUpThenTheAccountPickerForAnEmailOfBothKinds() {
        // sign up a Microsoft account under the name of Kelley's Contoso work account
        page.navigate(base + "/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create a Microsoft account"))
                .click();
        page.getByLabel("Email address").fill("kelley.wall@contoso.onmicrosoft.com");
        page.getByLabel("Your name").fill("Kelley (personal)");
        page.getByLabel("Password").fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        assertThat(page.getByText("Passwords must have at least 8 characters")).isVisible();
        assertThat(page.getByLabel("Email address")).hasValue("kelley.wall@contoso.onmicrosoft.com");
        shot("1-signup-refused");
        page.getByLabel("Password").fill("Personal-Passw0rd!");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("is ready and you are signed in");
        shot("2-signed-up");

        // a fresh browser signing in with that email is asked which account
        if (context != null) context.close();
        page = chromium.page("en-US");
        context = page.context();
        page.navigate(base + "/login?return=%2Fme");
        page.getByLabel("Email address").fill("kelley.wall@contoso.onmicrosoft.com");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                .click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Personal account")))
                .isVisible();
        shot("3-picker");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Work or school account"))
                .click();
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByText("cccccccc-0000-4000-8000-000000000002")).isVisible(); // signed in through Contoso
        shot("4-work-account");
    }

    @Test
    void office365SignUpMakesANewOrganisation() {
        page.navigate(base + "/signup/office365");

        page.getByLabel("Company name").fill("Fabrikam");
        page.getByLabel("Your domain name").fill("fabrikam");
        page.getByLabel("Country or region").fill("SE");
        page.getByLabel("Your name").fill("Fabrikam Admin");
        page.getByLabel("Your user name").fill("admin");
        page.getByLabel("Password").fill("Fabrikam-Passw0rd!");
        shot("1-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("admin@fabrikam.onmicrosoft.com");
        shot("2-done");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.getByText("You are signed in as admin@fabrikam.onmicrosoft.com."))
                .isVisible();
    }
}
