package org.onebacklog.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Chromium;
import org.onebacklog.support.ChromiumTest;

/**
 * The board with the keyboard and a screen reader, in Debian's Chromium: a few Tabs to the cards and one per lane,
 * the shortcuts and their help, what the live regions say after someone else's move and after one's own, and a
 * refusal shown on the refused card.
 */
@QuarkusTest
class BoardKeyboardBrowserTest extends ChromiumTest {

    /** A product with an active sprint of {@code lanes} stories, each with two tasks. */
    private static Api.ActiveBoard board(String prefix, int lanes) {
        String shop = Api.product(prefix);
        long sprint = Api.sprint(shop, 200);
        for (int i = 1; i <= lanes; i++) {
            String item = Api.estimated(shop, "STORY", i);
            Api.asAdmin().body(Map.of("itemKey", item)).post("/api/v1/sprints/" + sprint + "/items").then()
                    .statusCode(200);
            for (String title : List.of("Design " + i, "Peer review " + i)) {
                Api.asAdmin().body(Map.of("title", title, "estimate", 1)).post("/api/v1/items/" + item + "/tasks")
                        .then().statusCode(201);
            }
        }
        Api.asAdmin().post("/api/v1/sprints/" + sprint + "/start").then().statusCode(200);
        return new Api.ActiveBoard(shop, sprint);
    }

    private Page boardOf(String product) {
        Page page = loggedIn();
        page.navigate(base + "products/" + product + "/board");
        Chromium.waitUntilLive(page);
        return page;
    }

    private static String focused(Page page) {
        return (String) page.evaluate("() => document.activeElement === document.body ? 'body'"
                + " : (document.activeElement.id || document.activeElement.textContent.trim())");
    }

    private static boolean onACard(Page page) {
        return (Boolean) page.evaluate("() => document.activeElement.matches('article.task')");
    }

    private static String text(Page page, String id) {
        return (String) page.evaluate("id => (document.getElementById(id) || {}).textContent || ''", id);
    }

    /** Waits until the element's text contains {@code part}, and returns the text. */
    private static String waitForText(Page page, String id, String part) {
        page.waitForFunction("([id, part]) => ((document.getElementById(id) || {}).textContent || '').includes(part)",
                List.of(id, part), new Page.WaitForFunctionOptions().setTimeout(10_000).setPollingInterval(100));
        return text(page, id);
    }

    @Test
    void aTwelveLaneBoardIsAFewTabsToItsCardsAndOneTabPerLane() {
        Api.ActiveBoard board = board("KT", 12);
        Page page = boardOf(board.product());

        // The first Tab reaches "Skip to the cards", Enter puts the focus on the first lane's first card.
        page.keyboard().press("Tab");
        assertEquals("Skip to the cards", focused(page));
        page.keyboard().press("Enter");
        assertEquals("task-" + Api.task(board.sprint(), 0), focused(page));

        // Without the skip link: the top bar (an admin's: seven product links, Users, My account, Log out) and the
        // board's tools (filters, news, stand-up), then the first card: no lane or card before it takes a stop.
        page.navigate(base + "products/" + board.product() + "/board");
        Chromium.waitUntilLive(page);
        int tabs = 0;
        while (!onACard(page) && tabs < 100) {
            page.keyboard().press("Tab");
            tabs++;
        }
        assertTrue(onACard(page) && tabs <= 22, "Tabs to the first card: " + tabs);

        // Each lane is one stop: twelve lanes are twelve Tabs, each on its lane's first card.
        List<String> stops = new ArrayList<>();
        stops.add(focused(page));
        for (int lane = 1; lane < 12; lane++) {
            page.keyboard().press("Tab");
            assertTrue(onACard(page), "lane " + lane + " starts on a card, not on " + focused(page));
            stops.add(focused(page));
        }
        for (int lane = 0; lane < 12; lane++) {
            assertEquals("task-" + Api.task(board.sprint(), lane), stops.get(lane));
        }
        page.keyboard().press("Tab");
        assertTrue(!onACard(page), "after the twelfth lane the focus leaves the cards");

        // ↓ goes to the lane's next card; Shift+Tab and Tab come back to the card last focused in a lane.
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("ArrowDown");
        String second = focused(page);
        assertTrue(second.startsWith("task-") && !second.equals(stops.get(11)), second);
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("Tab");
        assertEquals(second, focused(page), "the lane keeps its stop on the card last focused");
        page.context().close();
    }

    @Test
    void anotherPersonsMoveIsSaidInWordsAndOnesOwnMoveWithItsColumnsWip() {
        Api.ActiveBoard board = board("KL", 2);
        String shop = board.product();
        Api.asAdmin().body(Map.of("version", Api.columnsVersion(shop),
                "columns", List.of(Map.of("key", "TODO", "name", "To Do"),
                Map.of("key", "IN_PROGRESS", "name", "In Progress", "wipLimit", 1, "hard", false),
                Map.of("key", "REVIEW", "name", "Review"), Map.of("key", "DONE", "name", "Done"))))
                .put("/api/v1/products/" + shop + "/columns").then().statusCode(200);
        String jonas = Api.member(shop, "DEVELOPER");
        Page page = boardOf(shop);
        long first = Api.task(board.sprint(), 0);

        Api.asUser(jonas).body(Map.of("column", "IN_PROGRESS", "version", 0)).post("/api/v1/tasks/" + first + "/move")
                .then().statusCode(200);
        assertEquals(jonas + " moved Design 1 to In Progress.", waitForText(page, "live-news", "moved"));
        assertEquals("polite", page.getAttribute("#live-news", "aria-live"));

        // One's own move: said at once, with the column's count against its WIP limit; not as someone's news.
        long second = Api.task(board.sprint(), 1);
        page.focus("#task-" + second);
        page.keyboard().press("ArrowRight");
        assertEquals("Moved Design 2 to In Progress — 2 of 1, over the WIP limit",
                waitForText(page, "own-status", "Moved"));
        assertEquals("task-" + second, focused(page), "the moved card keeps the focus");
        page.waitForTimeout(3000); // the news pause: a wrong announcement of one's own move would be out by now
        assertTrue(!text(page, "live-news").contains("Design 2"), text(page, "live-news"));
        page.context().close();
    }

    @Test
    void aRefusedMoveIsShownAndSaidNextToTheCard() {
        Api.ActiveBoard board = board("KC", 12);
        String shop = board.product();
        Api.asAdmin().body(Map.of("version", Api.columnsVersion(shop),
                "columns", List.of(Map.of("key", "TODO", "name", "To Do"),
                Map.of("key", "IN_PROGRESS", "name", "In Progress", "wipLimit", 1, "hard", true),
                Map.of("key", "REVIEW", "name", "Review"), Map.of("key", "DONE", "name", "Done"))))
                .put("/api/v1/products/" + shop + "/columns").then().statusCode(200);
        Api.asAdmin().body(Map.of("column", "IN_PROGRESS", "version", 0))
                .post("/api/v1/tasks/" + Api.task(board.sprint(), 0) + "/move").then().statusCode(200);
        Page page = boardOf(shop);
        String card = "task-" + Api.task(board.sprint(), 11);
        page.focus("#" + card);
        page.keyboard().press("ArrowRight");

        page.waitForSelector("#" + card + " .card-note");
        String said = waitForText(page, "own-status", "Not moved");
        assertTrue(said.contains("In Progress holds at most 1"), said);
        assertEquals(card, focused(page), "the refused card has the focus");
        BoundingBox box = page.locator("#" + card).boundingBox();
        BoundingBox note = page.locator("#" + card + " .card-note").boundingBox();
        assertTrue(note.y >= box.y && note.y + note.height <= box.y + box.height + 1 && note.x >= box.x
                && note.x + note.width <= box.x + box.width + 1, "the note is inside the card's box");
        double viewport = page.viewportSize().height;
        assertTrue(note.y >= 0 && note.y + note.height <= viewport, "the note is in view: " + note.y);
        assertEquals(0, ((Number) page.evaluate("() => document.querySelectorAll('.board-message').length"))
                .intValue(), "nothing at the top of the board");
        assertEquals("note-" + card.substring(5), page.getAttribute("#" + card, "aria-describedby"));

        // A refused new task: the message is under the lane's add-task fields, not at the top of the board.
        page.keyboard().press("c");
        String lane = "#lane-" + shop + "-12";
        assertEquals("new-task-" + shop + "-12", page.evaluate("() => document.activeElement.id"));
        page.keyboard().press("Enter");
        page.waitForSelector(lane + " .lane-message");
        assertEquals("Not added: Give the task a title", waitForText(page, "own-status", "Not added"));
        BoundingBox form = page.locator(lane + " [data-quick-add]").boundingBox();
        BoundingBox message = page.locator(lane + " .lane-message").boundingBox();
        assertTrue(message.y >= form.y && message.y - (form.y + form.height) < 40, "the message is under the fields");
        assertEquals("new-task-" + shop + "-12", page.evaluate("() => document.activeElement.id"));
        page.context().close();
    }

    @Test
    void shortcutsAndTheirHelp() {
        Api.ActiveBoard board = board("KS", 3);
        Page page = boardOf(board.product());
        assertTrue(page.locator("[data-keys-help]").isVisible(), "the page says that ? shows the shortcuts");

        // j and k go from card to card across the lanes.
        page.keyboard().press("j");
        assertEquals("task-" + Api.task(board.sprint(), 0), focused(page));
        page.keyboard().press("j");
        page.keyboard().press("j");
        assertEquals("task-" + Api.task(board.sprint(), 1), focused(page));
        page.keyboard().press("k");
        page.keyboard().press("k");
        assertEquals("task-" + Api.task(board.sprint(), 0), focused(page));

        // c: the add-task field of the lane one is in; typed there, j is a letter, not a shortcut.
        page.keyboard().press("c");
        assertEquals("new-task-" + board.product() + "-1", focused(page));
        page.keyboard().type("jk");
        assertEquals("jk", page.inputValue("#new-task-" + board.product() + "-1"));
        page.keyboard().press("Escape");
        page.focus("#task-" + Api.task(board.sprint(), 0));

        // / goes to the filters.
        page.keyboard().press("/");
        assertTrue((Boolean) page.evaluate("() => !!document.activeElement.closest('.board-filters')"));

        // ?: a modal help that holds the focus, lists the shortcuts, closes with Esc and gives the focus back.
        page.focus("#task-" + Api.task(board.sprint(), 2));
        page.keyboard().press("?");
        assertTrue((Boolean) page.evaluate("() => document.getElementById('keys-help').open"
                + " && document.getElementById('keys-help').matches(':modal')"));
        assertEquals("keys-help", focused(page), "the help has the focus");
        String help = page.textContent("#keys-help");
        for (String line : List.of("Filter the board", "Next card", "Previous card", "Add a task",
                "Move the focused card")) {
            assertTrue(help.contains(line), help);
        }
        for (int i = 0; i < 4; i++) {
            page.keyboard().press("Tab");
            assertTrue((Boolean) page.evaluate("() => document.getElementById('keys-help')"
                    + ".contains(document.activeElement)"), "Tab stays in the help");
        }
        page.keyboard().press("Escape");
        assertTrue(!(Boolean) page.evaluate("() => document.getElementById('keys-help').open"));
        assertEquals("task-" + Api.task(board.sprint(), 2), focused(page), "the focus is back where it was");
        page.context().close();
    }
}
