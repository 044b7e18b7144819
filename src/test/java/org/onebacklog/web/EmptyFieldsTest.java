package org.onebacklog.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.asAdmin;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.WebSocketClientConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Browser;

/**
 * A team that fills in only what it must: items with a title alone, a sprint with no goal and no capacity, tasks
 * added on the board with a title alone, no DoD, no columns edited. Every page, fragment, report, TV frame and
 * live message of that product renders, at every step of its life.
 */
@QuarkusTest
class EmptyFieldsTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void aProductWithNothingOptionalRendersEverywhere() throws Exception {
        String shop = Api.freshKey("EF");
        asAdmin().body(Map.of("key", shop, "name", "Bare " + shop)).post("/api/v1/products").then().statusCode(201);
        Browser admin = Browser.admin();
        String tv = asAdmin().body(Map.of("name", "Wall")).post("/api/v1/products/" + shop + "/displays").then()
                .statusCode(201).extract().path("url");
        everythingRenders(admin, shop, tv, null, "no sprint yet");

        // An item with only a title, from the backlog page's quick add and from the API.
        admin.htmx().formParam("kind", "STORY").formParam("title", "Only a title")
                .post("/products/" + shop + "/backlog/items").then().statusCode(200);
        String item = shop + "-1";
        String bug = Api.item(asAdmin(), shop, Map.of("kind", "BUG", "title", "A bug, nothing else"));
        long sprint = asAdmin().body(Map.of("name", "First", "start", "2026-12-01", "end", "2026-12-14"))
                .post("/api/v1/products/" + shop + "/sprints").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        everythingRenders(admin, shop, tv, sprint, "planned sprint with no goal or capacity");

        for (String key : List.of(item, bug)) {
            asAdmin().body(Map.of("itemKey", key)).post("/api/v1/sprints/" + sprint + "/items").then()
                    .statusCode(200);
        }
        asAdmin().post("/api/v1/sprints/" + sprint + "/start").then().statusCode(200);
        Client board = connect(shop, "board");
        Client tvSocket = connect(shop, "tv");

        // The board's own "Add a task" form sends only a title.
        admin.htmx().formParam("title", "Write it down").post("/products/" + shop + "/board/items/" + item + "/tasks")
                .then().statusCode(200).body(containsString("Write it down"));
        assertTrue(board.received("Write it down"), "the board's live message shows the new task");
        assertTrue(tvSocket.received("Write it down"), "the TV's live frame shows the new task");
        Map<String, Object> task = asAdmin().get("/api/v1/items/" + item + "/tasks").then().statusCode(200)
                .extract().jsonPath().getMap("[0]");
        assertEquals(null, task.get("estimate"));
        everythingRenders(admin, shop, tv, sprint, "active sprint with an unestimated task");
        // Unestimated work is said as such, not drawn as a flat zero.
        admin.page().get("/products/" + shop + "/sprints/" + sprint + "/review").then().statusCode(200)
                .body(containsString("2 without an estimate")).body(containsString("No estimated items yet"));
        admin.page().get(tv).then().body(containsString("no capacity set"));

        long id = ((Number) task.get("id")).longValue();
        admin.htmx().formParam("column", "IN_PROGRESS").formParam("version", task.get("version").toString())
                .post("/products/" + shop + "/board/tasks/" + id + "/move").then().statusCode(200);
        assertTrue(board.received("data-seq"), "the move is announced");
        everythingRenders(admin, shop, tv, sprint, "an unestimated task in progress");

        asAdmin().post("/api/v1/sprints/" + sprint + "/close").then().statusCode(200);
        everythingRenders(admin, shop, tv, sprint, "closed sprint");
        board.connection().closeAndAwait();
        tvSocket.connection().closeAndAwait();
    }

    private void everythingRenders(Browser admin, String shop, String tv, Long sprint, String state) {
        String products = "/products/" + shop;
        for (String page : List.of("/products", products + "/backlog", products + "/planning", products + "/board",
                products + "/dod", products + "/members", products + "/displays", products + "/items/" + shop
                        + "-1", products + "/review")) {
            if (page.endsWith("-1") && sprint == null) {
                continue;
            }
            int status = admin.page().get(page).then().extract().statusCode();
            assertTrue(status == 200 || status == 303, state + ": " + page + " answered " + status);
        }
        admin.page().get(tv).then().statusCode(200).body(not(containsString("Error")));
        asAdmin().get("/api/v1/products/" + shop + "/backlog").then().statusCode(200);
        if (sprint != null) {
            admin.page().get(products + "/planning?sprint=" + sprint).then().statusCode(200);
            asAdmin().get("/api/v1/sprints/" + sprint).then().statusCode(200);
            asAdmin().get("/api/v1/sprints/" + sprint + "/board").then().statusCode(200);
            int report = asAdmin().get("/api/v1/sprints/" + sprint + "/report").then().extract().statusCode();
            assertTrue(report == 200 || report == 409, state + ": report answered " + report);
            if (report == 200) {
                asAdmin().accept("text/csv").get("/api/v1/sprints/" + sprint + "/report").then().statusCode(200);
                admin.page().get(products + "/sprints/" + sprint + "/review").then().statusCode(200);
                admin.page().accept("text/html,application/xhtml+xml,*/*;q=0.8").get(products + "/sprints/" + sprint + "/review.csv").then().statusCode(200);
            }
        }
    }

    record Client(WebSocketClientConnection connection, BlockingQueue<String> messages) {
        /** Waits for a message that contains {@code text}; false if none comes within 10 s. */
        boolean received(String text) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
                String message = messages.poll(left, TimeUnit.NANOSECONDS);
                if (message != null && message.contains(text)) {
                    assertFalse(message.contains("Error"), message);
                    return true;
                }
            }
            return false;
        }
    }

    private Client connect(String shop, String view) {
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        String credentials = Base64.getEncoder().encodeToString(("admin:" + Api.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        WebSocketClientConnection connection = BasicWebSocketConnector.create().baseUri(base)
                .path("/live/" + shop + "?view=" + view).addHeader("Authorization", "Basic " + credentials)
                .onTextMessage((c, message) -> messages.add(message)).connectAndAwait();
        assertNotNull(connection);
        return new Client(connection, messages);
    }
}
