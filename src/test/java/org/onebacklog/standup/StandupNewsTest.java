package org.onebacklog.standup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.onebacklog.standup.StandupApiTest.plainTask;
import static org.onebacklog.standup.StandupApiTest.version;
import static org.onebacklog.support.Api.activeBoard;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;
import static org.onebacklog.support.Api.member;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Browser;

/** The short list beside the board: who did what since the last stand-up, in words, newest first. */
@QuarkusTest
class StandupNewsTest {

    @Test
    void theBoardSaysWhoDidWhatSinceTheStandUp() {
        Api.ActiveBoard board = activeBoard("NW");
        String dev = member(board.product(), "DEVELOPER");
        long task = plainTask(board.sprint(), 0);
        String title = asAdmin().get("/api/v1/tasks/" + task).then().extract().jsonPath().getString("title");
        asUser(dev).body(Map.of("column", "IN_PROGRESS", "version", version(task)))
                .post("/api/v1/tasks/" + task + "/move").then().statusCode(200);
        asUser(dev).body(Map.of("reason", "Waiting for the <design> review"))
                .post("/api/v1/tasks/" + task + "/block").then().statusCode(200);
        String item = board.product() + "-1";
        asAdmin().body(Map.of("reason", "Legal has not signed off")).post("/api/v1/items/" + item + "/block")
                .then().statusCode(200);

        Browser viewer = Browser.user(dev);
        viewer.page().get("/products/" + board.product() + "/board").then().statusCode(200)
                .body(containsString("id=\"standup-news\"")).body(containsString("/standup/news"));
        String news = viewer.page().get("/products/" + board.product() + "/standup/news").then().statusCode(200)
                .body(containsString("<strong>" + dev + "</strong> moved task “" + title + "” from To Do to In Progress"))
                .body(containsString("marked task “" + title + "” blocked: Waiting for the &lt;design&gt; review"))
                .body(containsString("<strong>admin</strong> marked " + item + " blocked: Legal has not signed off"))
                .body(not(containsString("added the item")))
                .extract().asString();
        // Newest first: the item's block came last.
        org.junit.jupiter.api.Assertions.assertTrue(news.indexOf("Legal has not signed off")
                < news.indexOf("from To Do to In Progress"), news);
        Browser.user(member(Api.product("NX"), "DEVELOPER")).page()
                .get("/products/" + board.product() + "/standup/news").then().statusCode(403);
    }
}
