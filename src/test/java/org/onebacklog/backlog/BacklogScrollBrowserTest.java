package org.onebacklog.backlog;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Chromium;
import org.onebacklog.support.ChromiumTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 500-item backlog in a real browser (Debian's Chromium): it loads page by page as the person scrolls, and moves
 * and live updates keep the rows loaded so far.
 */
@QuarkusTest
class BacklogScrollBrowserTest extends ChromiumTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String ROWS = "[data-list=\"ranked\"] > li.row";

    @Test
    void scrollingToTheEndLoadsEveryRowOnceAndAMoveToTheTopKeepsThemLoaded() throws Exception {
        String shop = Api.product("LS");
        List<String> keys = LongBacklog.stories(shop, 500);
        Page page = loggedIn();
        page.navigate(base + "products/" + shop + "/backlog");
        page.evaluate("window.sameLoad = true");
        Files.createDirectories(SCREENSHOTS);
        Path shot = SCREENSHOTS.resolve("backlog-first-screen.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(shot));
        assertTrue(Files.size(shot) > 0, "the screenshot was written");
        assertEquals(BacklogPage.FIRST_SCREEN, rows(page));

        int loaded = rows(page);
        while (page.locator("li.more").count() > 0) {
            page.evaluate("window.scrollTo(0, document.body.scrollHeight)");
            page.waitForFunction("([selector, n]) => document.querySelectorAll(selector).length > n"
                    + " || !document.querySelector('li.more')", List.of(ROWS, loaded));
            loaded = rows(page);
        }
        assertEquals(keys, page.evalOnSelectorAll(ROWS, "rows => rows.map(r => r.dataset.itemKey)"));
        assertEquals("500", page.textContent("#item-" + keys.get(499) + " .position").strip());

        // The last row to the top with the keyboard: the answer is the loaded window, so all 500 rows stay.
        String last = keys.get(499);
        page.focus("#item-" + last);
        page.keyboard().press("Alt+Home");
        page.waitForFunction("([selector, key]) => document.querySelector(selector).dataset.itemKey === key",
                List.of(ROWS, last));
        assertEquals(500, rows(page));
        assertEquals("1", page.textContent("#item-" + last + " .position").strip());
        assertEquals("500", page.textContent("#item-" + keys.get(498) + " .position").strip());

        // Someone else puts an item on top: the live refetch brings back the 500 loaded rows, not the first screen.
        String other = keys.get(250);
        Chromium.waitUntilLive(page);
        Api.asAdmin().post("/api/v1/items/" + other + "/rank").then().statusCode(200);
        page.waitForFunction("([selector, key]) => document.querySelector(selector).dataset.itemKey === key",
                List.of(ROWS, other));
        assertEquals(500, rows(page));
        assertEquals(Boolean.TRUE, page.evaluate("window.sameLoad"), "no page reload");
    }

    private static int rows(Page page) {
        return page.locator(ROWS).count();
    }
}
