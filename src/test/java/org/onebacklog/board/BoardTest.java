package org.onebacklog.board;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.estimated;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.product;
import static org.onebacklog.support.Api.sprint;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Browser;

@QuarkusTest
class BoardTest {

    static Object[] activeBoard(String prefix) {
        Api.ActiveBoard board = Api.activeBoard(prefix);
        return new Object[] {board.product(), board.sprint()};
    }

    static long task(long sprint, int lane) {
        return Api.task(sprint, lane);
    }

    static io.restassured.response.ValidatableResponse move(long task, String column, long version) {
        return asAdmin().body(Map.of("column", column, "version", version)).post("/api/v1/tasks/" + task + "/move")
                .then();
    }

    @Test
    void theBoardHasTheColumnsAndOneLanePerItemInBacklogOrder() {
        Object[] board = activeBoard("BD");
        String shop = (String) board[0];
        long sprint = (long) board[1];
        asAdmin().get("/api/v1/sprints/" + sprint + "/board").then().statusCode(200)
                .body("columns.key", contains("TODO", "IN_PROGRESS", "REVIEW", "DONE"))
                .body("columns[0].count", is(2))
                .body("lanes.itemKey", contains(shop + "-1", shop + "-2"))
                .body("lanes[1].kind", is("TECHNICAL"));
    }

    @Test
    void theItemStatusFollowsItsTasks() {
        Object[] board = activeBoard("BS");
        String shop = (String) board[0];
        long task = task((long) board[1], 0);
        move(task, "IN_PROGRESS", 0).statusCode(200).body("column", is("IN_PROGRESS"));
        asAdmin().get("/api/v1/items/" + shop + "-1").then().body("status", is("IN_PROGRESS"));
        move(task, "DONE", 1).statusCode(200).body("remaining", is(0));
        asAdmin().get("/api/v1/items/" + shop + "-1").then().body("status", is("DONE"));
        move(task, "TODO", 2).statusCode(200);
        asAdmin().get("/api/v1/items/" + shop + "-1").then().body("status", is("TODO"));
    }

    @Test
    void aStaleMoveIsRefusedWithTheFreshCard() {
        Object[] board = activeBoard("BV");
        long task = task((long) board[1], 0);
        move(task, "IN_PROGRESS", 0).statusCode(200);
        move(task, "REVIEW", 0).statusCode(409).body("current.column", is("IN_PROGRESS"))
                .body("current.version", is(1));
        move(task, "NOWHERE", 1).statusCode(400).body("violations[0].field", is("column"));
    }

    @Test
    void aHardWipLimitRefusesAndASoftOneOnlyShows() {
        Object[] board = activeBoard("BW");
        String shop = (String) board[0];
        long sprint = (long) board[1];
        asAdmin().body(Map.of("columns", List.of(Map.of("key", "TODO", "name", "To Do"),
                Map.of("key", "IN_PROGRESS", "name", "Doing", "wipLimit", 1, "hard", true),
                Map.of("key", "REVIEW", "name", "Review", "wipLimit", 1),
                Map.of("name", "Ready to ship"), Map.of("key", "DONE", "name", "Done"))))
                .put("/api/v1/products/" + shop + "/columns").then().statusCode(200)
                .body("key", contains("TODO", "IN_PROGRESS", "REVIEW", "READY_TO_SHIP", "DONE"));
        long first = task(sprint, 0);
        long second = task(sprint, 1);
        move(first, "IN_PROGRESS", 0).statusCode(200);
        move(second, "IN_PROGRESS", 0).statusCode(409).body("detail", containsString("Doing holds at most 1"));
        move(first, "REVIEW", 1).statusCode(200);
        move(second, "REVIEW", 0).statusCode(200);
        asAdmin().get("/api/v1/sprints/" + sprint + "/board").then().body("columns[2].count", is(2));
        Browser.admin().page().get("/products/" + shop + "/board").then().statusCode(200)
                .body(containsString("WIP limit exceeded"));
    }

    @Test
    void columnsAreRenamedAddedAndOnlyEmptyOnesRemoved() {
        Object[] board = activeBoard("BC");
        String shop = (String) board[0];
        asAdmin().body(Map.of("columns", List.of(Map.of("key", "TODO", "name", "Backlog"),
                Map.of("key", "DONE", "name", "Done")))).put("/api/v1/products/" + shop + "/columns").then()
                .statusCode(200);
        asAdmin().body(Map.of("columns", List.of(Map.of("key", "DONE", "name", "Done"),
                Map.of("name", "Later")))).put("/api/v1/products/" + shop + "/columns").then().statusCode(409)
                .body("detail", containsString("still holds 2 tasks"));
        asAdmin().body(Map.of("columns", List.of(Map.of("name", "Only")))).put("/api/v1/products/" + shop
                + "/columns").then().statusCode(400);
        String developer = member(shop, "DEVELOPER");
        Api.asUser(developer).body(Map.of("columns", List.of(Map.of("key", "TODO", "name", "X"),
                Map.of("key", "DONE", "name", "Y")))).put("/api/v1/products/" + shop + "/columns").then()
                .statusCode(403);
        asAdmin().get("/api/v1/products/" + shop + "/columns").then().body("name", contains("Backlog", "Done"));
    }

    @Test
    void manyPeopleMovingTheSameCardEndInOneConsistentState() throws Exception {
        Object[] board = activeBoard("BX");
        long sprint = (long) board[1];
        long task = task(sprint, 0);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 3; round++) {
                var current = asAdmin().get("/api/v1/tasks/" + task).then().extract().jsonPath();
                long version = current.getLong("version");
                // Every contender moves the card somewhere else than where it is, each target twice: a real
                // change, so the first to commit makes the card's version stale for all the others.
                List<String> others = new ArrayList<>(List.of("TODO", "IN_PROGRESS", "REVIEW", "DONE"));
                others.remove(current.getString("column"));
                List<String> targets = new ArrayList<>(others);
                targets.addAll(others);
                List<Future<int[]>> results = new ArrayList<>();
                for (String column : targets) {
                    Callable<int[]> call = () -> new int[] {asAdmin().body(Map.of("column", column, "version",
                            version)).post("/api/v1/tasks/" + task + "/move").statusCode()};
                    results.add(pool.submit(call));
                }
                int accepted = 0;
                String winner = null;
                for (int i = 0; i < results.size(); i++) {
                    int status = results.get(i).get()[0];
                    assertTrue(status == 200 || status == 409, "every move is accepted or refused: " + status);
                    if (status == 200) {
                        accepted++;
                        winner = targets.get(i);
                    }
                }
                assertEquals(1, accepted, "exactly one move per version wins");
                asAdmin().get("/api/v1/tasks/" + task).then().body("column", is(winner))
                        .body("version", is((int) version + 1));
                var columns = asAdmin().get("/api/v1/sprints/" + sprint + "/board").then().extract().jsonPath();
                assertEquals(2, columns.getList("columns.count", Integer.class).stream().mapToInt(i -> i).sum(),
                        "every card is in exactly one column");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
