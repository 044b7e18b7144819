package org.onebacklog.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium, driven by Playwright, for a test class: never a downloaded browser. The build points HOME and
 * TMPDIR of browser runs under target/ (a clean checkout has no such folders yet).
 */
public final class Chromium implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium launch() throws IOException {
        for (String folder : List.of("HOME", "TMPDIR")) {
            String path = System.getenv(folder);
            if (path != null) {
                Files.createDirectories(Path.of(path));
            }
        }
        Playwright playwright = Playwright.create();
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("onebacklog.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        return new Chromium(playwright, browser);
    }

    public Browser browser() {
        return browser;
    }

    /**
     * Waits until the page's live socket has said hello ({@code live.js} marks the body {@code data-socket="open"}):
     * from then on every change reaches the page, so a test may make one.
     */
    public static void waitUntilLive(com.microsoft.playwright.Page page) {
        page.waitForSelector("body[data-socket=open]", new com.microsoft.playwright.Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED).setTimeout(10_000));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
