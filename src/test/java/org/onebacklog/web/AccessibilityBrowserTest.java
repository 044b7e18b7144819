package org.onebacklog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.asAdmin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Axe;
import org.onebacklog.support.Chromium;
import org.onebacklog.support.ChromiumTest;

/**
 * Every page, in its main states (empty, full, refused form, conflict), passes axe-core's WCAG 2 A and AA rules
 * with no serious or critical violation, on a desktop (1440 px) and on a phone (390 px), and scrolls no way but
 * down on a phone and on a tablet (768 px). The TV's own pages are checked with the TV.
 */
@QuarkusTest
class AccessibilityBrowserTest extends ChromiumTest {

    private static final Logger LOG = Logger.getLogger(AccessibilityBrowserTest.class);

    /** The widths a page is looked at: a desktop, a tablet, a phone. */
    private static final int DESKTOP = 1440;
    private static final int TABLET = 768;
    private static final int PHONE = 390;

    @Test
    void pagesOutsideAProduct() {
        Problems problems = new Problems();
        Page anonymous = chromium.newContext().newPage();
        anonymous.navigate(base + "login");
        anonymous.fill("#username", "nobody-at-all");
        anonymous.fill("#password", "not the password");
        anonymous.click("button[type=submit]");
        anonymous.locator(".form-error").waitFor();
        problems.look(anonymous, "login with a refused password");
        anonymous.context().close();

        Page page = loggedIn();
        Api.product("AXP");
        page.navigate(base + "products");
        problems.look(page, "products (full)");
        page.click("form.create-product button[type=submit]");
        page.locator(".create-product .field-error").first().waitFor();
        problems.look(page, "products, an invalid new product");
        page.navigate(base + "account/tokens");
        problems.look(page, "API tokens");
        page.navigate(base + "products/import");
        problems.look(page, "restore a backup");
        page.navigate(base + "admin/users");
        problems.look(page, "users (admin)");
        page.fill("#user-username", "x");
        page.click("form[hx-post='/admin/users'] button[type=submit]");
        page.locator("#users-panel .field-error").first().waitFor();
        problems.look(page, "users, an invalid new user");
        page.fill("#user-username", Api.freshKey("axu").toLowerCase());
        page.click("form[hx-post='/admin/users'] button[type=submit]");
        page.locator(".handover").waitFor();
        problems.look(page, "users, a one-time password handed over");
        page.navigate(base + "products/NOSUCH/backlog");
        problems.look(page, "error page (404)");
        problems.assertNone();
    }

    @Test
    void backlogAndItem() {
        Problems problems = new Problems();
        String shop = Api.product("AXB");
        Page page = loggedIn();
        page.navigate(base + "products/" + shop + "/backlog");
        problems.look(page, "backlog (empty)");

        page.click(".create-item button[type=submit]");
        page.locator(".create-item .field-error").first().waitFor();
        problems.look(page, "backlog, an invalid quick-add");

        String developer = Api.member(shop, "DEVELOPER");
        Api.item(Api.asUser(developer), shop, Map.of("kind", "BUG", "title", "Checkout fails on a long address"));
        String story = Api.estimated(shop, "STORY", 5);
        Api.estimated(shop, "TECHNICAL", 3);
        Api.item(asAdmin(), shop, Map.of("kind", "BUG", "title", "Totals round wrong", "labels", List.of("checkout")));
        page.navigate(base + "products/" + shop + "/backlog");
        problems.look(page, "backlog (full, with an item awaiting the Product Owner)");
        page.locator(".row .value summary").first().click();
        problems.look(page, "backlog, a value statement open");

        page.navigate(base + "products/" + shop + "/items/" + story);
        problems.look(page, "item page");
        page.click("#item-detail button:has-text('Edit')");
        page.locator("form#item-detail").waitFor();
        Object saved = asAdmin().get("/api/v1/items/" + story).then().extract().path("version");
        asAdmin().body(Map.of("title", "Changed by someone else", "version", saved))
                .patch("/api/v1/items/" + story).then().statusCode(200);
        page.fill("#edit-title", "Mine");
        page.click("form#item-detail button[type=submit]");
        page.locator(".saved-version").waitFor();
        problems.look(page, "item editor, a conflict with a saved version");
        problems.assertNone();
    }

    @Test
    void planning() {
        Problems problems = new Problems();
        String shop = Api.product("AXL");
        Page page = loggedIn();
        page.navigate(base + "products/" + shop + "/planning");
        problems.look(page, "planning (no sprint)");

        Api.policy(shop, "0.2", "ENFORCE");
        long sprint = Api.sprint(shop, 10);
        String committed = Api.estimated(shop, "STORY", 5);
        Api.estimated(shop, "TECHNICAL", 1);
        String tooBig = Api.estimated(shop, "BUG", 5);
        asAdmin().body(Map.of("itemKey", committed)).post("/api/v1/sprints/" + sprint + "/items").then()
                .statusCode(200);
        page.navigate(base + "products/" + shop + "/planning");
        problems.look(page, "planning with a committed item");
        page.click("[data-plan-item='" + tooBig + "'] button");
        page.locator(".refusal").waitFor();
        problems.look(page, "planning, ENFORCE refuses a commitment");
        problems.assertNone();
    }

    @Test
    void boardAndStandup() {
        Problems problems = new Problems();
        String empty = Api.product("AXE");
        Page page = loggedIn();
        page.navigate(base + "products/" + empty + "/board");
        problems.look(page, "board (no active sprint)");

        Api.ActiveBoard board = boardWithDodTasks();
        long story = plainTask(board.sprint(), 0);
        long technical = plainTask(board.sprint(), 1);
        asAdmin().body(Map.of("reason", "Waiting for the payment provider's sandbox"))
                .post("/api/v1/tasks/" + technical + "/block").then().statusCode(200);
        asAdmin().body(Map.of("reason", "Covered by the pair's review"))
                .post("/api/v1/tasks/" + dodTask(board.sprint()) + "/waive").then().statusCode(200);
        page.navigate(base + "products/" + board.product() + "/board");
        Chromium.waitUntilLive(page);
        problems.look(page, "board (full: a blocked card, a waived DoD card)");

        page.check("input[data-filter=technical]");
        problems.look(page, "board, technical only");
        page.uncheck("input[data-filter=technical]");

        page.locator("#task-" + story + " .task-open").click();
        page.locator("dialog#task-detail[open] #detail-title").waitFor();
        problems.look(page, "board, the task drawer open");
        page.keyboard().press("Escape");

        // A page that hears no live change keeps a card's old version: its move is refused, and says so on the card.
        Page stale = loggedIn();
        stale.routeWebSocket("**/live/**", socket -> { });
        stale.navigate(base + "products/" + board.product() + "/board");
        asAdmin().body(Map.of("column", "IN_PROGRESS", "version", version(story)))
                .post("/api/v1/tasks/" + story + "/move").then().statusCode(200);
        stale.click("#task-" + story + " [data-task-move]");
        stale.locator("#task-" + story + " .card-note").waitFor();
        problems.look(stale, "board, a move refused for a stale version");
        stale.context().close();

        page.navigate(base + "products/" + board.product() + "/standup");
        problems.look(page, "stand-up");
        page.navigate(base + "products/" + board.product() + "/review");
        problems.look(page, "review");
        problems.lookPrinted(page, "review");
        problems.assertNone();
    }

    /**
     * On a phone the navigation folds behind "Menu" (opened and closed from the keyboard), the backlog's Add form
     * behind one button, and the board shows one column at a time, the one chosen above the lanes, kept on reload.
     */
    @Test
    void onAPhoneTheMenuTheAddFormAndTheBoardShowOneThingAtATime() {
        Api.ActiveBoard board = boardWithDodTasks();
        Page page = loggedIn();
        page.setViewportSize(PHONE, 844);
        page.navigate(base + "products/" + board.product() + "/backlog");
        Locator menu = page.locator(".menu-toggle");
        Locator boardLink = page.locator(".product-nav a", new Page.LocatorOptions().setHasText("Board"));
        assertFalse(boardLink.isVisible(), "the navigation is folded on a phone");
        assertEquals("false", menu.getAttribute("aria-expanded"));
        menu.focus();
        page.keyboard().press("Enter");
        assertEquals("true", menu.getAttribute("aria-expanded"), "Enter opens the menu");
        assertTrue(boardLink.isVisible(), "the navigation shows");
        page.keyboard().press("Tab");
        assertTrue((Boolean) page.evaluate("() => !!document.activeElement.closest('.product-nav')"),
                "the next Tab goes into the navigation");
        page.keyboard().press("Escape");
        assertFalse(boardLink.isVisible(), "Escape folds it again");
        assertTrue((Boolean) page.evaluate("() => document.activeElement.classList.contains('menu-toggle')"),
                "and gives the focus back to Menu");

        Locator title = page.locator("#new-title");
        assertFalse(title.isVisible(), "the Add form is folded on a phone");
        page.click(".add-toggle");
        assertTrue(title.isVisible(), "Add an item opens it");
        page.click(".create-item button[type=submit]");
        page.locator(".create-item .field-error").first().waitFor();
        assertTrue(title.isVisible(), "a refused item keeps the form open, with its message");

        page.navigate(base + "products/" + board.product() + "/board");
        Locator heads = page.locator(".board-columns .column-head:visible");
        Locator cells = page.locator(".cells .cell:visible");
        assertEquals(1, heads.count(), "one column at a time");
        assertEquals("To Do", heads.locator(".column-name").innerText());
        assertEquals(List.of("TODO"), visibleColumns(page));
        page.click("[data-show-column='3']");
        assertEquals("true", page.getAttribute("[data-show-column='3']", "aria-pressed"), "the button says so");
        assertEquals("Review", heads.locator(".column-name").innerText());
        assertEquals(List.of("REVIEW"), visibleColumns(page));
        assertEquals(2, cells.count(), "the Review cell of each lane");
        page.reload();
        assertEquals(List.of("REVIEW"), visibleColumns(page), "the choice is kept");
        page.context().close();
    }

    /** The columns of the board's cells that show. */
    @SuppressWarnings("unchecked")
    private static List<String> visibleColumns(Page page) {
        return (List<String>) page.evaluate("() => [...new Set([...document.querySelectorAll('.cells .cell')]"
                + ".filter(c => c.getClientRects().length).map(c => c.dataset.column))]");
    }

    @Test
    void teamAndSettings() {
        Problems problems = new Problems();
        String shop = Api.product("AXT");
        Api.member(shop, "DEVELOPER");
        Page page = loggedIn();
        page.navigate(base + "products/" + shop + "/dod");
        problems.look(page, "Definition of Done");
        page.click("form.add-criterion button[type=submit]");
        page.locator(".add-criterion .field-error").first().waitFor();
        problems.look(page, "Definition of Done, an invalid criterion");
        page.navigate(base + "products/" + shop + "/members");
        problems.look(page, "team");
        page.navigate(base + "products/" + shop + "/webhooks");
        problems.look(page, "webhooks");
        page.navigate(base + "products/" + shop + "/displays");
        problems.look(page, "TV displays");
        page.navigate(base + "products/" + shop + "/import/jira");
        problems.look(page, "Jira import");
        problems.assertNone();
    }

    /** An active sprint of a story and a technical item, each with a plain task and one the DoD implies. */
    private static Api.ActiveBoard boardWithDodTasks() {
        String shop = Api.product("AXD");
        asAdmin().body(Map.of("version", Api.dodVersion(shop), "criteria", List.of(Map.of("text",
                "Technical documentation is updated", "impliesTask", true, "taskTitle", "Update technical docs",
                "category", "DOCUMENTATION", "estimate", 1)))).put("/api/v1/products/" + shop + "/dod").then()
                .statusCode(200);
        long sprint = Api.sprint(shop, 50);
        for (String item : List.of(Api.estimated(shop, "STORY", 3), Api.estimated(shop, "TECHNICAL", 2))) {
            asAdmin().body(Map.of("itemKey", item)).post("/api/v1/sprints/" + sprint + "/items").then()
                    .statusCode(200);
            asAdmin().body(Map.of("title", "Build " + item, "estimate", 2)).post("/api/v1/items/" + item + "/tasks")
                    .then().statusCode(201);
        }
        asAdmin().post("/api/v1/sprints/" + sprint + "/start").then().statusCode(200);
        return new Api.ActiveBoard(shop, sprint);
    }

    /** The plain (not DoD-implied) task in lane {@code lane} of the sprint's board. */
    private static long plainTask(long sprint, int lane) {
        List<Map<String, Object>> tasks = asAdmin().get("/api/v1/sprints/" + sprint + "/board").then().extract()
                .jsonPath().getList("lanes[" + lane + "].tasks");
        return tasks.stream().filter(t -> t.get("dodCriterionId") == null)
                .map(t -> ((Number) t.get("id")).longValue()).findFirst().orElseThrow();
    }

    /** The first DoD-implied task of the sprint's board. */
    @SuppressWarnings("unchecked")
    private static long dodTask(long sprint) {
        List<Map<String, Object>> lanes = asAdmin().get("/api/v1/sprints/" + sprint + "/board").then().extract()
                .jsonPath().getList("lanes");
        return lanes.stream().flatMap(lane -> ((List<Map<String, Object>>) lane.get("tasks")).stream())
                .filter(t -> t.get("dodCriterionId") != null).map(t -> ((Number) t.get("id")).longValue())
                .findFirst().orElseThrow(() -> new AssertionError("the default Definition of Done implies tasks"));
    }

    private static Object version(long task) {
        return asAdmin().get("/api/v1/tasks/" + task).then().statusCode(200).extract().path("version");
    }

    /** What the pages looked at so far did wrong, said all at once at the end. */
    private static final class Problems {

        private final List<String> found = new ArrayList<>();

        /** Checks the page as it is now at every width, and puts it back at the desktop width. */
        void look(Page page, String state) {
            for (int width : new int[] { DESKTOP, TABLET, PHONE }) {
                page.setViewportSize(width, width == DESKTOP ? 900 : width == TABLET ? 1024 : 844);
                if (width != TABLET) {
                    for (Axe.Finding finding : Axe.check(page)) {
                        if (finding.blocking()) {
                            found.add(state + " at " + width + " px: " + finding);
                        } else {
                            // Best practice and minor impact: reported, not failed on.
                            LOG.infof("axe (not failing) %s at %d px: %s (%s) at %s", state, width,
                                    finding.rule(), finding.impact(), finding.target());
                        }
                    }
                }
                if (width != DESKTOP) {
                    Object wider = page.evaluate(SIDEWAYS);
                    if (wider != null) {
                        found.add(state + " at " + width + " px scrolls sideways: " + wider);
                    }
                }
            }
            page.setViewportSize(DESKTOP, 900);
        }

        /** Checks the page as it prints (the review is printed for stakeholders), then puts the screen back. */
        void lookPrinted(Page page, String state) {
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            for (Axe.Finding finding : Axe.blocking(page)) {
                found.add(state + " printed: " + finding);
            }
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        }

        void assertNone() {
            assertTrue(found.isEmpty(), found.size() + " problems:\n  " + String.join("\n  ", found));
        }
    }

    /** Null when the page is no wider than the window; otherwise how wide, and the elements that stick out. */
    private static final String SIDEWAYS = """
            () => {
              const width = document.scrollingElement.scrollWidth;
              if (width <= innerWidth) return null;
              const out = [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > innerWidth + 1 && e.getClientRects().length)
                .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > innerWidth + 1))
                .slice(0, 6)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                  ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' → ' + Math.round(e.getBoundingClientRect().right));
              return width + ' px wide in ' + innerWidth + ': ' + out.join(', ');
            }""";
}
