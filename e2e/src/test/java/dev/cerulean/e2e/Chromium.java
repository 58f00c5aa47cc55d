package dev.cerulean.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** Debian's chromium driven by Playwright: headless, no downloads, no background traffic. */
final class Chromium implements AutoCloseable {
    static final Path EXECUTABLE = Paths.get(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private final Playwright playwright;
    private final Browser browser;

    Chromium() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    /**
     * Browser tests need Debian's chromium. Without it they are skipped and say so, except in CI
     * (CI=true), where a missing browser is a failure: .ci/run installs it.
     */
    static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }

    /** Call before each browser test: aborts it (reported as skipped, with the reason) when chromium is missing. */
    static void requireInstalled() {
        if (installed()) return;
        String why = EXECUTABLE + " is missing: install Debian's chromium (apt-get install chromium)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) throw new IllegalStateException(why);
        Assumptions.abort("Browser tests skipped: " + why);
    }

    /** A fresh browser profile speaking {@code locale} (its Accept-Language), trusting the server's own certificate. */
    Page page(String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(locale)
                .setIgnoreHTTPSErrors(true)
                .setViewportSize(1280, 860));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
