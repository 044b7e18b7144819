package org.onebacklog.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.asAdmin;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.ChromiumTest;

/**
 * The Scrum Master's or Product Owner's backup in the browser: downloaded from the Team page, previewed on the
 * restore page (what would be created, who is missing), then restored under a new key.
 */
@QuarkusTest
class BackupBrowserTest extends ChromiumTest {

    @Test
    void aBackupDownloadedFromTheTeamPageIsPreviewedThenRestored() throws Exception {
        String shop = Api.product("BK");
        Api.member(shop, "DEVELOPER");
        Api.story(shop, "Checkout in one page");
        Api.story(shop, "Self-service returns");
        Page page = loggedIn();
        page.navigate(base + "products/" + shop + "/members");
        Download download = page.waitForDownload(() -> page.click("[data-backup]"));
        assertEquals(shop + "-backup.json", download.suggestedFilename());
        Path backup = Path.of("target", shop + "-backup.json");
        download.saveAs(backup);
        assertTrue(Files.readString(backup).contains("\"format\":\"onebacklog-product\""));

        page.navigate(base + "products");
        page.click("a[href='/products/import']");
        page.waitForURL("**/products/import");
        page.setInputFiles("#restore-document", backup);
        page.click("[data-restore-preview]");
        page.waitForSelector("[data-restore-taken]");

        String copy = Api.freshKey("BR");
        page.fill("#restore-key", copy);
        page.click("[data-restore-preview]");
        page.waitForSelector("text=Would create " + copy);
        page.waitForSelector("text=Would create " + copy);
        assertEquals(0, page.locator("[data-restore-taken]").count());
        assertTrue(page.locator("[data-restore-summary]").innerText().contains("2"));
        assertTrue(page.locator("[data-restore-members]").innerText().contains("developer-" + shop.toLowerCase()
                + " · Developer"), "the role as people say it");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/backup-restore-preview.png"))
                .setFullPage(true));
        asAdmin().get("/api/v1/products/" + copy).then().statusCode(404);

        page.onDialog(dialog -> dialog.accept());
        page.click("[data-restore-import]");
        page.waitForSelector("text=Restored " + copy);
        assertEquals(java.util.List.of(copy + "-1", copy + "-2"), Api.backlogKeys(copy));

        page.fill("#restore-key", Api.freshKey("BS"));
        Files.writeString(backup, "{\"format\": \"onebacklog-product\", \"version\": 2}");
        page.setInputFiles("#restore-document", backup);
        page.click("[data-restore-preview]");
        page.waitForSelector("[data-restore-refusal]");
        assertTrue(page.locator("[data-restore-refusal]").innerText().startsWith("/version"),
                page.locator("[data-restore-refusal]").innerText());
    }
}
