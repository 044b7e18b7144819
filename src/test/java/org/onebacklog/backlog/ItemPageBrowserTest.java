package org.onebacklog.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.ChromiumTest;

/**
 * An item worked on by the team, opened in a real browser (Debian's Chromium) at 1440×900: its work is readable on
 * the first screen, and blocking and archiving work through the page's own forms.
 */
@QuarkusTest
class ItemPageBrowserTest extends ChromiumTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Test
    void theProductOwnerReadsTheItemsWorkThenBlocksAndRemovesIt() throws Exception {
        ItemPageTest.Worked worked = ItemPageTest.workedItem("IP");
        Page page = loggedIn();
        page.navigate(base + "products/" + worked.shop() + "/items/" + worked.item());
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("item-page.png")));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("item-page-full.png"))
                .setFullPage(true));

        // The sprint, the DoD and the columns' tasks are on the first screen; the blocked task says so in words.
        assertTrue(page.locator(".item-sprint a").isVisible());
        assertEquals("DoD 1 of 3 done (1 waived)", page.textContent(".dod-words").strip());
        assertTrue(page.locator(".item-column[aria-label='In Progress'] .item-task-blocked").textContent()
                .contains("Blocked: Waiting for the provider's sandbox keys"));
        assertTrue(page.locator(".item-columns").boundingBox().y < 900, "the tasks start on the first screen");

        // A blank reason: the message under the field, nothing blocked.
        page.click(".block-form button[type=submit]");
        page.waitForSelector("#reason-error");
        assertTrue(page.textContent("#reason-error").contains("Say what blocks the item"));
        page.fill("#item-block-reason", "Legal must approve the card form");
        page.click(".block-form button[type=submit]");
        page.waitForSelector(".item-banner-blocked");
        assertTrue(page.textContent(".item-banner-blocked").contains("Legal must approve the card form"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("item-page-blocked.png")));

        // Removing asks first; the archived item says so and offers Restore.
        page.onceDialog(dialog -> dialog.accept());
        page.click("text=Remove from backlog");
        page.waitForSelector(".item-banner-archived");
        page.click(".item-banner-archived button");
        page.waitForSelector(".item-flash:has-text('Restored')");
        assertEquals(0, page.locator(".item-banner-archived").count());
    }
}
