package org.onebacklog.backlog;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.backlog.BacklogPageTest.positions;
import static org.onebacklog.backlog.BacklogPageTest.rowKeys;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;
import static org.onebacklog.support.Api.backlogKeys;
import static org.onebacklog.support.Api.item;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.product;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Browser;

/**
 * A backlog of a few hundred items shows its first page of rows at once; a sentinel row at the end of each page
 * loads the next (keyset by rank), with and without filters. Moves answer the person's loaded window.
 */
@QuarkusTest
class BacklogPagingTest {

    static final int FIRST = BacklogPage.FIRST_SCREEN;
    static final int PAGE = BacklogPage.PAGE;

    /** 230 items: 2 awaiting the PO, 225 open ranked ones, 3 done; every 4th is a bug labelled "checkout". */
    static String shop;
    static List<String> awaiting;

    /** Made once, by the first test that needs it (RestAssured knows the app's port only inside a test). */
    static synchronized void longBacklog() {
        if (shop != null) {
            return;
        }
        String shop = product("LB");
        String developer = member(shop, "DEVELOPER");
        List<String> keys = LongBacklog.add(shop, 228, i -> i % 4 == 0
                ? Map.of("kind", "BUG", "title", "Checkout fails, case " + i, "labels", List.of("checkout"))
                : Map.of("kind", "STORY", "title", "Story " + i));
        for (int i : new int[] {3, 77, 151}) {
            JsonPath current = asAdmin().get("/api/v1/items/" + keys.get(i)).then().extract().jsonPath();
            asAdmin().body(Map.of("status", "DONE", "version", current.getLong("version")))
                    .patch("/api/v1/items/" + keys.get(i)).then().statusCode(200);
        }
        awaiting = List.of(item(asUser(developer), shop, Map.of("kind", "STORY", "title", "Idea one")),
                item(asUser(developer), shop, Map.of("kind", "STORY", "title", "Idea two")));
        BacklogPagingTest.shop = shop;
    }

    @Test
    void theFirstScreenShowsTheFirstPageAndTheSentinelsBringEveryItemOnceInOrder() {
        longBacklog();
        Browser po = Browser.admin();
        String html = po.page().get("/products/" + shop + "/backlog").then().statusCode(200)
                .body(containsString("Awaiting the Product Owner")).extract().asString();
        List<String> first = rowKeys(html);
        assertEquals(awaiting, first.subList(0, 2), "the awaiting strip stays on top");
        assertEquals(2 + FIRST, first.size(), "the first screen holds its ranked rows, not all");
        assertEquals(numbers(1, FIRST), positions(html).subList(2, 2 + FIRST));

        List<String> all = new ArrayList<>(first);
        List<String> places = new ArrayList<>(positions(html).subList(2, 2 + FIRST));
        String next = LongBacklog.sentinel(html);
        int pages = 1;
        while (next != null) {
            String rows = po.htmx().get(next).then().statusCode(200).extract().asString();
            assertTrue(!rows.contains("<html") && !rows.contains("Awaiting the Product Owner"), "only rows");
            all.addAll(rowKeys(rows));
            places.addAll(positions(rows));
            next = LongBacklog.sentinel(rows);
            pages++;
            assertTrue(rowKeys(rows).size() == PAGE || next == null, "a page of rows, or the last");
        }
        assertEquals(backlogKeys(shop), all, "every open item exactly once, in order");
        assertEquals(5, pages, "225 ranked items: 30 on the first screen, then 50, 50, 50 and 45");
        assertEquals(numbers(1, 225), places, "positions in the whole backlog on every page");
    }

    @Test
    void searchAndFiltersPageTheSameWayWithTheirPlacesInTheWholeBacklog() {
        longBacklog();
        Browser po = Browser.admin();
        for (String filter : List.of("q=checkout", "kind=BUG", "label=checkout", "kind=BUG&q=fails")) {
            List<Map<String, Object>> expected = asAdmin().get("/api/v1/products/" + shop + "/backlog?" + filter)
                    .then().statusCode(200).extract().jsonPath().getList("$");
            String html = po.page().header("HX-Request", "true").header("HX-Target", "backlog-lists")
                    .get("/products/" + shop + "/backlog?" + filter).then().statusCode(200).extract().asString();
            assertTrue(html.contains(expected.size() + " ranked items match the filters"), filter + ": the count");
            assertEquals(FIRST, rowKeys(html).size(), filter + ": the first screen's rows first");
            List<String> keys = new ArrayList<>(rowKeys(html));
            List<String> places = new ArrayList<>(positions(html));
            String next = LongBacklog.sentinel(html);
            assertNotNull(next, filter + ": a sentinel loads the rest");
            assertTrue(next.contains("&" + filter), filter + " travels with the sentinel");
            while (next != null) {
                String rows = po.htmx().get(next).then().statusCode(200).extract().asString();
                keys.addAll(rowKeys(rows));
                places.addAll(positions(rows));
                next = LongBacklog.sentinel(rows);
            }
            assertEquals(expected.stream().map(m -> (String) m.get("key")).toList(), keys, filter);
            assertEquals(expected.stream().map(m -> String.valueOf(m.get("rank"))).toList(), places, filter);
        }
    }

    @Test
    void movesAnswerTheLoadedWindowAndReachTheUnloadedBottom() {
        String line = product("LM");
        List<String> keys = LongBacklog.stories(line, 130);
        Browser po = Browser.admin();
        String path = "/products/" + line + "/backlog/";

        // To the top from beyond the first page: the answer is the first page, the item on top.
        String html = po.htmx().formParam("item", keys.get(120)).formParam("move", "TOP")
                .formParam("shown", "50").post(path + "move").then().statusCode(200).extract().asString();
        assertEquals(50, rowKeys(html).size(), "the 50 rows the person had loaded");
        assertEquals(keys.get(120), rowKeys(html).get(0));
        assertNotNull(LongBacklog.sentinel(html), "the rest still loads on scrolling");

        // To the bottom, which the page has not loaded: the person's 100 rows come back, numbered 1 to 100.
        html = po.htmx().formParam("item", keys.get(0)).formParam("move", "BOTTOM").formParam("shown", "100")
                .post(path + "move").then().statusCode(200).extract().asString();
        assertEquals(100, rowKeys(html).size());
        assertEquals(numbers(1, 100), positions(html));
        assertTrue(!rowKeys(html).contains(keys.get(0)));
        List<String> order = backlogKeys(line);
        assertEquals(keys.get(0), order.get(order.size() - 1));

        // Down from the last loaded row: the server knows the neighbour below.
        String fiftieth = order.get(49);
        html = po.htmx().formParam("item", fiftieth).formParam("move", "DOWN").formParam("shown", "50")
                .post(path + "move").then().statusCode(200).extract().asString();
        assertEquals(order.get(50), rowKeys(html).get(49));
        assertEquals(fiftieth, backlogKeys(line).get(50));

        // A drag: placed before the third row; the answer is the window, not the whole backlog.
        html = po.htmx().formParam("item", keys.get(110)).formParam("before", order.get(2)).formParam("shown", "60")
                .post(path + "rank").then().statusCode(200).extract().asString();
        assertEquals(60, rowKeys(html).size());
        assertEquals(keys.get(110), rowKeys(html).get(2));
        assertEquals(rowKeys(html), backlogKeys(line).subList(0, 60));
    }

    @Test
    void aLiveRefetchBringsBackTheLoadedWindowOnly() {
        longBacklog();
        Browser po = Browser.admin();
        String html = po.page().header("HX-Request", "true").header("HX-Target", "backlog-lists")
                .get("/products/" + shop + "/backlog?shown=120").then().statusCode(200).extract().asString();
        assertEquals(2 + 120, rowKeys(html).size());
        assertEquals(backlogKeys(shop).subList(0, 122), rowKeys(html));
        assertNotNull(LongBacklog.sentinel(html));
    }

    /** Pages travel compressed; the CSRF token in them is masked afresh each time, so BREACH has nothing to guess. */
    @Test
    void pagesAndRowsTravelCompressedWithTheCsrfTokenMaskedEachTime() {
        longBacklog();
        Browser po = Browser.admin();
        var first = po.page().header("Accept-Encoding", "gzip").get("/products/" + shop + "/backlog");
        first.then().statusCode(200).header("Content-Encoding", "gzip");
        String html = first.asString();
        String again = po.page().get("/products/" + shop + "/backlog").then().statusCode(200).extract().asString();
        java.util.regex.Pattern token = java.util.regex.Pattern.compile("\"X-CSRF-Token\": \"([^\"]+)\"");
        java.util.regex.Matcher one = token.matcher(html);
        java.util.regex.Matcher two = token.matcher(again);
        assertTrue(one.find() && two.find());
        assertTrue(!one.group(1).equals(two.group(1)), "the token's bytes differ from one page to the next");
        po.htmx().header("Accept-Encoding", "gzip").get(LongBacklog.sentinel(html)).then().statusCode(200)
                .header("Content-Encoding", "gzip");
    }

    @Test
    void badPagingInputIsRefusedNamingTheField() {
        longBacklog();
        Browser po = Browser.admin();
        po.htmx().get("/products/" + shop + "/backlog/rows?after=NOT-A-RANK").then().statusCode(400)
                .body(containsString("after"));
        po.htmx().get("/products/" + shop + "/backlog/rows").then().statusCode(400).body(containsString("after"));
        po.page().get("/products/" + shop + "/backlog?shown=lots").then().statusCode(400)
                .body(containsString("shown"));
        String outsider = member(product("LO"), "DEVELOPER");
        Browser.user(outsider).htmx().get("/products/" + shop + "/backlog/rows?after=h").then().statusCode(403);
    }

    static List<String> numbers(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(String::valueOf).toList();
    }
}
