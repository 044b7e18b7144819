package org.onebacklog.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import java.io.IOException;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A test class that drives Debian's Chromium: one browser for the class, opened on the app under test. */
public abstract class ChromiumTest {

    protected static Chromium launched;
    protected static Browser chromium;

    @TestHTTPResource("/")
    protected URL base;

    @BeforeAll
    static void startBrowser() throws IOException {
        launched = Chromium.launch();
        chromium = launched.browser();
    }

    /** A new 1440×900 page, logged in as the admin through the login form, on the products page. */
    protected Page loggedIn() {
        Page page = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)).newPage();
        page.navigate(base + "login");
        page.fill("#username", "admin");
        page.fill("#password", Api.ADMIN_PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL("**/products");
        return page;
    }

    @AfterAll
    static void stopBrowser() {
        if (launched != null) {
            launched.close();
        }
    }
}
