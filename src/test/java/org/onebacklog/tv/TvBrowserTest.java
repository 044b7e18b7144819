package org.onebacklog.tv;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.Media;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Chromium;
import org.onebacklog.support.ChromiumTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The wall TV and the sprint review in a real browser (Debian's Chromium): what someone in front of the screen
 * sees. The TV fills a 1080p screen without scrolling, follows the board live and switches itself off when its
 * token is revoked; the review shows the sprint and prints without navigation.
 */
@QuarkusTest
class TvBrowserTest extends ChromiumTest {

    private static final double WAIT = 10_000;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** A new display token for the product, as admin; returns {token, url}. */
    static Map<String, String> display(String product, String name) {
        io.restassured.response.Response created = Api.asAdmin().body(Map.of("name", name))
                .post("/api/v1/products/" + product + "/displays");
        created.then().statusCode(201);
        String token = created.path("token");
        String url = created.path("url");
        assertNotNull(token, "the new display has a token");
        assertNotNull(url, "the new display has a TV address");
        return Map.of("token", token, "url", url);
    }

    /** Moves a task to a column through the API, with the version it has now. */
    static void move(long taskId, String column) {
        Number version = Api.asAdmin().get("/api/v1/tasks/" + taskId).then().statusCode(200).extract()
                .path("version");
        Api.asAdmin().body(Map.of("column", column, "version", version.longValue()))
                .post("/api/v1/tasks/" + taskId + "/move").then().statusCode(200);
    }

    /** A TV with no login, as a 1080p wall screen. */
    static Page tvScreen() {
        BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080));
        return context.newPage();
    }

    /** Notes when the page's live socket has said hello: from then on it hears every change. */
    String tvAddress(String url) {
        return base + (url.startsWith("/") ? url.substring(1) : url);
    }

    static LocatorAssertions.IsVisibleOptions visible() {
        return new LocatorAssertions.IsVisibleOptions().setTimeout(WAIT);
    }

    static LocatorAssertions.IsHiddenOptions hidden() {
        return new LocatorAssertions.IsHiddenOptions().setTimeout(WAIT);
    }

    /**
     * Nothing scrolls and nothing is cut off: the page is no larger than the screen, and neither the frame nor a
     * column nor the side panel holds more than it shows (they clip their overflow, so a card that does not fit
     * would silently vanish).
     */
    @SuppressWarnings("unchecked")
    static void assertFitsTheScreen(Page page) {
        Map<String, Object> size = (Map<String, Object>) page.evaluate("() => ({"
                + " height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth,"
                + " bodyHeight: document.body.scrollHeight, bodyWidth: document.body.scrollWidth })");
        assertTrue(((Number) size.get("height")).intValue() <= 1080, "page height " + size);
        assertTrue(((Number) size.get("width")).intValue() <= 1920, "page width " + size);
        assertTrue(((Number) size.get("bodyHeight")).intValue() <= 1080, "body height " + size);
        assertTrue(((Number) size.get("bodyWidth")).intValue() <= 1920, "body width " + size);
        List<String> clipped = (List<String>) page.evaluate("() => Array.from(document.querySelectorAll("
                + "'.tv-frame, .tv-board, .tv-column, .tv-side, .tv-chart, .tv-reserve'))"
                + ".filter(el => el.offsetParent !== null || el.classList.contains('tv-frame'))"
                + ".filter(el => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)"
                + ".map(el => (el.id || el.className) + ' ' + el.scrollWidth + 'x' + el.scrollHeight"
                + " + ' in ' + el.clientWidth + 'x' + el.clientHeight)");
        assertEquals(List.of(), clipped, "parts of the TV that hold more than they show");
        List<String> offScreen = (List<String>) page.evaluate("() => Array.from(document.querySelectorAll("
                + "'.tv-card, .tv-count, .tv-big-count, .tv-more, .tv-by-item li, .tv-goal, .tv-days'))"
                + ".filter(el => el.offsetParent !== null)"
                + ".filter(el => { const r = el.getBoundingClientRect();"
                + " return r.bottom > window.innerHeight + 0.5 || r.right > window.innerWidth + 0.5"
                + " || r.top < -0.5 || r.left < -0.5; })"
                + ".map(el => el.className + ' ' + JSON.stringify(el.getBoundingClientRect()))");
        assertEquals(List.of(), offScreen, "parts of the TV outside the screen");
    }

    // ---- the TV -------------------------------------------------------------------------------------------------

    @Test
    void tvFillsA1080pScreenWithoutScrollingAndFollowsMovesLive() {
        Api.ActiveBoard board = Api.activeBoard("TVB");
        Map<String, String> display = display(board.product(), "Team room");
        assertTrue(display.get("url").contains("/tv/" + board.product()), display.get("url"));
        Page tv = tvScreen();
        Response opened = tv.navigate(tvAddress(display.get("url")));
        assertEquals(200, opened.status());
        assertThat(tv.locator(".tv-goal")).hasText("Ship it");
        assertThat(tv.locator(".tv-goal")).isVisible();
        assertThat(tv.locator("section.tv-column")).hasCount(4);
        assertFitsTheScreen(tv);

        long task = Api.task(board.sprint(), 0);
        Locator done = tv.locator("section.tv-column[data-column=\"DONE\"]");
        Locator todo = tv.locator("section.tv-column[data-column=\"TODO\"]");
        assertThat(todo.locator("li.tv-card[data-task-id=\"" + task + "\"]")).isVisible();
        assertThat(done.locator(".tv-count")).hasText("0");
        Chromium.waitUntilLive(tv);
        tv.evaluate("window.__marker = 1");

        move(task, "DONE");

        assertThat(done.locator("li.tv-card[data-task-id=\"" + task + "\"]")).isVisible(visible());
        assertThat(done.locator(".tv-count")).hasText("1");
        assertThat(todo.locator("li.tv-card[data-task-id=\"" + task + "\"]")).hasCount(0);
        assertEquals(1, ((Number) tv.evaluate("window.__marker")).intValue(), "the TV did not reload");
        assertThat(tv.locator("#live-status")).isHidden();
        assertFitsTheScreen(tv);
        tv.context().close();
    }

    // Crowded columns and other screen sizes: TvFitBrowserTest.

    @Test
    void revokingTheTokenSwitchesAConnectedTvOff() {
        Api.ActiveBoard board = Api.activeBoard("TVR");
        Map<String, String> display = display(board.product(), "Lobby");
        Page tv = tvScreen();
        Response opened = tv.navigate(tvAddress(display.get("url")));
        assertEquals(200, opened.status());
        assertThat(tv.locator(".tv-goal")).hasText("Ship it");
        Chromium.waitUntilLive(tv);
        assertThat(tv.locator("#live-status")).isHidden();
        tv.evaluate("window.__marker = 1");

        Api.asAdmin().delete("/api/v1/displays/{token}", display.get("token")).then().statusCode(204);

        assertThat(tv.locator("body")).hasClass(Pattern.compile("(^|\\s)revoked(\\s|$)"),
                new LocatorAssertions.HasClassOptions().setTimeout(WAIT));
        assertThat(tv.locator("#live-status")).isVisible(visible());
        assertThat(tv.locator("#live-status")).containsText("revoked");
        assertEquals(1, ((Number) tv.evaluate("window.__marker")).intValue(), "the TV switched off in place");

        Response reloaded = tv.reload();
        assertEquals(401, reloaded.status());
        assertThat(tv.locator(".tv-refused h1")).isVisible();
        assertThat(tv.locator(".tv-board")).hasCount(0);
        tv.context().close();
    }

    // ---- the sprint review ----------------------------------------------------------------------------------


    @Test
    void reviewPageShowsTheSprintAndPrintsWithoutNavigation() throws IOException {
        Api.ActiveBoard board = Api.activeBoard("RVB");
        String sprintName = Api.asAdmin().get("/api/v1/sprints/" + board.sprint()).then().statusCode(200)
                .extract().path("name");
        String doneItem = Api.asAdmin().get("/api/v1/sprints/" + board.sprint() + "/board").then().statusCode(200)
                .extract().path("lanes[0].itemKey");
        String openItem = Api.asAdmin().get("/api/v1/sprints/" + board.sprint() + "/board").then().statusCode(200)
                .extract().path("lanes[1].itemKey");
        List<Integer> tasks = Api.asAdmin().get("/api/v1/items/" + doneItem + "/tasks").then().statusCode(200)
                .extract().jsonPath().getList("id", Integer.class);
        for (Integer task : tasks) {
            move(task, "DONE");
        }

        Page page = loggedIn();
        Response opened = page.navigate(base + "products/" + board.product() + "/sprints/" + board.sprint()
                + "/review");
        assertEquals(200, opened.status());
        assertThat(page.locator("h1")).containsText(sprintName);
        assertThat(page.locator(".goal-text")).hasText("Ship it");
        assertThat(page.locator("svg.chart")).hasCount(4);
        for (int i = 0; i < 4; i++) {
            assertThat(page.locator("svg.chart").nth(i)).isVisible();
        }
        Locator completed = page.locator("section[aria-labelledby=\"completed-title\"]");
        assertThat(completed.locator("tr[data-item-key=\"" + doneItem + "\"]")).isVisible();
        assertThat(completed.locator("tr[data-item-key=\"" + openItem + "\"]")).hasCount(0);
        Locator notDone = page.locator("section[aria-labelledby=\"open-title\"]");
        assertThat(notDone.locator("tr[data-item-key=\"" + openItem + "\"]")).isVisible();
        assertThat(page.locator(".topbar")).isVisible();
        assertThat(page.locator(".review-actions")).isVisible();
        assertThat(page.locator(".review-actions button[data-print]")).isVisible();

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".topbar")).isHidden(hidden());
        assertThat(page.locator(".review-actions")).isHidden(hidden());
        assertThat(page.locator(".review-actions button[data-print]")).isHidden(hidden());
        assertThat(page.locator(".review-actions a[download]")).isHidden(hidden());
        // What is printed still says what the sprint was.
        assertThat(page.locator("h1")).isVisible();
        assertThat(page.locator(".goal-text")).isVisible();
        assertThat(completed.locator("tr[data-item-key=\"" + doneItem + "\"]")).isVisible();

        Files.createDirectories(SCREENSHOTS);
        Path pdf = SCREENSHOTS.resolve("review.pdf");
        byte[] bytes = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true).setPath(pdf));
        assertTrue(bytes.length > 1000, "the PDF has content: " + bytes.length + " bytes");
        assertTrue(Files.size(pdf) > 1000, "the PDF file has content");
        assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        page.context().close();
    }
}
