package org.onebacklog.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.backlogKeys;
import static org.onebacklog.support.Api.product;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.ChromiumTest;

/**
 * A Product Owner brings a Jira export over from the backlog page: chooses the file, reads the preview and its
 * warnings, then imports; a broken file says which line to look at.
 */
@QuarkusTest
class JiraImportBrowserTest extends ChromiumTest {

    @Test
    void theProductOwnerPreviewsThenImportsFromTheBacklogPage() {
        String shop = product("JP");
        Page page = loggedIn();
        page.navigate(base + "products/" + shop + "/backlog");
        page.click("text=Import from Jira");
        page.waitForURL("**/import/jira");

        page.setInputFiles("#jira-csv", file("awkward.csv"));
        page.click("[data-jira-preview]");
        page.waitForSelector("[data-jira-preview-table]");
        assertEquals(List.of("Checkout in one page", "Self-service returns", "Voucher code is case sensitive"),
                page.locator("[data-jira-preview-table] tbody tr td:nth-child(4)").allInnerTexts().stream()
                        .filter(t -> !t.startsWith("As a returning")).toList());
        String warnings = page.locator("[data-jira-warnings]").innerText();
        assertTrue(warnings.contains("Line 3: SHOP-41: skipped: it is a Sub-task"), warnings);
        assertTrue(warnings.contains("Line 4: SHOP-42: skipped: it has no Summary"), warnings);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/jira-import-preview.png"))
                .setFullPage(true));
        assertEquals(List.of(), backlogKeys(shop), "a preview adds nothing");

        page.onDialog(dialog -> dialog.accept());
        page.click("[data-jira-import]");
        page.waitForSelector("text=Imported 4 items");
        assertEquals(4, backlogKeys(shop).size());

        page.setInputFiles("#jira-csv", file("broken.csv"));
        page.click("[data-jira-preview]");
        page.waitForSelector("[data-jira-refusal]");
        assertTrue(page.locator("[data-jira-refusal]").innerText().startsWith("Line 5: the quoted field"));
    }

    private static Path file(String name) {
        try {
            return Path.of(JiraImportBrowserTest.class.getResource("/jira/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
