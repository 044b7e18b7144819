package org.onebacklog.live;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Chromium;
import org.onebacklog.support.ChromiumTest;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two people at two real browsers (Debian's Chromium) on one board: what one does, the other sees without
 * reloading.
 */
@QuarkusTest
class LiveBoardBrowserTest extends ChromiumTest {

    Page boardOf(String product) {
        Page page = loggedIn();
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
        Chromium.waitUntilLive(alice);
        Chromium.waitUntilLive(bob);
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
        Chromium.waitUntilLive(alice);
        Chromium.waitUntilLive(bob);
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

    /**
     * Two boards and a wall TV follow a burst of moves made elsewhere (cards sent one by one, not the grid) and end
     * where a fresh reload is: the same cards in the same cells, in the same order, and the TV's counts.
     */
    @Test
    void twoBoardsAndATvFollowABurstOfMovesToWhatAReloadShows() {
        Api.ActiveBoard board = Api.activeBoard("WS");
        String product = board.product();
        List<Long> tasks = new java.util.ArrayList<>();
        for (String item : List.of(product + "-1", product + "-2")) {
            for (int i = 0; i < 4; i++) {
                tasks.add(((Number) Api.asAdmin().body(java.util.Map.of("title", "Step " + i + " of " + item,
                        "estimate", 1)).post("/api/v1/items/" + item + "/tasks").then().statusCode(201).extract()
                        .path("id")).longValue());
            }
        }
        Page alice = boardOf(product);
        Page bob = boardOf(product);
        String tvUrl = Api.asAdmin().body(java.util.Map.of("name", "Wall")).post("/api/v1/products/" + product
                + "/displays").then().statusCode(201).extract().path("url");
        Page tv = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080)).newPage();
        tv.navigate(base + (tvUrl.startsWith("/") ? tvUrl.substring(1) : tvUrl));
        tv.evaluate("window.sameLoad = true");
        for (Page page : List.of(alice, bob, tv)) {
            Chromium.waitUntilLive(page);
        }
        long first = tasks.get(0);
        move(first, "IN_PROGRESS", null);
        waitForColumn(alice, "task-" + first, "IN_PROGRESS");
        waitForColumn(bob, "task-" + first, "IN_PROGRESS");

        // Bob filters on his own cards (none are assigned): cards that arrive live must stay hidden too.
        bob.check("[data-filter=\"mine\"]");
        assertEquals(0, ((Number) bob.evaluate("() => document.querySelectorAll('#board-grid article.task:not([hidden])')"
                + ".length")).intValue(), "the filter hides every card");

        // The burst: moves across columns and to the top of cells, as fast as the API answers.
        String[] columns = {"REVIEW", "IN_PROGRESS", "TODO", "DONE", "IN_PROGRESS"};
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 40; i++) {
            long task = tasks.get(random.nextInt(tasks.size()));
            move(task, columns[random.nextInt(columns.length)], random.nextBoolean() ? 0 : null);
        }

        String expected = apiCells(board.sprint());
        for (Page page : List.of(alice, bob)) {
            page.waitForFunction("expected => (" + CELLS + ")() === expected", expected,
                    new Page.WaitForFunctionOptions().setTimeout(15_000));
            assertEquals(Boolean.TRUE, page.evaluate("window.sameLoad === true"), "the board did not reload");
        }
        assertEquals(0, ((Number) bob.evaluate("() => document.querySelectorAll('#board-grid article.task:not([hidden])')"
                + ".length")).intValue(), "cards that came live are filtered like the others");
        String liveCards = (String) alice.evaluate("() => Array.from(document.querySelectorAll('#board-grid"
                + " article.task')).map(c => c.outerHTML).join('\\n')");
        Page reloaded = boardOf(product);
        assertEquals(expected, reloaded.evaluate("(" + CELLS + ")()"), "a reload shows the API's board");
        assertEquals(reloaded.evaluate("() => Array.from(document.querySelectorAll('#board-grid article.task'))"
                + ".map(c => c.outerHTML).join('\\n')"), liveCards, "the live cards are the reloaded cards");
        assertEquals(reloaded.evaluate("() => Array.from(document.querySelectorAll('.column-head'))"
                + ".map(c => c.outerHTML).join('\\n')"), alice.evaluate("() => Array.from(document"
                + ".querySelectorAll('.column-head')).map(c => c.outerHTML).join('\\n')"), "the counts too");

        String counts = apiCounts(board.sprint());
        tv.waitForFunction("expected => Array.from(document.querySelectorAll('section.tv-column')).map(c =>"
                + " c.dataset.column + '=' + c.querySelector('.tv-count').firstChild.textContent.trim()).join(' ')"
                + " === expected", counts, new Page.WaitForFunctionOptions().setTimeout(15_000));
        assertEquals(Boolean.TRUE, tv.evaluate("window.sameLoad === true"), "the TV did not reload");
        for (Page page : List.of(alice, bob, reloaded, tv)) {
            page.context().close();
        }
    }

    /**
     * A card moved into a cell of other cards is the only card sent: the page keeps its own copies of the others
     * (the very same elements). A page that has lost one of them fetches its board again, without a reload.
     */
    @Test
    void aMoveIntoAFullCellKeepsThePagesOwnCardsAndAPageMissingOneFetchesItsBoard() {
        Api.ActiveBoard board = Api.activeBoard("WP");
        String product = board.product();
        long moving = Api.task(board.sprint(), 0);
        long stays = newTask(product + "-1", "Stays");
        long other = newTask(product + "-1", "Comes later");
        Page alice = boardOf(product);
        Page bob = boardOf(product);
        Chromium.waitUntilLive(alice);
        Chromium.waitUntilLive(bob);
        String cell = columnOf(alice, "task-" + stays);
        String item = (String) alice.evaluate("id => document.getElementById(id).closest('.cell').dataset.lane",
                "task-" + stays);
        assertEquals(item, alice.evaluate("id => document.getElementById(id).closest('.cell').dataset.lane",
                "task-" + moving), "both cards are in one lane");
        alice.evaluate("id => window.keptCard = document.getElementById(id)", "task-" + stays);

        move(moving, "IN_PROGRESS", null);
        waitForColumn(alice, "task-" + moving, "IN_PROGRESS");
        move(moving, cell, 0);
        waitForColumn(alice, "task-" + moving, cell);
        assertEquals(Boolean.TRUE, alice.evaluate("id => document.getElementById(id) === window.keptCard",
                "task-" + stays), "the card that did not move is the page's own element, not a new copy");
        assertEquals(apiCells(board.sprint()), alice.evaluate("(" + CELLS + ")()"), "and the board is the API's");

        // Bob's page has lost a card (as if a message had been missed): the next move names it, so Bob's page
        // fetches its board rather than show a hole, and the card is back.
        bob.evaluate("id => document.getElementById(id).remove()", "task-" + stays);
        move(other, cell, 0);
        bob.waitForFunction("expected => (" + CELLS + ")() === expected", apiCells(board.sprint()),
                new Page.WaitForFunctionOptions().setTimeout(10_000));
        assertEquals(Boolean.TRUE, bob.evaluate("window.sameLoad === true"), "Bob's page did not reload");
        alice.context().close();
        bob.context().close();
    }

    /** The board's cards as "cell: ids" lines, in the page's order. */
    private static final String CELLS = "() => Array.from(document.querySelectorAll('#board-grid .cell')).map(c =>"
            + " c.id + ':' + Array.from(c.querySelectorAll('article.task')).map(t => t.dataset.taskId).join(','))"
            + ".join('\\n')";

    /** The same lines from the API's board: each lane's tasks come cell by cell, each cell in its order. */
    private static String apiCells(long sprint) {
        io.restassured.path.json.JsonPath board = Api.asAdmin().get("/api/v1/sprints/" + sprint + "/board").then()
                .statusCode(200).extract().jsonPath();
        List<String> columns = board.getList("columns.key", String.class);
        StringBuilder out = new StringBuilder();
        for (int lane = 0; lane < board.getList("lanes").size(); lane++) {
            String item = board.getString("lanes[" + lane + "].itemKey");
            List<java.util.Map<String, Object>> cards = board.getList("lanes[" + lane + "].tasks");
            for (String column : columns) {
                out.append(out.length() > 0 ? "\n" : "").append("cell-").append(item).append('-').append(column)
                        .append(':').append(String.join(",", cards.stream().filter(t -> column.equals(t.get("column")))
                                .map(t -> String.valueOf(t.get("id"))).toList()));
            }
        }
        return out.toString();
    }

    private static String apiCounts(long sprint) {
        io.restassured.path.json.JsonPath board = Api.asAdmin().get("/api/v1/sprints/" + sprint + "/board").then()
                .statusCode(200).extract().jsonPath();
        List<String> keys = board.getList("columns.key", String.class);
        List<Integer> counts = board.getList("columns.count", Integer.class);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            out.append(i > 0 ? " " : "").append(keys.get(i)).append('=').append(counts.get(i));
        }
        return out.toString();
    }

    private static long newTask(String item, String title) {
        return ((Number) Api.asAdmin().body(java.util.Map.of("title", title, "estimate", 1)).post("/api/v1/items/"
                + item + "/tasks").then().statusCode(201).extract().path("id")).longValue();
    }

    /** A move over the API, as someone else's client makes it, with the version the task has now. */
    private static void move(long task, String column, Integer position) {
        long version = ((Number) Api.asAdmin().get("/api/v1/tasks/" + task).then().statusCode(200).extract()
                .path("version")).longValue();
        java.util.Map<String, Object> body = new java.util.HashMap<>(java.util.Map.of("column", column,
                "version", version));
        if (position != null) {
            body.put("position", position);
        }
        Api.asAdmin().body(body).post("/api/v1/tasks/" + task + "/move").then().statusCode(200);
    }
}
