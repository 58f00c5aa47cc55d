package dev.cerulean.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Debian chromium for a browser test class: launched before its tests when installed, closed
 * after them, and each test checked for it first ({@link Chromium#requireInstalled}: skipped with
 * the reason, a failure in CI). Register as {@code @RegisterExtension static final ChromiumPerClass
 * chromium = new ChromiumPerClass();}.
 */
final class ChromiumPerClass implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    private Chromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (Chromium.installed()) chromium = new Chromium();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Chromium.requireInstalled();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) chromium.close();
        chromium = null;
    }

    /** A fresh browser profile speaking {@code locale}, as {@link Chromium#page}. */
    Page page(String locale) {
        return chromium.page(locale);
    }
}
