package org.onebacklog.review;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.asAdmin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.ChromiumTest;

/**
 * The review's "Blocked during the sprint" as stakeholders see it on screen and on A4 paper: every spell on its
 * row, nothing cut off at the paper's edge.
 */
@QuarkusTest
class ReviewBlockedBrowserTest extends ChromiumTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Inject
    EntityManager em;

    @Test
    void theBlockedTimeReadsOnScreenAndFitsOnA4() throws Exception {
        Api.ActiveBoard board = Api.activeBoard("RV");
        long first = Api.task(board.sprint(), 0);
        long second = Api.task(board.sprint(), 1);
        asAdmin().body(Map.of("reason", "Waiting for the payment provider's sandbox credentials, promised for"
                + " Tuesday and sent on Friday")).post("/api/v1/tasks/" + first + "/block").then().statusCode(200);
        asAdmin().body(Map.of("reason", "Needs the DBA and a change window"))
                .post("/api/v1/tasks/" + second + "/block").then().statusCode(200);
        blockedAgo(first, java.time.Duration.ofDays(3).plusHours(2));
        blockedAgo(second, java.time.Duration.ofHours(5));
        asAdmin().delete("/api/v1/tasks/" + first + "/block").then().statusCode(200);
        asAdmin().body(Map.of("reason", "Second opinion from security"))
                .post("/api/v1/tasks/" + first + "/block").then().statusCode(200);
        asAdmin().delete("/api/v1/tasks/" + first + "/block").then().statusCode(200);

        Page page = loggedIn();
        page.navigate(base + "products/" + board.product() + "/sprints/" + board.sprint() + "/review");
        Locator section = page.locator("section.blocked-time");
        assertTrue(section.innerText().contains("still blocked"), section.innerText());
        Files.createDirectories(SCREENSHOTS);
        section.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("review-blocked.png")));

        // A4 at 96 dpi less the page's margins: about 700 px wide.
        page.setViewportSize(700, 1000);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertTrue((Boolean) page.evaluate("() => { const t = document.querySelector('.blocked-table');"
                + " return t.scrollWidth <= t.parentElement.clientWidth + 1; }"), "the table fits the paper's width");
        section.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("review-blocked-a4.png")));
        page.pdf(new Page.PdfOptions().setPath(SCREENSHOTS.resolve("review.pdf")).setFormat("A4")
                .setPrintBackground(true));
        page.context().close();
    }

    private void blockedAgo(long task, java.time.Duration ago) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update history_event set happened_at = ?1"
                + " where task_id = ?2 and kind = 'TASK_BLOCKED'")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).minus(ago))
                .setParameter(2, task).executeUpdate());
    }
}
