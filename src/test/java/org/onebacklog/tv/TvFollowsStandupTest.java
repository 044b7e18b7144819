package org.onebacklog.tv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;
import static org.onebacklog.support.LiveClient.seq;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onebacklog.standup.StandupWalk;
import org.onebacklog.support.Api;
import org.onebacklog.support.Browser;
import org.onebacklog.support.LiveClient;

/**
 * The TV follows the stand-up: while someone walks it, every TV of the product is sent the step on the walker's
 * screen (the person's name and their news) instead of the board, and the board again when the walk ends. The
 * boards open meanwhile are sent only the message's number.
 */
@QuarkusTest
class TvFollowsStandupTest {

    @TestHTTPResource("/")
    URI base;

    LiveClient tv(String productKey, String token) {
        return LiveClient.display(base, productKey, token);
    }

    LiveClient board(String productKey) {
        return LiveClient.member(base, productKey, "admin", Api.ADMIN_PASSWORD, "board");
    }

    /** A developer of the product holding a task in progress: they have a step of their own in the walk. */
    static String developerWithWork(Api.ActiveBoard board, String name, String title) {
        String username = name + "-" + board.product().toLowerCase();
        asAdmin().body(Map.of("username", username, "role", "DEVELOPER", "password", Api.password(username)))
                .post("/api/v1/products/" + board.product() + "/members").then().statusCode(201);
        long task = asAdmin().body(Map.of("title", title, "estimate", 1))
                .post("/api/v1/items/" + board.product() + "-1/tasks").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        long version = asAdmin().body(Map.of("assignee", username, "version", 0)).patch("/api/v1/tasks/" + task)
                .then().statusCode(200).extract().jsonPath().getLong("version");
        asUser(username).body(Map.of("column", "IN_PROGRESS", "version", version))
                .post("/api/v1/tasks/" + task + "/move").then().statusCode(200);
        return username;
    }

    static String displayToken(String productKey) {
        return asAdmin().body(Map.of("name", "Team room")).post("/api/v1/products/" + productKey + "/displays")
                .then().statusCode(201).extract().path("token");
    }

    @Test
    void aTvShowsTheStepTakenAndTheBoardAgainWhenTheWalkEnds() throws Exception {
        Api.ActiveBoard active = Api.activeBoard("TVF");
        String shop = active.product();
        String dana = developerWithWork(active, "dana", "Wire the payment form");
        String token = displayToken(shop);
        LiveClient tv = tv(shop, token);
        LiveClient board = board(shop);
        long start = tv.settle();
        assertEquals(start, board.settle(), "the TV and the board start from the same number");

        Browser walker = Browser.admin();
        walker.page().get("/products/" + shop + "/standup").then().statusCode(200);
        String step = tv.next();
        assertEquals(start + 1, seq(step));
        assertTrue(step.contains("id=\"tv\" hx-swap-oob=\"outerHTML\""), "the TV's whole frame: " + step);
        assertTrue(step.contains("<h1 class=\"tv-standup-who\" id=\"tv-standup-who\">" + dana + "</h1>"),
                "the walker's step, the person's name large: " + step);
        assertTrue(step.contains("Wire the payment form"), "what they hold in progress: " + step);
        assertFalse(step.contains("class=\"tv-board\""), "the step instead of the board: " + step);
        String onBoard = board.next();
        assertEquals(start + 1, seq(onBoard), "the board keeps its numbers without a gap");
        assertTrue(onBoard.contains("data-change=\"unchanged\""), "and is told nothing it shows changed: " + onBoard);
        assertFalse(onBoard.contains("board-grid"), "no grid for a stand-up step: " + onBoard);

        // The same step again (a reload) keeps the walk alive and tells no one.
        walker.page().get("/products/" + shop + "/standup?step=0").then().statusCode(200);
        assertNull(tv.messages().poll(1500, TimeUnit.MILLISECONDS), "no message for the same step again");

        // A TV that is switched on mid-stand-up shows the step at once.
        String opened = io.restassured.RestAssured.given().get(TvPage.url(shop, token)).then().statusCode(200)
                .extract().asString();
        assertTrue(opened.contains(">" + dana + "</h1>"), "a TV opened now shows the step: " + opened);

        walker.page().get("/products/" + shop + "/standup?step=1").then().statusCode(200);
        String last = tv.next();
        assertEquals(start + 2, seq(last));
        assertTrue(last.contains("id=\"tv-standup-who\">Not assigned</h1>"), "the next step follows: " + last);
        assertEquals(start + 2, seq(board.next()));

        walker.form().post("/products/" + shop + "/standup/end").then().statusCode(303);
        String ended = tv.next();
        assertEquals(start + 3, seq(ended));
        assertTrue(ended.contains("class=\"tv-board\""), "the board again once the walk ends: " + ended);
        assertFalse(ended.contains("tv-standup-who"), "no stand-up left: " + ended);
        assertEquals(start + 3, seq(board.next()), "the board hears the end as a number too");

        tv.connection().closeAndAwait();
        board.connection().closeAndAwait();
    }

    @Test
    void onlyMembersWalkTheStandupAndEndIt() {
        Api.ActiveBoard active = Api.activeBoard("TVO");
        String outsider = Api.member(Api.product("TVX"), "DEVELOPER");
        Browser stranger = Browser.user(outsider);
        int shown = stranger.page().get("/products/" + active.product() + "/standup").then().extract().statusCode();
        assertTrue(shown == 403 || shown == 404, "an outsider walks nothing: " + shown);
        int ended = stranger.form().post("/products/" + active.product() + "/standup/end").then().extract()
                .statusCode();
        assertTrue(ended == 403 || ended == 404, "nor ends anyone's walk: " + ended);
        // A viewer reads the stand-up along, and the TVs stay where the team left them.
        Browser viewer = Browser.user(Api.member(active.product(), "VIEWER"));
        viewer.page().get("/products/" + active.product() + "/standup").then().statusCode(200);
        Object walk = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> StandupWalk.findById(
                org.onebacklog.product.Product.byKey(active.product()).orElseThrow().id));
        assertTrue(walk == null, "a viewer's screen starts no walk");
    }
}
