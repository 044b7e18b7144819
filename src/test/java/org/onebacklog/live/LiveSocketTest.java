package org.onebacklog.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.policy;
import static org.onebacklog.support.LiveClient.seq;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.WebSocketClientConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.LiveClient;

@QuarkusTest
class LiveSocketTest {

    @TestHTTPResource("/")
    URI base;

    LiveClient connect(String productKey, String username, String password, String view) {
        return LiveClient.member(base, productKey, username, password, view);
    }

    @Test
    void twoBoardsSeeAMoveWithTheFreshCard() throws Exception {
        Api.ActiveBoard board = Api.activeBoard("LV");
        String shop = board.product();
        long task = Api.task(board.sprint(), 0);
        LiveClient one = connect(shop, "admin", Api.ADMIN_PASSWORD, "board");
        LiveClient two = connect(shop, "admin", Api.ADMIN_PASSWORD, "board");
        long start = one.settle();
        assertEquals(start, two.settle(), "both start from the same number");

        asAdmin().body(Map.of("column", "IN_PROGRESS", "version", 0)).post("/api/v1/tasks/" + task + "/move").then()
                .statusCode(200);
        String lane = shop + "-1";
        for (LiveClient client : new LiveClient[] {one, two}) {
            String message = client.next();
            assertNotNull(message, "the move reaches every open board");
            assertEquals(start + 1, seq(message));
            assertTrue(message.length() < 3 * 1024, "a move sends a few KB, not the board: " + message.length());
            assertFalse(message.contains("id=\"board-grid\""), "no whole grid for a move: " + message);
            // The card leaves its old cell and fills the In Progress cell of its lane, as version 1.
            int delete = message.indexOf("<article id=\"task-" + task + "\" hx-swap-oob=\"delete\">");
            int insert = message.indexOf("<div id=\"cell-" + lane + "-IN_PROGRESS\" hx-swap-oob=\"innerHTML\">"
                    + "<article class=\"task");
            assertTrue(delete > 0 && insert > delete, message);
            assertTrue(message.indexOf("id=\"task-" + task + "\" data-task-id=\"" + task + "\" data-version=\"1\"",
                    insert) > insert, "the card is the new cell's, as version 1: " + message);
            assertTrue(message.indexOf("data-task-move=\"REVIEW\"", insert) > insert, "its moves are the new cell's");
            // The counts of the columns and the lane's status follow.
            assertTrue(message.matches("(?s).*id=\"column-IN_PROGRESS\"[^>]*hx-swap-oob=\"true\">\\s*"
                    + "<span class=\"column-name\">In Progress</span>\\s*<span class=\"column-count\">1</span>.*"),
                    message);
            assertTrue(message.contains("<span class=\"status status-in-progress\" id=\"status-" + lane
                    + "\" hx-swap-oob=\"true\">In progress</span>"), message);
        }
        one.connection().closeAndAwait();
        two.connection().closeAndAwait();
    }

    /** Someone leaves the team: every open board gets their open cards back unassigned, without a reload. */
    @Test
    void aBoardSeesTheCardsOfSomeoneWhoLeftUnassigned() throws Exception {
        Api.ActiveBoard board = Api.activeBoard("LU");
        String shop = board.product();
        String dev = member(shop, "DEVELOPER");
        long task = Api.task(board.sprint(), 0);
        asAdmin().body(Map.of("assignee", dev, "version", 0)).patch("/api/v1/tasks/" + task).then().statusCode(200);
        LiveClient client = connect(shop, "admin", Api.ADMIN_PASSWORD, "board");
        long start = client.settle();

        asAdmin().delete("/api/v1/products/" + shop + "/members/" + dev).then().statusCode(204);
        String message = client.next();
        assertNotNull(message, "the removal reaches the open board");
        assertEquals(start + 1, seq(message));
        assertTrue(message.contains("id=\"task-" + task + "\" data-task-id=\"" + task + "\" data-version=\"2\""
                + " data-assignee=\"\""), "the card comes unassigned, as version 2: " + message);
        client.connection().closeAndAwait();
    }

    /**
     * An operator's view of the live channel at /q/metrics (Prometheus): the open connections, the changes taken in
     * the time spent rendering each kind of view and writing a message to every page, beside the usual HTTP and JVM
     * figures.
     */
    @Test
    void theMetricsShowTheLiveChannel() throws Exception {
        Api.ActiveBoard board = Api.activeBoard("LM");
        LiveClient client = connect(board.product(), "admin", Api.ADMIN_PASSWORD, "board");
        client.settle();
        double changesBefore = metric("onebacklog_live_changes_total");
        asAdmin().body(Map.of("version", Api.columnsVersion(board.product()),
                "columns", java.util.List.of(Map.of("key", "TODO", "name", "Ready"),
                Map.of("key", "IN_PROGRESS", "name", "Doing"), Map.of("key", "DONE", "name", "Done"))))
                .put("/api/v1/products/" + board.product() + "/columns").then().statusCode(200);
        assertTrue(client.next().contains("board-grid"), "the board got its message");
        assertTrue(metric("onebacklog_live_connections") >= 1, "the open board is counted");
        assertTrue(metric("onebacklog_live_changes_total") > changesBefore, "the change is counted");
        assertTrue(metric("onebacklog_live_render_seconds_count{view=\"board\"}") >= 1, "the board's render is timed");
        // The write to the page completes after the client has the message; the timer follows it at once.
        long until = System.nanoTime() + 5_000_000_000L;
        while (metric("onebacklog_live_fanout_seconds_count") < 1 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertTrue(metric("onebacklog_live_fanout_seconds_count") >= 1, "the write to every page is timed");
        String all = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(all.contains("jvm_memory_used_bytes") && all.contains("http_server_requests_seconds_count"),
                "the usual JVM and HTTP figures are there too");
        client.connection().closeAndAwait();
    }

    /** A figure of /q/metrics (the first series whose name and labels start so), 0 when absent. */
    private static double metric(String series) {
        String text = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : text.split("\n")) {
            if (line.startsWith(series.contains("{") ? series.substring(0, series.length() - 1) : series + " ")
                    || line.startsWith(series + "{")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    @Test
    void aChangeOfTheBoardsColumnsSendsTheWholeGrid() throws Exception {
        Api.ActiveBoard board = Api.activeBoard("LW");
        LiveClient client = connect(board.product(), "admin", Api.ADMIN_PASSWORD, "board");
        long start = client.settle();
        asAdmin().body(Map.of("version", Api.columnsVersion(board.product()),
                "columns", java.util.List.of(Map.of("key", "TODO", "name", "Ready"),
                Map.of("key", "IN_PROGRESS", "name", "Doing"), Map.of("key", "DONE", "name", "Done"))))
                .put("/api/v1/products/" + board.product() + "/columns").then().statusCode(200);
        String message = client.next();
        assertEquals(start + 1, seq(message));
        assertTrue(message.contains("id=\"board-grid\" hx-swap-oob=\"outerHTML\""), message);
        assertTrue(message.contains("<span class=\"column-name\">Doing</span>"), message);
        assertFalse(message.contains("id=\"column-REVIEW\""), "the removed column is gone: " + message);
        client.connection().closeAndAwait();
    }

    @Test
    void aRolledBackWriteSendsNothing() throws Exception {
        String shop = Api.product("LR");
        policy(shop, "0.2", "ENFORCE");
        long sprint = Api.sprint(shop, 10);
        String big = Api.estimated(shop, "STORY", 9);
        LiveClient client = connect(shop, "admin", Api.ADMIN_PASSWORD, "planning");
        long start = client.settle();
        asAdmin().body(Map.of("itemKey", big)).post("/api/v1/sprints/" + sprint + "/items").then().statusCode(409);
        assertNull(client.messages().poll(1500, TimeUnit.MILLISECONDS), "a refused commitment is not announced");
        asAdmin().body(Map.of("itemKey", big, "override", Map.of("reason", "Investor demo")))
                .post("/api/v1/sprints/" + sprint + "/items").then().statusCode(200);
        assertEquals(start + 1, seq(client.next()), "the next change follows without a gap");
        client.connection().closeAndAwait();
    }

    /**
     * A change that lands after the page was read but before its socket joined: the page carries the number it was
     * rendered at, and the hello names a later one, so the page knows to fetch its view again.
     */
    @Test
    void aPageKnowsTheNumberItWasRenderedAt() throws Exception {
        String shop = Api.product("LP");
        LiveClient watcher = connect(shop, "admin", Api.ADMIN_PASSWORD, "backlog");
        watcher.settle();
        String page = org.onebacklog.support.Browser.admin().page().get("/products/" + shop + "/backlog").then()
                .statusCode(200).extract().asString();
        Matcher rendered = Pattern.compile("data-seq=\"(\\d+)\"").matcher(page);
        assertTrue(rendered.find(), "the page says which number it was rendered at");
        long renderedAt = Long.parseLong(rendered.group(1));
        Api.story(shop, "Added while the page was on its way");
        assertEquals(renderedAt + 1, seq(watcher.next()));
        LiveClient late = connect(shop, "admin", Api.ADMIN_PASSWORD, "backlog");
        assertTrue(seq(late.next()) > renderedAt, "the late socket's hello is past the page's number");
        watcher.connection().closeAndAwait();
        late.connection().closeAndAwait();
    }

    @Test
    void aClientThatReconnectsLearnsWhereTheSequenceIs() throws Exception {
        String shop = Api.product("LC");
        LiveClient first = connect(shop, "admin", Api.ADMIN_PASSWORD, "backlog");
        long start = first.settle();
        first.connection().closeAndAwait();
        Api.story(shop, "Changed while away");
        Api.story(shop, "And again");
        LiveClient again = connect(shop, "admin", Api.ADMIN_PASSWORD, "backlog");
        String hello = again.next();
        assertTrue(hello.contains("data-change=\"hello\""), hello);
        assertTrue(seq(hello) > start, "the hello tells that the product moved on while away, so the page resyncs");
        // Changes still on their way when it connected follow the hello, in order, without a gap.
        long seq = seq(hello);
        for (String late = again.messages().poll(500, TimeUnit.MILLISECONDS); late != null;
                late = again.messages().poll(500, TimeUnit.MILLISECONDS)) {
            assertEquals(seq + 1, seq(late));
            seq = seq(late);
        }
        assertEquals(start + 2, seq);
        again.connection().closeAndAwait();
    }

    @Test
    void outsidersAndStrangersAreNotLetIn() throws Exception {
        String shop = Api.product("LO");
        String other = Api.product("LP");
        String outsider = member(other, "DEVELOPER");
        LiveClient client = connect(shop, outsider, Api.password(outsider), "board");
        assertNull(client.messages().poll(1, TimeUnit.SECONDS), "no hello for an outsider");
        assertTrue(waitClosed(client.connection()), "the outsider's connection is closed");
        assertEquals(4403, client.connection().closeReason().getCode());
        boolean refused;
        try {
            connect(shop, "admin", "wrong-password", "board");
            refused = false;
        } catch (RuntimeException expected) {
            refused = true;
        }
        assertTrue(refused, "wrong credentials cannot open the socket");
    }

    @Test
    void aBrowserMayOpenTheChannelOnlyFromThisServersPages() throws Exception {
        String shop = Api.product("LG");
        String own = "http://" + base.getHost() + ":" + base.getPort();
        assertEquals(403, upgrade(shop, "https://evil.example"), "another site is refused, cookie or not");
        assertEquals(403, upgrade(shop, "http://" + base.getHost() + ":" + (base.getPort() + 1)),
                "another port is another origin");
        assertEquals(403, upgrade(shop, "null"), "a sandboxed or file: page is refused");
        assertEquals(101, upgrade(shop, own), "the app's own pages open it");
        assertEquals(101, upgrade(shop, "https://wall.example.org"), "an origin named in allowed-origins opens it");
        assertEquals(101, upgrade(shop, null), "a client that sends no Origin (a script) opens it");
    }

    /**
     * Someone an admin created with a one-time password chooses their own before anything else: until then the live
     * channel of a product they are a member of stays shut to them, as every page and API call does.
     */
    @Test
    void aOneTimePasswordOpensNoLiveChannelUntilItIsReplaced() throws Exception {
        String shop = Api.product("LT");
        String name = "otp-" + shop.toLowerCase();
        String oneTime = asAdmin().body(Map.of("username", name)).post("/api/v1/users").then().statusCode(201)
                .extract().path("oneTimePassword");
        asAdmin().body(Map.of("username", name, "role", "DEVELOPER")).post("/api/v1/products/" + shop + "/members")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        assertEquals(403, upgrade(shop, null, name, oneTime), "no live channel with a one-time password");

        String chosen = "a passphrase of my own";
        Api.as(name, oneTime).body(Map.of("current", oneTime, "new", chosen)).post("/api/v1/account/password").then()
                .statusCode(204);
        assertEquals(101, upgrade(shop, null, name, chosen), "the member's channel opens once they chose theirs");
    }

    /** The status of an upgrade as admin from that origin: 101 if the socket opened and said hello. */
    private int upgrade(String shop, String origin) throws Exception {
        return upgrade(shop, origin, "admin", Api.ADMIN_PASSWORD);
    }

    /** The status of an upgrade as that user from that origin: 101 if the socket opened and said hello. */
    private int upgrade(String shop, String origin, String username, String password) throws Exception {
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        java.net.http.WebSocket.Builder builder = java.net.http.HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":"
                        + password).getBytes(StandardCharsets.UTF_8)));
        if (origin != null) {
            builder.header("Origin", origin);
        }
        java.net.http.WebSocket socket;
        try {
            socket = builder.buildAsync(URI.create(base.toString().replaceFirst("^http", "ws") + "live/" + shop
                    + "?view=board"), new java.net.http.WebSocket.Listener() {
                        @Override
                        public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket ws,
                                CharSequence data, boolean last) {
                            messages.add(data.toString());
                            ws.request(1);
                            return null;
                        }
                    }).get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof java.net.http.WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
        String hello = messages.poll(5, TimeUnit.SECONDS);
        assertNotNull(hello, "an open socket says hello");
        socket.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        return 101;
    }

    private static boolean waitClosed(WebSocketClientConnection connection) throws InterruptedException {
        for (int i = 0; i < 50 && !connection.isClosed(); i++) {
            Thread.sleep(100);
        }
        return connection.isClosed();
    }
}
