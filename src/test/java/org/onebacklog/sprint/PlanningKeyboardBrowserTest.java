package org.onebacklog.sprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Chromium;
import org.onebacklog.support.ChromiumTest;

/**
 * Planning and the TV displays with the keyboard, in Debian's Chromium: after committing an item, taking it back
 * or creating a display, the focus is on the thing acted on, never dropped to the page.
 */
@QuarkusTest
class PlanningKeyboardBrowserTest extends ChromiumTest {

    /** The focused planning row as "list:item", or what else has the focus. */
    private static String focusedRow(Page page) {
        return (String) page.evaluate("() => { const a = document.activeElement; const list = a.closest('[data-plan-list]');"
                + " return list && a.dataset.planItem ? list.dataset.planList + ':' + a.dataset.planItem"
                + " : a.tagName + '#' + a.id; }");
    }

    private static void waitForRows(Page page, String list, int rows) {
        page.waitForFunction("([list, rows]) => document.querySelectorAll('[data-plan-list=\"' + list + '\"]"
                + " li.plan-row').length === rows", List.of(list, rows),
                new Page.WaitForFunctionOptions().setTimeout(10_000));
    }

    @Test
    void committingAndTakingBackKeepTheFocusOnTheItem() {
        String shop = Api.product("KP");
        long sprint = Api.sprint(shop, 40);
        List<String> items = new java.util.ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            items.add(Api.estimated(shop, "STORY", i));
        }
        Page page = loggedIn();
        page.navigate(base + "products/" + shop + "/planning");
        Chromium.waitUntilLive(page);

        // The backlog list is one Tab stop; ↓ goes to the next item; Enter adds it to the sprint.
        page.focus("[data-plan-list=backlog] li.plan-row");
        page.keyboard().press("ArrowDown");
        assertEquals("backlog:" + items.get(1), focusedRow(page));
        page.keyboard().press("Enter");
        waitForRows(page, "sprint", 1);
        page.waitForFunction("() => document.activeElement.closest('[data-plan-list=sprint]')");
        assertEquals("sprint:" + items.get(1), focusedRow(page), "the item, in its new list");
        page.waitForFunction("key => document.getElementById('own-status').textContent.startsWith(key + ' added to')",
                items.get(1), new Page.WaitForFunctionOptions().setTimeout(5_000));

        // One Shift+Tab back to the backlog list: its stop is the item that followed the one added.
        page.keyboard().press("Shift+Tab");
        assertEquals("backlog:" + items.get(2), focusedRow(page));
        page.keyboard().press("Tab");
        assertEquals("sprint:" + items.get(1), focusedRow(page));

        // Enter takes it back out: the focus follows it into the backlog list.
        page.keyboard().press("Enter");
        waitForRows(page, "sprint", 0);
        page.waitForFunction("() => document.activeElement.closest('[data-plan-list=backlog]')");
        assertEquals("backlog:" + items.get(1), focusedRow(page));
        page.waitForFunction("key => document.getElementById('own-status').textContent === key"
                + " + ' taken out, back in the backlog'", items.get(1),
                new Page.WaitForFunctionOptions().setTimeout(5_000));

        // Each list is one stop: from the backlog list, one Tab leaves the rows (the sprint list is empty now).
        page.keyboard().press("Tab");
        assertTrue(!focusedRow(page).startsWith("backlog:"), focusedRow(page));

        // Someone else commits an item: it is said, politely.
        Api.asAdmin().body(Map.of("itemKey", items.get(3))).post("/api/v1/sprints/" + sprint + "/items").then()
                .statusCode(200);
        page.waitForFunction("key => document.getElementById('live-news').textContent.includes(key"
                + " + ' was added to Sprint')", items.get(3), new Page.WaitForFunctionOptions().setTimeout(10_000));
        assertEquals("polite", page.getAttribute("#live-news", "aria-live"));
        page.context().close();
    }

    @Test
    void aNewDisplaysRowHasTheFocus() {
        String shop = Api.product("KD");
        Api.asAdmin().body(Map.of("name", "Hall")).post("/api/v1/products/" + shop + "/displays").then()
                .statusCode(201);
        Page page = loggedIn();
        page.navigate(base + "products/" + shop + "/displays");
        page.fill("#display-name", "Team room TV");
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.querySelectorAll('[data-display-id]').length === 2");
        page.waitForFunction("() => document.activeElement.matches('[data-display-id]')");
        assertEquals("Team room TV",
                page.evaluate("() => document.activeElement.querySelector('.display-name').textContent.trim()"));
        page.waitForFunction("() => document.getElementById('own-status').textContent.includes('Team room TV created')",
                null, new Page.WaitForFunctionOptions().setTimeout(5_000));
        // Saving a display's views keeps the focus on its Views select.
        com.microsoft.playwright.Locator views = page.locator("[data-display-id] select").first();
        String viewsId = views.getAttribute("id");
        views.selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.locator("#" + viewsId + " ~ button[type=submit]").click();
        page.locator(".display-saved").waitFor();
        // The focus comes back once htmx has settled the swap, a moment after the saved note shows.
        page.waitForFunction("id => document.activeElement && document.activeElement.id === id", viewsId,
                new Page.WaitForFunctionOptions().setTimeout(5_000));
        assertEquals(viewsId, page.evaluate("() => document.activeElement.id"));
        page.context().close();
    }
}
