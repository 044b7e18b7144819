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
        asAdmin().body(Map.of("version", Api.columnsVersion(shop),
                "columns", List.of(Map.of("key", "TODO", "name", "To Do"),
                Map.of("key", "IN_PROGRESS", "name", "Doing", "wipLimit", 1, "hard", true),
                Map.of("key", "REVIEW", "name", "Review", "wipLimit", 1),
                Map.of("name", "Ready to ship"), Map.of("key", "DONE", "name", "Done"))))
                .put("/api/v1/products/" + shop + "/columns").then().statusCode(200)
                .body("columns.key", contains("TODO", "IN_PROGRESS", "REVIEW", "READY_TO_SHIP", "DONE"));
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
        asAdmin().body(Map.of("version", Api.columnsVersion(shop),
                "columns", List.of(Map.of("key", "TODO", "name", "Backlog"),
                Map.of("key", "DONE", "name", "Done")))).put("/api/v1/products/" + shop + "/columns").then()
                .statusCode(200);
        asAdmin().body(Map.of("version", Api.columnsVersion(shop),
                "columns", List.of(Map.of("key", "DONE", "name", "Done"),
                Map.of("name", "Later")))).put("/api/v1/products/" + shop + "/columns").then().statusCode(409)
                .body("detail", containsString("still holds 2 tasks"));
        asAdmin().body(Map.of("version", Api.columnsVersion(shop),
                "columns", List.of(Map.of("name", "Only")))).put("/api/v1/products/" + shop
                + "/columns").then().statusCode(400);
        String developer = member(shop, "DEVELOPER");
        Api.asUser(developer).body(Map.of("version", Api.columnsVersion(shop),
                "columns", List.of(Map.of("key", "TODO", "name", "X"),
                Map.of("key", "DONE", "name", "Y")))).put("/api/v1/products/" + shop + "/columns").then()
                .statusCode(403);
        asAdmin().get("/api/v1/products/" + shop + "/columns").then().body("columns.name", contains("Backlog", "Done"));
    }

    /** Two people edit the columns they both read: the second is told, with the first one's, not undoing them. */
    @Test
    void twoEditorsOfTheColumnsDoNotUndoEachOther() {
        String shop = product("BV");
        String columns = "/api/v1/products/" + shop + "/columns";
        int read = Api.columnsVersion(shop);
        asAdmin().body(Map.of("version", read, "columns", List.of(Map.of("key", "TODO", "name", "Ready"),
                Map.of("key", "DONE", "name", "Done")))).put(columns).then().statusCode(200)
                .body("version", is(read + 1)).body("columns.name", contains("Ready", "Done"));
        asAdmin().body(Map.of("version", read, "columns", List.of(Map.of("key", "TODO", "name", "To Do"),
                Map.of("key", "IN_PROGRESS", "name", "Doing", "wipLimit", 2),
                Map.of("key", "DONE", "name", "Shipped"))))
                .put(columns).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("changed the columns of " + shop + " meanwhile; here they are now"))
                .body("current.version", is(read + 1)).body("current.columns.name", contains("Ready", "Done"));
        // A write that says nothing of the version it was made against is refused, naming the field.
        asAdmin().body(Map.of("columns", List.of(Map.of("key", "TODO", "name", "To Do"),
                Map.of("key", "DONE", "name", "Done")))).put(columns).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("version"))
                .body("violations.message", contains(containsString("version is required")));
        asAdmin().get(columns).then().statusCode(200).body("version", is(read + 1))
                .body("columns.name", contains("Ready", "Done"));
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

    /** Adds {@code count} more tasks to the first lane and returns the ids of every card on the board. */
    static List<Long> cards(String shop, long sprint, int count) {
        for (int i = 0; i < count; i++) {
            asAdmin().body(Map.of("title", "Card " + i, "estimate", 1)).post("/api/v1/items/" + shop + "-1/tasks")
                    .then().statusCode(201);
        }
        return asAdmin().get("/api/v1/sprints/" + sprint + "/board").then().extract().jsonPath()
                .getList("lanes.tasks.flatten().id", Long.class);
    }

    static List<Long> laneOrder(long sprint, int lane) {
        return asAdmin().get("/api/v1/sprints/" + sprint + "/board").then().extract().jsonPath()
                .getList("lanes[" + lane + "].tasks.id", Long.class);
    }

    @Test
    void aMoveWritesTheMovedCardOnlyAndPositionCountsFromTheTop() {
        Object[] board = activeBoard("BO");
        String shop = (String) board[0];
        long sprint = (long) board[1];
        cards(shop, sprint, 2);
        List<Long> before = laneOrder(sprint, 0);
        assertEquals(3, before.size());
        long last = before.get(2);
        asAdmin().body(Map.of("column", "TODO", "version", 0, "position", 0)).post("/api/v1/tasks/" + last + "/move")
                .then().statusCode(200).body("version", is(1));
        assertEquals(List.of(last, before.get(0), before.get(1)), laneOrder(sprint, 0));
        // The cards it passed keep their versions: a move changes one row.
        asAdmin().get("/api/v1/tasks/" + before.get(0)).then().body("version", is(0));
        asAdmin().get("/api/v1/tasks/" + before.get(1)).then().body("version", is(0));
        // Neighbours by id: right after the first card, then right before it.
        asAdmin().body(Map.of("column", "TODO", "version", 1, "after", before.get(0)))
                .post("/api/v1/tasks/" + last + "/move").then().statusCode(200);
        assertEquals(List.of(before.get(0), last, before.get(1)), laneOrder(sprint, 0));
        asAdmin().body(Map.of("column", "TODO", "version", 0, "before", before.get(0)))
                .post("/api/v1/tasks/" + before.get(1) + "/move").then().statusCode(200);
        assertEquals(List.of(before.get(1), before.get(0), last), laneOrder(sprint, 0));
        asAdmin().get("/api/v1/tasks/" + before.get(0)).then().body("version", is(0));
        asAdmin().body(Map.of("column", "TODO", "version", 1, "position", -1))
                .post("/api/v1/tasks/" + before.get(1) + "/move").then().statusCode(400)
                .body("violations[0].field", is("position"));
    }

    @Test
    void eightPeopleMovingDifferentCardsAreNeverRefused() throws Exception {
        Object[] board = activeBoard("B8");
        String shop = (String) board[0];
        long sprint = (long) board[1];
        List<Long> cards = cards(shop, sprint, 6);
        assertEquals(8, cards.size());
        List<String> columns = List.of("TODO", "IN_PROGRESS", "REVIEW", "DONE");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<Future<List<Integer>>> people = new ArrayList<>();
            for (int p = 0; p < cards.size(); p++) {
                long card = cards.get(p);
                int person = p;
                people.add(pool.submit(() -> {
                    start.await();
                    List<Integer> statuses = new ArrayList<>();
                    for (int m = 0; m < 12; m++) {
                        // Read the card, then move it: to the top of another column, where the others land too.
                        var read = asAdmin().get("/api/v1/tasks/" + card).then().extract().jsonPath();
                        String target = columns.get((columns.indexOf(read.getString("column")) + 1 + person % 3)
                                % columns.size());
                        statuses.add(asAdmin().body(Map.of("column", target, "version", read.getLong("version"),
                                "position", m % 2)).post("/api/v1/tasks/" + card + "/move").statusCode());
                    }
                    return statuses;
                }));
            }
            start.countDown();
            for (Future<List<Integer>> person : people) {
                assertEquals(java.util.Collections.nCopies(12, 200), person.get(), "no move of another card refuses mine");
            }
            for (long card : cards) {
                // Each card changed only by its own twelve moves.
                asAdmin().get("/api/v1/tasks/" + card).then().body("version", is(12));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoMovingTheSameCardAtOnceOneIsRefusedWithTheFreshCard() throws Exception {
        Object[] board = activeBoard("B2");
        long task = task((long) board[1], 0);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<Future<io.restassured.response.Response>> moves = new ArrayList<>();
            for (String column : List.of("IN_PROGRESS", "REVIEW")) {
                moves.add(pool.submit(() -> {
                    start.await();
                    return asAdmin().body(Map.of("column", column, "version", 0))
                            .post("/api/v1/tasks/" + task + "/move");
                }));
            }
            start.countDown();
            List<io.restassured.response.Response> answers = new ArrayList<>();
            for (var move : moves) {
                answers.add(move.get());
            }
            List<io.restassured.response.Response> refused = answers.stream().filter(a -> a.statusCode() == 409)
                    .toList();
            List<io.restassured.response.Response> won = answers.stream().filter(a -> a.statusCode() == 200)
                    .toList();
            assertEquals(1, refused.size(), "exactly one of the two is refused");
            assertEquals(1, won.size());
            refused.get(0).then().body("current.id", is((int) task)).body("current.version", is(1))
                    .body("current.column", is(won.get(0).jsonPath().getString("column")));
        } finally {
            pool.shutdownNow();
        }
    }
}
