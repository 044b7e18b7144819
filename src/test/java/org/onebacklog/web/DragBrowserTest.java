package org.onebacklog.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
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
 * Drag and drop through SortableJS in a real browser (Debian's Chromium): the backlog's order and the planning
 * lists, a card's place in its cell (the board's drag across columns is in {@code LiveBoardBrowserTest}). What
 * counts is what the server then holds.
 */
@QuarkusTest
class DragBrowserTest extends ChromiumTest {

    private static final String ROWS = "[data-list=\"ranked\"] > li.row";

    Page open(String path) {
        Page page = loggedIn();
        page.navigate(base + path);
        Chromium.waitUntilLive(page);
        return page;
    }

    /**
     * Presses in the middle of {@code what}, moves in steps over {@code onto}, then to its point at {@code height}
     * (0 top, 1 bottom), pausing while SortableJS animates the rows it moved aside, and lets go.
     */
    static void drag(Page page, Locator what, Locator onto, double height) {
        BoundingBox from = what.boundingBox();
        BoundingBox to = onto.boundingBox();
        page.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
        page.mouse().down();
        page.mouse().move(to.x + to.width / 2, to.y + to.height / 2, new Mouse.MoveOptions().setSteps(12));
        page.waitForTimeout(300);
        page.mouse().move(to.x + to.width / 2, to.y + to.height * height, new Mouse.MoveOptions().setSteps(4));
        page.waitForTimeout(300);
        page.mouse().up();
    }

    @Test
    void aRowDraggedAboveAnotherIsRankedThereAndTheKeyboardStillMovesRows() {
        String shop = Api.product("DB");
        List<String> keys = List.of(Api.story(shop, "First"), Api.story(shop, "Second"), Api.story(shop, "Third"),
                Api.story(shop, "Fourth"));
        Page page = open("products/" + shop + "/backlog");
        page.evaluate("window.sameLoad = true");

        page.waitForResponse(r -> r.url().endsWith("/backlog/rank"), () ->
                drag(page, page.locator("#item-" + keys.get(3)), page.locator("#item-" + keys.get(1)), 0.25));

        List<String> dragged = List.of(keys.get(0), keys.get(3), keys.get(1), keys.get(2));
        page.waitForFunction("([selector, key]) => document.querySelectorAll(selector)[1].dataset.itemKey === key"
                + " && document.activeElement.dataset.itemKey === key", List.of(ROWS, keys.get(3)));
        assertEquals(dragged, Api.backlogKeys(shop), "the server holds the dropped order");
        assertEquals(dragged, page.evalOnSelectorAll(ROWS, "rows => rows.map(r => r.dataset.itemKey)"));

        // Alt+↑ on the focused row presses its "up" button: it steps above the neighbour the person sees.
        page.keyboard().press("Alt+ArrowUp");
        page.waitForFunction("([selector, key]) => document.querySelector(selector).dataset.itemKey === key",
                List.of(ROWS, keys.get(3)));
        assertEquals(List.of(keys.get(3), keys.get(0), keys.get(1), keys.get(2)), Api.backlogKeys(shop));
        assertEquals(Boolean.TRUE, page.evaluate("window.sameLoad === true"), "no page reload");
        page.context().close();
    }

    @Test
    void anItemDraggedIntoTheSprintIsCommittedAndDraggedBackIsTakenOut() {
        String shop = Api.product("DP");
        long sprint = Api.sprint(shop, 20);
        String story = Api.estimated(shop, "STORY", 3);
        Api.estimated(shop, "STORY", 5);
        Page page = open("products/" + shop + "/planning?sprint=" + sprint);
        String inSprint = "[data-plan-list=\"sprint\"] [data-plan-item=\"" + story + "\"]";
        String inBacklog = "[data-plan-list=\"backlog\"] [data-plan-item=\"" + story + "\"]";

        page.waitForResponse(r -> r.url().endsWith("/commit"), () ->
                drag(page, page.locator(inBacklog), page.locator("[data-plan-list=\"sprint\"]"), 0.5));
        page.waitForSelector(inSprint);
        assertEquals(List.of(story), committed(sprint));

        page.waitForResponse(r -> r.url().endsWith("/uncommit"), () ->
                drag(page, page.locator(inSprint), page.locator("[data-plan-list=\"backlog\"]"), 0.5));
        page.waitForSelector(inBacklog);
        assertEquals(List.of(), committed(sprint));
        page.context().close();
    }

    @Test
    void aCardDraggedAboveAnotherInItsCellIsPlacedBeforeIt() {
        Api.ActiveBoard board = Api.activeBoard("DC");
        long first = Api.task(board.sprint(), 0);
        long second = ((Number) Api.asAdmin().body(java.util.Map.of("title", "Test it", "estimate", 1))
                .post("/api/v1/items/" + board.product() + "-1/tasks").then().statusCode(201).extract().path("id"))
                .longValue();
        Page page = open("products/" + board.product() + "/board");

        page.waitForResponse(r -> r.url().endsWith("/tasks/" + second + "/move"), () ->
                drag(page, page.locator("#task-" + second), page.locator("#task-" + first), 0.2));

        assertEquals(List.of(second, first), Api.asAdmin().get("/api/v1/sprints/" + board.sprint() + "/board").then()
                .statusCode(200).extract().jsonPath().getList("lanes[0].tasks.id", Long.class));
        page.waitForFunction("id => document.activeElement.id === id", "task-" + second);
        page.context().close();
    }

    private static List<String> committed(long sprint) {
        return Api.asAdmin().get("/api/v1/sprints/" + sprint + "/plan").then().statusCode(200).extract().jsonPath()
                .getList("items.key", String.class);
    }
}
