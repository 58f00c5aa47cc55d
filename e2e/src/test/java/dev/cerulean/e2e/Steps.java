package dev.cerulean.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.cerulean.e2e.Labels.containing;
import static dev.cerulean.e2e.Labels.exactly;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** What a person does in the portals, by role and visible label, with a screenshot per step. */
final class Steps {
    final Page page;
    final Labels l;
    private final Path shots;
    private int shot;

    Steps(Page page, Labels labels, String run) {
        this(page, labels, Paths.get("target", "screenshots", run));
    }

    /** Steps whose screenshots go to {@code shots} (e.g. the documentation's folder). */
    Steps(Page page, Labels labels, Path shots) {
        this.page = page;
        this.l = labels;
        this.shots = shots;
        try {
            Files.createDirectories(shots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve(String.format("%02d-%s.png", ++shot, name)))
                .setFullPage(true));
    }

    Path screenshots() {
        return shots;
    }

    /** The sign-in pages: email, Next, (the account picker when asked), password, Sign in. */
    void signIn(String email, String password, boolean personal) {
        page.getByLabel(exactly(l.emailField())).fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(exactly(l.next())))
                .click();
        if (personal) {
            // the account picker, when the email is both a Microsoft account and a work account
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(containing(l.personalAccount())))
                    .click();
        }
        page.getByLabel(exactly(l.passwordField())).fill(password);
        button(l.signIn()).click();
    }

    com.microsoft.playwright.Locator button(String label) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(exactly(label)));
    }

    com.microsoft.playwright.Locator link(String label) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(exactly(label)));
    }

    com.microsoft.playwright.Locator heading(String label) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(containing(label)));
    }

    /** Step 1.1–1.4: signed in as {@code email}, NEW > DIRECTORY > CUSTOM CREATE, Use existing directory, ready, Complete. */
    void useExistingDirectory(String base, String email, String password, boolean personal) {
        page.navigate(base + "/classic");
        signIn(email, password, personal);
        link(l.newCommand()).click();
        link(l.directory()).click();
        link(l.customCreate()).click();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(exactly(l.useExisting())))
                .check();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(exactly(l.ready())))
                .check();
        button(l.complete()).click();
    }

    /** The refusal panel shows the rule's message and says that nothing changed. */
    void refused(String messagePart) {
        var alert = page.getByRole(AriaRole.ALERT)
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(containing(l.errorTitle())));
        assertThat(alert).containsText(containing(messagePart));
        assertThat(alert).containsText(l.nothingChanged());
    }
}
