package org.onebacklog.board;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.member;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Browser;

@QuarkusTest
class BoardPageTest {

    @Test
    void theBoardPageShowsLanesCardsAndColumnsWithTheirStableIds() {
        Object[] board = BoardTest.activeBoard("BP");
        String shop = (String) board[0];
        long task = BoardTest.task((long) board[1], 0);
        Browser.admin().page().get("/products/" + shop + "/board").then().statusCode(200)
                .body(containsString("data-lane=\"" + shop + "-1\""))
                .body(containsString("id=\"lane-" + shop + "-2\""))
                .body(containsString("data-task-id=\"" + task + "\""))
                .body(containsString("id=\"column-IN_PROGRESS\" data-column=\"IN_PROGRESS\""));
    }

    @Test
    void movesFromThePageCarryTheVersionAndAStaleOneShowsTheFreshBoard() {
        Object[] board = BoardTest.activeBoard("BM");
        String shop = (String) board[0];
        long task = BoardTest.task((long) board[1], 0);
        Browser po = Browser.admin();
        po.htmx().formParam("column", "IN_PROGRESS").formParam("version", "0")
                .post("/products/" + shop + "/board/tasks/" + task + "/move").then().statusCode(200)
                .body(containsString("id=\"board-grid\""));
        asAdmin().get("/api/v1/tasks/" + task).then().body("column", org.hamcrest.Matchers.is("IN_PROGRESS"));
        po.htmx().formParam("column", "DONE").formParam("version", "0")
                .post("/products/" + shop + "/board/tasks/" + task + "/move").then().statusCode(409)
                .body(containsString("You (in another window) changed this card"))
                .body(containsString("data-version=\"1\""));
        asAdmin().get("/api/v1/tasks/" + task).then().body("column", org.hamcrest.Matchers.is("IN_PROGRESS"));
    }

    @Test
    void addingAssigningAndReEstimatingFromTheBoard() {
        Object[] board = BoardTest.activeBoard("BA");
        String shop = (String) board[0];
        String developer = member(shop, "DEVELOPER");
        Browser dev = Browser.user(developer);
        dev.htmx().formParam("title", "Pair on the edge cases").formParam("estimate", "1.5")
                .post("/products/" + shop + "/board/items/" + shop + "-1/tasks").then().statusCode(200)
                .body(containsString("Pair on the edge cases"));
        long task = BoardTest.task((long) board[1], 0);
        dev.htmx().formParam("version", "0").formParam("assignee", developer)
                .post("/products/" + shop + "/board/tasks/" + task).then().statusCode(200);
        dev.htmx().formParam("version", "1").formParam("remaining", "0.5")
                .post("/products/" + shop + "/board/tasks/" + task).then().statusCode(200);
        asAdmin().get("/api/v1/tasks/" + task).then().body("assignee", org.hamcrest.Matchers.is(developer))
                .body("remaining", org.hamcrest.Matchers.is(0.5f));
        dev.htmx().formParam("version", "2").formParam("remaining", "lots")
                .post("/products/" + shop + "/board/tasks/" + task).then().statusCode(400);
    }

    @Test
    void withoutAnActiveSprintTheBoardSaysWhereToStartOne() {
        String shop = org.onebacklog.support.Api.product("BN");
        Browser.admin().page().get("/products/" + shop + "/board").then().statusCode(200)
                .body(containsString("No sprint is active"));
    }

    @Test
    void viewersSeeTheBoardWithoutControlsAndCannotMove() {
        Object[] board = BoardTest.activeBoard("BR");
        String shop = (String) board[0];
        long task = BoardTest.task((long) board[1], 0);
        Browser viewer = Browser.user(member(shop, "VIEWER"));
        viewer.page().get("/products/" + shop + "/board").then().statusCode(200)
                .body(containsString("<body class=\"\" "));
        viewer.htmx().formParam("column", "DONE").formParam("version", "0")
                .post("/products/" + shop + "/board/tasks/" + task + "/move").then().statusCode(403);
    }

    @Test
    void theScrumMasterEditsTheColumnsOnTheBoardPage() {
        Object[] board = BoardTest.activeBoard("BK");
        String shop = (String) board[0];
        Browser sm = Browser.user(member(shop, "SCRUM_MASTER"));
        sm.form().formParam("version", Api.columnsVersion(shop))
                .formParam("key", "TODO", "IN_PROGRESS", "REVIEW", "DONE", "")
                .formParam("name", "To Do", "Doing", "Review", "Done", "Testing")
                .formParam("order", "1", "2", "3", "4", "4")
                .formParam("wip", "", "3", "", "", "2")
                .formParam("hard", "IN_PROGRESS", "new")
                .post("/products/" + shop + "/board/columns").then().statusCode(303);
        asAdmin().get("/api/v1/products/" + shop + "/columns").then()
                .body("columns.key", org.hamcrest.Matchers.contains("TODO", "IN_PROGRESS", "REVIEW", "TESTING", "DONE"))
                .body("columns.name[1]", org.hamcrest.Matchers.is("Doing"))
                .body("columns.wipLimit[1]", org.hamcrest.Matchers.is(3))
                .body("columns.hard[1]", org.hamcrest.Matchers.is(true))
                .body("columns.hard[3]", org.hamcrest.Matchers.is(true));
        // Emptying the name of a column that holds tasks is refused with the reason.
        sm.form().formParam("version", Api.columnsVersion(shop))
                .formParam("key", "TODO", "IN_PROGRESS", "REVIEW", "TESTING", "DONE")
                .formParam("name", "", "Doing", "Review", "Testing", "Done")
                .formParam("order", "1", "2", "3", "4", "5")
                .post("/products/" + shop + "/board/columns").then().statusCode(409)
                .body(containsString("still holds 2 tasks"));
    }

    /**
     * The columns form carries the version it shows: saved after someone else changed the columns, it is refused
     * next to the form, which then shows their columns (and their version, to save again).
     */
    @Test
    void aStaleColumnsFormIsToldAndShowsTheColumnsAsTheyAreNow() {
        String shop = Api.product("BQ");
        Browser sm = Browser.user(member(shop, "SCRUM_MASTER"));
        String shown = columnsFormVersion(sm.page().get("/products/" + shop + "/board").then().statusCode(200)
                .extract().asString());
        asAdmin().body(Map.of("version", Integer.parseInt(shown), "columns", List.of(
                Map.of("key", "TODO", "name", "Ready"), Map.of("key", "IN_PROGRESS", "name", "Doing"),
                Map.of("key", "DONE", "name", "Done")))).put("/api/v1/products/" + shop + "/columns").then()
                .statusCode(200);
        String refused = sm.form().formParam("version", shown).formParam("key", "TODO", "IN_PROGRESS", "REVIEW", "DONE")
                .formParam("name", "To Do", "In Progress", "Review", "Finished")
                .post("/products/" + shop + "/board/columns").then().statusCode(409).extract().asString();
        int form = refused.indexOf("action=\"/products/" + shop + "/board/columns\"");
        assertTrue(refused.indexOf("changed the columns of " + shop + " meanwhile; here they are now", form) > form,
                "said in the form: " + refused);
        assertTrue(refused.contains("<input name=\"name\" value=\"Ready\""), "the fresh columns are shown");
        assertFalse(refused.contains("value=\"Finished\""), "not the stale ones");
        String fresh = columnsFormVersion(refused);
        assertNotEquals(shown, fresh, "the form now carries the fresh version");

        String missing = sm.form().formParam("key", "TODO", "IN_PROGRESS", "DONE")
                .formParam("name", "To Do", "Doing", "Done").post("/products/" + shop + "/board/columns").then()
                .statusCode(400).extract().asString();
        assertTrue(missing.indexOf("lost track of the version of the columns",
                missing.indexOf("id=\"columns-message\"")) > 0, "a form without its version is told so: " + missing);
        sm.form().formParam("version", fresh).formParam("key", "TODO", "IN_PROGRESS", "DONE")
                .formParam("name", "To Do", "Doing", "Done").post("/products/" + shop + "/board/columns").then()
                .statusCode(303);
        asAdmin().get("/api/v1/products/" + shop + "/columns").then()
                .body("columns.name", org.hamcrest.Matchers.contains("To Do", "Doing", "Done"));
    }

    /** The version the board page's columns form carries. */
    static String columnsFormVersion(String html) {
        Matcher version = Pattern.compile("action=\"/products/[^/]+/board/columns\"[^>]*>[^<]*<input[^>]*>\\s*"
                + "<input type=\"hidden\" name=\"version\" value=\"(\\d+)\">").matcher(html);
        assertTrue(version.find(), "the columns form carries its version: " + html);
        return version.group(1);
    }

    /** The card's article in a board answer, from its opening tag to its end. */
    static String card(String html, long task) {
        int start = html.indexOf("id=\"task-" + task + "\"");
        start = html.lastIndexOf("<article", start);
        return html.substring(start, html.indexOf("</article>", start));
    }

    @Test
    void aStaleMoveSaysOnTheCardWhoMovedItWhereAndShowsItThere() {
        Object[] board = BoardTest.activeBoard("BJ");
        String shop = (String) board[0];
        long task = BoardTest.task((long) board[1], 0);
        String jonas = member(shop, "DEVELOPER");
        org.onebacklog.support.Api.asUser(jonas).body(java.util.Map.of("column", "REVIEW", "version", 0))
                .post("/api/v1/tasks/" + task + "/move").then().statusCode(200);
        String html = Browser.admin().htmx().formParam("column", "IN_PROGRESS").formParam("version", "0")
                .formParam("from", "TODO").post("/products/" + shop + "/board/tasks/" + task + "/move").then()
                .statusCode(409).extract().asString();
        String card = card(html, task);
        org.junit.jupiter.api.Assertions.assertTrue(card.contains(jonas + " moved this card to Review just now;"
                + " here it is now."), card);
        org.junit.jupiter.api.Assertions.assertTrue(card.contains("data-version=\"1\""), "the fresh card");
        // The card is shown where it is now: in the Review cell of its lane.
        int cell = html.lastIndexOf("<div class=\"cell\"", html.indexOf("id=\"task-" + task + "\""));
        org.junit.jupiter.api.Assertions.assertTrue(html.startsWith("<div class=\"cell\" data-column=\"REVIEW\"", cell));
        org.junit.jupiter.api.Assertions.assertFalse(html.contains("board-message"), "nothing far above the card");
        asAdmin().get("/api/v1/tasks/" + task).then().body("column", org.hamcrest.Matchers.is("REVIEW"));
    }

    @Test
    void aStaleEditKeepsTheTypedValuesOnTheCardNextToTheSavedOnes() {
        Object[] board = BoardTest.activeBoard("BE");
        String shop = (String) board[0];
        long task = BoardTest.task((long) board[1], 0);
        String maria = member(shop, "DEVELOPER");
        org.onebacklog.support.Api.asUser(maria).body(java.util.Map.of("remaining", 1.5, "version", 0))
                .patch("/api/v1/tasks/" + task).then().statusCode(200);
        String html = Browser.admin().htmx().formParam("version", "0").formParam("assignee", maria)
                .formParam("remaining", "3").post("/products/" + shop + "/board/tasks/" + task).then()
                .statusCode(409).extract().asString();
        String card = card(html, task);
        org.junit.jupiter.api.Assertions.assertTrue(card.contains(maria + " changed this card just now: yours is"
                + " kept below, the saved one is on the card."), card);
        org.junit.jupiter.api.Assertions.assertTrue(card.contains("Yours, not saved: <strong>assignee " + maria
                + ", 3 left</strong>"), card);
        org.junit.jupiter.api.Assertions.assertTrue(card.contains("data-assignee=\"" + maria + "\" data-remaining=\"3\""),
                "the editor can open again with the typed values");
        org.junit.jupiter.api.Assertions.assertTrue(card.contains("unassigned · 1.5 left"), "the saved values");
        org.junit.jupiter.api.Assertions.assertTrue(card.contains("data-version=\"1\""));
        asAdmin().get("/api/v1/tasks/" + task).then().body("remaining", org.hamcrest.Matchers.is(1.5f))
                .body("assignee", org.hamcrest.Matchers.nullValue());
    }
}
