package org.onebacklog.tv;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.WebSocketClientConnection;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Browser;

/**
 * Display tokens: who makes them, what they open (one product's TV, read-only, no login) and how revoking one
 * stops it at once, on the page and on a TV that is already connected.
 */
@QuarkusTest
class DisplayTokenTest {

    @TestHTTPResource("/")
    URI base;

    record Display(String token, String url) {
    }

    static Display display(String product) {
        var response = asAdmin().body(Map.of("name", "Team room TV")).post("/api/v1/products/" + product + "/displays");
        response.then().statusCode(201);
        return new Display(response.path("token"), response.path("url"));
    }

    static io.restassured.specification.RequestSpecification tv() {
        return RestAssured.given().redirects().follow(false).accept("text/html");
    }

    @Test
    void productOwnersScrumMastersAndAdminsMakeDisplaysOthersCannot() {
        Api.ActiveBoard board = Api.activeBoard("DT");
        String shop = board.product();
        asUser(Api.member(shop, "PRODUCT_OWNER")).body(Map.of("name", "Lobby")).post("/api/v1/products/" + shop
                + "/displays").then().statusCode(201).body("token", startsWith("obd_"))
                .body("url", startsWith("/tv/" + shop + "?token=obd_"));
        asUser(Api.member(shop, "SCRUM_MASTER")).body(Map.of("name", "Team room", "rotateSeconds", 30))
                .post("/api/v1/products/" + shop + "/displays").then().statusCode(201);
        asUser(Api.member(shop, "DEVELOPER")).body(Map.of("name", "Mine")).post("/api/v1/products/" + shop
                + "/displays").then().statusCode(403);
        asUser(Api.member(shop, "VIEWER")).get("/api/v1/products/" + shop + "/displays").then().statusCode(403);
        asAdmin().get("/api/v1/products/" + shop + "/displays").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.is(2)).body("[0].token", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void badDisplayInputGetsClearMessages() {
        String shop = Api.product("DT");
        asAdmin().body(Map.of("name", " ")).post("/api/v1/products/" + shop + "/displays").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.is("name"));
        asAdmin().body(Map.of("name", "TV", "rotateSeconds", 2)).post("/api/v1/products/" + shop + "/displays")
                .then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.is("rotateSeconds"));
        asAdmin().delete("/api/v1/displays/obd_nothing").then().statusCode(404);
    }

    @Test
    void theTvOpensWithItsTokenOnlyAndWithoutALogin() {
        Api.ActiveBoard board = Api.activeBoard("DT");
        String shop = board.product();
        Display display = display(shop);
        tv().get(display.url()).then().statusCode(200).body(containsString("Ship it"))
                .body(containsString("data-column=\"DONE\"")).body(not(containsString("csrf")));
        tv().get("/tv/" + shop).then().statusCode(401).body(containsString("needs a display token"));
        tv().get("/tv/" + shop + "?token=obd_wrong").then().statusCode(401);
        tv().get("/tv/" + shop + "?token=" + display.token().substring(0, 20)).then().statusCode(401);
        String other = Api.product("DT");
        tv().get("/tv/" + other + "?token=" + enc(display.token())).then().statusCode(401);
    }

    @Test
    void aDisplayTokenNeverWrites() {
        Api.ActiveBoard board = Api.activeBoard("DT");
        String shop = board.product();
        Display display = display(shop);
        long task = Api.task(board.sprint(), 0);
        int version = asAdmin().get("/api/v1/tasks/" + task).then().extract().path("version");
        String bearer = "Bearer " + display.token();
        RestAssured.given().header("Authorization", bearer).contentType("application/json")
                .body(Map.of("column", "DONE", "version", version)).post("/api/v1/tasks/" + task + "/move")
                .then().statusCode(401);
        RestAssured.given().header("Authorization", bearer).contentType("application/json")
                .body(Map.of("kind", "STORY", "title", "From the TV")).post("/api/v1/products/" + shop + "/items")
                .then().statusCode(401);
        RestAssured.given().header("Authorization", bearer).get("/api/v1/products/" + shop + "/backlog").then()
                .statusCode(401);
        // The page's own forms, with the token in the address and no session: sent to the login, nothing moves.
        int page = RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("column", "DONE").formParam("version", version)
                .post("/products/" + shop + "/board/tasks/" + task + "/move?token=" + enc(display.token()))
                .then().extract().statusCode();
        assertTrue(page == 302 || page == 401 || page == 403, "status " + page);
        RestAssured.given().redirects().follow(false).post(display.url()).then().statusCode(405);
        asAdmin().get("/api/v1/tasks/" + task).then().body("column", org.hamcrest.Matchers.is("TODO"))
                .body("version", org.hamcrest.Matchers.is(version));
    }

    @Test
    void aRevokedTokenStopsAtOnceAlsoOnAConnectedTv() throws Exception {
        Api.ActiveBoard board = Api.activeBoard("DT");
        String shop = board.product();
        Display display = display(shop);
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocketClientConnection socket = BasicWebSocketConnector.create().baseUri(base)
                .path("/live/" + shop + "?view=tv&token=" + enc(display.token()))
                .onTextMessage((c, m) -> messages.add(m))
                .onClose((c, reason) -> closed.complete(reason.getCode()))
                .connectAndAwait();
        assertNotNull(messages.poll(5, TimeUnit.SECONDS), "the TV gets its hello");
        // It hears changes like every other view.
        long task = Api.task(board.sprint(), 0);
        int version = asAdmin().get("/api/v1/tasks/" + task).then().extract().path("version");
        asAdmin().body(Map.of("column", "IN_PROGRESS", "version", version)).post("/api/v1/tasks/" + task + "/move")
                .then().statusCode(200);
        String change = null;
        for (String m = messages.poll(5, TimeUnit.SECONDS); m != null; m = messages.poll(5, TimeUnit.SECONDS)) {
            if (m.contains("data-change=\"task\"")) {
                change = m;
                break;
            }
        }
        assertNotNull(change, "the move reached the TV");
        assertTrue(change.contains("<div id=\"tv\" hx-swap-oob=\"outerHTML\""), "the fresh TV frame is pushed");
        assertTrue(change.contains("data-task-id=\"" + task + "\""), "with the moved card in it");

        Browser.admin().htmx().post("/products/" + shop + "/displays/" + displayId(shop) + "/revoke").then()
                .statusCode(200);
        assertEquals(4401, closed.get(5, TimeUnit.SECONDS), "the connected TV was switched off");
        assertTrue(!socket.isOpen());
        tv().get(display.url()).then().statusCode(401);
        CompletableFuture<Integer> refused = new CompletableFuture<>();
        BasicWebSocketConnector.create().baseUri(base).path("/live/" + shop + "?view=tv&token=" + enc(display.token()))
                .onClose((c, reason) -> refused.complete(reason.getCode())).connectAndAwait();
        assertEquals(4401, refused.get(5, TimeUnit.SECONDS), "a revoked token cannot connect again");
    }

    @Test
    void theLiveChannelTurnsAwayStrangersWithoutATokenOrLogin() {
        String shop = Api.product("DT");
        int status = RestAssured.given().redirects().follow(false).header("Connection", "Upgrade").header("Upgrade", "websocket")
                .header("Sec-WebSocket-Version", "13").header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")
                .get("/live/" + shop + "?view=tv").then().extract().statusCode();
        assertTrue(status == 401 || status == 403 || status == 302, "status " + status);
    }

    @Test
    void theDisplaysPageShowsTheAddressOnceAndRevokes() {
        String shop = Api.product("DT");
        Browser admin = Browser.admin();
        String created = admin.htmx().formParam("name", "Hall TV").formParam("rotateSeconds", "30")
                .post("/products/" + shop + "/displays").then().statusCode(200).extract().asString();
        assertTrue(created.contains("/tv/" + shop + "?token=obd_"), created);
        String listed = admin.page().get("/products/" + shop + "/displays").then().statusCode(200).extract()
                .asString();
        assertTrue(listed.contains("Hall TV") && listed.contains("every 30 s"));
        assertTrue(!listed.contains("?token=obd_"), "the address is shown only once");
        admin.htmx().formParam("name", "").post("/products/" + shop + "/displays").then().statusCode(400)
                .body(containsString("Name the display"));
        admin.htmx().post("/products/" + shop + "/displays/" + displayId(shop) + "/revoke").then().statusCode(200)
                .body(not(containsString("Hall TV")));
    }

    static long displayId(String shop) {
        return ((Number) asAdmin().get("/api/v1/products/" + shop + "/displays").then().extract().path("[0].id"))
                .longValue();
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
