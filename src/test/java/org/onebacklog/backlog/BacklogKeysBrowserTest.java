package org.onebacklog.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Chromium;
import org.onebacklog.support.ChromiumTest;

/**
 * The backlog's shortcuts in Debian's Chromium: "/" searches, "c" adds, j / k go row to row, "?" lists them; someone
 * else's move is said in words.
 */
@QuarkusTest
class BacklogKeysBrowserTest extends ChromiumTest {

    private static String focused(Page page) {
        return (String) page.evaluate("() => document.activeElement.id");
    }

    @Test
    void slashSearchesCAddsJAndKGoFromRowToRowAndQuestionMarkListsThem() {
        String shop = Api.product("KB");
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            keys.add(Api.story(shop, "Story " + i));
        }
        Page page = loggedIn();
        page.navigate(base + "products/" + shop + "/backlog");

        page.keyboard().press("j");
        assertEquals("item-" + keys.get(0), focused(page));
        page.keyboard().press("j");
        page.keyboard().press("j");
        assertEquals("item-" + keys.get(2), focused(page));
        page.keyboard().press("k");
        assertEquals("item-" + keys.get(1), focused(page));

        page.keyboard().press("/");
        assertEquals("filter-q", focused(page));
        page.keyboard().type("c/j"); // typed into the search: letters, not shortcuts
        assertEquals("c/j", page.inputValue("#filter-q"));
        assertEquals("filter-q", focused(page));
        page.navigate(base + "products/" + shop + "/backlog"); // the whole backlog again, unfiltered

        page.focus("#item-" + keys.get(0));
        page.keyboard().press("c");
        assertEquals("new-title", focused(page));

        page.focus("#item-" + keys.get(0));
        page.keyboard().press("?");
        assertTrue((Boolean) page.evaluate("() => document.getElementById('keys-help').open"));
        String help = page.textContent("#keys-help");
        for (String line : List.of("Search the backlog", "Add an item", "Next item", "Previous item")) {
            assertTrue(help.contains(line), help);
        }
        page.keyboard().press("Escape");
        assertEquals("item-" + keys.get(0), focused(page));

        // Someone else moves an item to the top: it is said, politely, with its new place.
        Chromium.waitUntilLive(page);
        Api.asAdmin().body(java.util.Map.of("before", keys.get(0))).post("/api/v1/items/" + keys.get(2) + "/rank")
                .then().statusCode(200);
        page.waitForFunction("key => document.getElementById('live-news').textContent === key + ' moved to place 1.'",
                keys.get(2), new Page.WaitForFunctionOptions().setTimeout(10_000));
        page.context().close();
    }
}
