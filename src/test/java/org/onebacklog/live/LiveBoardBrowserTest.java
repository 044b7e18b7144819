package org.onebacklog.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Chromium;

/**
 * Two people at two real browsers (Debian's Chromium) on one board: what one does, the other sees without
 * reloading.
 */
@QuarkusTest
class LiveBoardBrowserTest {

    private static Chromium launched;
    private static Browser chromium;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() throws java.io.IOException {
        launched = Chromium.launch();
        chromium = launched.browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (launched != null) {
            launched.close();
        }
    }

    Page boardOf(String product) {
        BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
        Page page = context.newPage();
        page.navigate(base + "login");
        page.fill("#username", "admin");
        page.fill("#password", Api.ADMIN_PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL("**/products");
        page.navigate(base + "products/" + product + "/board");
        // Marks this page load: if the page reloads, the marker is gone.
        page.evaluate("window.sameLoad = true");
        return page;
    }

    static String columnOf(Page page, String cardId) {
        return (String) page.evaluate("id => document.getElementById(id).closest('.cell').dataset.column", cardId);
    }

    static void waitForColumn(Page page, String cardId, String column) {
        page.waitForFunction("([id, column]) => { const el = document.getElementById(id);"
                + " return el && el.closest('.cell').dataset.column === column; }",
                List.of(cardId, column), new Page.WaitForFunctionOptions().setTimeout(10_000));
    }

    @Test
    void aDragInOneBrowserAppearsInTheOtherWithoutReload() {
        Api.ActiveBoard board = Api.activeBoard("WB");
        Page alice = boardOf(board.product());
        Page bob = boardOf(board.product());
        String card = "task-" + Api.task(board.sprint(), 0);
        alice.waitForTimeout(500); // both sockets open
        assertEquals("TODO", columnOf(bob, card));

        Locator source = alice.locator("#" + card);
        Locator target = alice.locator(".cell[data-column=\"IN_PROGRESS\"][data-lane=\"" + board.product() + "-1\"]");
        BoundingBox from = source.boundingBox();
        BoundingBox to = target.boundingBox();
        alice.mouse().move(from.x + from.width / 2, from.y + 12);
        alice.mouse().down();
        alice.mouse().move(to.x + to.width / 2, to.y + to.height / 2, new com.microsoft.playwright.Mouse.MoveOptions()
                .setSteps(8));
        alice.mouse().up();

        waitForColumn(alice, card, "IN_PROGRESS");
        waitForColumn(bob, card, "IN_PROGRESS");
        assertEquals(Boolean.TRUE, bob.evaluate("window.sameLoad === true"), "Bob's page did not reload");
        alice.context().close();
        bob.context().close();
    }

    @Test
    void theKeyboardMovesAFocusedCardForEveryone() {
        Api.ActiveBoard board = Api.activeBoard("WK");
        Page alice = boardOf(board.product());
        Page bob = boardOf(board.product());
        String card = "task-" + Api.task(board.sprint(), 1);
        alice.waitForTimeout(500);
        alice.locator("#" + card).focus();
        alice.keyboard().press("ArrowRight");
        waitForColumn(alice, card, "IN_PROGRESS");
        alice.locator("#" + card).focus();
        alice.keyboard().press("ArrowRight");
        waitForColumn(alice, card, "REVIEW");
        waitForColumn(bob, card, "REVIEW");
        assertEquals(Boolean.TRUE, bob.evaluate("window.sameLoad === true"), "Bob's page did not reload");
        Api.asAdmin().get("/api/v1/tasks/" + card.substring(5)).then()
                .body("column", org.hamcrest.Matchers.is("REVIEW"));
        alice.context().close();
        bob.context().close();
    }
}
