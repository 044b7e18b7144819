package org.onebacklog.standup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.onebacklog.support.Api.activeBoard;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;
import static org.onebacklog.support.Api.backlogKeys;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.product;
import static org.onebacklog.support.Api.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onebacklog.board.Task;
import org.onebacklog.support.Api;

/** The stand-up's API as a team uses it: block, unblock, delete, archive, the stand-up time, the stand-up itself. */
@QuarkusTest
class StandupApiTest {

    /** A plain task (not implied by the DoD) of the board's lane {@code lane}. */
    static long plainTask(long sprint, int lane) {
        List<Map<String, Object>> tasks = asAdmin().get("/api/v1/sprints/" + sprint + "/board").then().extract()
                .jsonPath().getList("lanes[" + lane + "].tasks");
        return tasks.stream().filter(t -> t.get("dodCriterionId") == null)
                .map(t -> ((Number) t.get("id")).longValue()).findFirst().orElseThrow();
    }

    static long version(long task) {
        return asAdmin().get("/api/v1/tasks/" + task).then().extract().jsonPath().getLong("version");
    }

    @Test
    void aTaskIsBlockedWithAReasonUnblockedAndTheRecordKeepsBoth() {
        Api.ActiveBoard board = activeBoard("BK");
        long task = plainTask(board.sprint(), 0);
        asAdmin().body(Map.of("reason", "  ")).post("/api/v1/tasks/" + task + "/block").then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        asAdmin().body(Map.of("reason", "Waiting for the payment provider's sandbox"))
                .post("/api/v1/tasks/" + task + "/block").then().statusCode(200)
                .body("blocked.reason", is("Waiting for the payment provider's sandbox"))
                .body("blocked.by", is("admin")).body("blocked.since", notNullValue());
        asAdmin().body(Map.of("reason", "Again")).post("/api/v1/tasks/" + task + "/block").then().statusCode(409)
                .body("detail", containsString("already blocked")).body("current.blocked.reason",
                        containsString("sandbox"));
        asAdmin().get("/api/v1/products/" + board.product() + "/standup").then().statusCode(200)
                .body("unassigned.blocked.id", hasItem((int) task));
        asAdmin().delete("/api/v1/tasks/" + task + "/block").then().statusCode(200).body("blocked", nullValue());
        asAdmin().delete("/api/v1/tasks/" + task + "/block").then().statusCode(409);
        // The review of the sprint shows how long it stood blocked.
        asAdmin().get("/api/v1/sprints/" + board.sprint() + "/report").then().statusCode(200)
                .body("blocked", hasSize(1)).body("blocked[0].taskId", is((int) task))
                .body("blocked[0].reason", containsString("sandbox")).body("blocked[0].to", notNullValue());
    }

    @Test
    void anItemIsBlockedToo() {
        String shop = product("BI");
        String item = story(shop, "Checkout with PayPal");
        asAdmin().body(Map.of()).post("/api/v1/items/" + item + "/block").then().statusCode(400);
        asAdmin().body(Map.of("reason", "Legal has not approved the terms")).post("/api/v1/items/" + item + "/block")
                .then().statusCode(200).body("blocked.reason", is("Legal has not approved the terms"));
        asAdmin().get("/api/v1/items/" + item).then().body("blocked.by", is("admin"));
        asAdmin().delete("/api/v1/items/" + item + "/block").then().statusCode(200).body("blocked", nullValue());
    }

    @Test
    void aPlainTaskIsDeletedADodTaskIsWaivedInstead() {
        Api.ActiveBoard board = activeBoard("DT");
        long task = plainTask(board.sprint(), 0);
        asAdmin().delete("/api/v1/tasks/" + task).then().statusCode(204);
        asAdmin().get("/api/v1/tasks/" + task).then().statusCode(404);
        List<Map<String, Object>> tasks = asAdmin().get("/api/v1/sprints/" + board.sprint() + "/board").then()
                .extract().jsonPath().getList("lanes[0].tasks");
        tasks.stream().filter(t -> t.get("dodCriterionId") != null).findFirst().ifPresent(dod ->
                asAdmin().delete("/api/v1/tasks/" + dod.get("id")).then().statusCode(409)
                        .body("detail", containsString("waive")));
        asAdmin().get("/api/v1/sprints/" + board.sprint() + "/report").then().statusCode(200);
    }

    @Test
    void anArchivedItemLeavesTheBacklogAndItsSprintAndComesBackAwaitingThePlace() {
        Api.ActiveBoard board = activeBoard("AR");
        String item = asAdmin().get("/api/v1/sprints/" + board.sprint() + "/board").then().extract()
                .path("lanes[0].itemKey");
        String junk = story(board.product(), "Duplicate of something");
        asUser(member(board.product(), "DEVELOPER")).delete("/api/v1/items/" + junk).then().statusCode(403);
        asAdmin().delete("/api/v1/items/" + junk).then().statusCode(204);
        assertFalse(backlogKeys(board.product()).contains(junk));
        asAdmin().get("/api/v1/items/" + junk).then().statusCode(200).body("archived", is(true));
        asAdmin().delete("/api/v1/items/" + junk).then().statusCode(409);
        asAdmin().post("/api/v1/items/" + junk + "/restore").then().statusCode(200).body("archived", is(false))
                .body("unranked", is(true));

        asAdmin().delete("/api/v1/items/" + item).then().statusCode(204);
        asAdmin().get("/api/v1/sprints/" + board.sprint() + "/board").then()
                .body("lanes.itemKey", not(hasItem(item)));
        asAdmin().get("/api/v1/sprints/" + board.sprint()).then().body("plan.items.key", not(hasItem(item)));
        asAdmin().get("/api/v1/sprints/" + board.sprint() + "/report").then().statusCode(200);
    }

    @Test
    void theTeamSetsItsStandUpTime() {
        String shop = product("ST");
        long version = asAdmin().get("/api/v1/products/" + shop).then().body("standupTime", is("09:30"))
                .body("agingDays", is(2)).extract().jsonPath().getLong("version");
        asAdmin().body(Map.of("standupTime", "25:00", "agingDays", 0, "version", version))
                .patch("/api/v1/products/" + shop).then().statusCode(400)
                .body("violations.field", hasItem("standupTime")).body("violations.field", hasItem("agingDays"));
        asUser(member(shop, "DEVELOPER")).body(Map.of("standupTime", "10:00", "version", version))
                .patch("/api/v1/products/" + shop).then().statusCode(403);
        asAdmin().body(Map.of("standupTime", "9:15", "agingDays", 3, "version", version))
                .patch("/api/v1/products/" + shop).then().statusCode(200).body("standupTime", is("09:15"))
                .body("agingDays", is(3));
        asAdmin().body(Map.of("name", "Stale", "version", version)).patch("/api/v1/products/" + shop).then()
                .statusCode(409).body("current.standupTime", is("09:15"));
    }

    @Test
    void theStandUpSaysWhoMovedWhatWhatIsHeldAndWhatIsAging() {
        Api.ActiveBoard board = activeBoard("SU");
        String dev = member(board.product(), "DEVELOPER");
        long task = plainTask(board.sprint(), 0);
        long other = plainTask(board.sprint(), 1);
        asAdmin().body(Map.of("assignee", dev, "version", version(task))).patch("/api/v1/tasks/" + task).then()
                .statusCode(200);
        Instant before = Instant.now().minus(1, ChronoUnit.SECONDS);
        asUser(dev).body(Map.of("column", "IN_PROGRESS", "version", version(task)))
                .post("/api/v1/tasks/" + task + "/move").then().statusCode(200)
                .body("ageDays", is(0)).body("changedSinceStandup", is(true));
        asAdmin().body(Map.of("column", "IN_PROGRESS", "version", version(other)))
                .post("/api/v1/tasks/" + other + "/move").then().statusCode(200);
        // The other card came into its column a week ago: it is aging.
        QuarkusTransaction.requiringNew().run(() -> Task.update("inColumnSince = ?1 where id = ?2",
                Instant.now().minus(7, ChronoUnit.DAYS), other));

        JsonPath standup = asAdmin().queryParam("since", before.toString())
                .get("/api/v1/products/" + board.product() + "/standup").then().statusCode(200)
                .body("since", notNullValue()).body("sprint.id", is((int) board.sprint()))
                .body("sprint.daysLeft", notNullValue()).extract().jsonPath();
        Map<String, Object> person = standup.getMap("people.find { it.username == '" + dev + "' }");
        assertEquals(dev, person.get("username"));
        assertEquals(List.of((int) task), standup.getList("people.find { it.username == '" + dev + "' }.moved.taskId"));
        assertEquals(List.of("TODO"), standup.getList("people.find { it.username == '" + dev + "' }.moved.from"));
        assertEquals(List.of("IN_PROGRESS"), standup.getList("people.find { it.username == '" + dev + "' }.moved.to"));
        assertEquals(List.of((int) task),
                standup.getList("people.find { it.username == '" + dev + "' }.inProgress.id"));
        assertTrue(standup.getList("people.find { it.username == 'admin' }.moved.taskId").contains((int) other));
        assertEquals(List.of((int) other), standup.getList("unassigned.aging.id"));
        assertTrue(standup.getInt("unassigned.aging[0].ageDays") >= 4);

        asAdmin().queryParam("since", "yesterday").get("/api/v1/products/" + board.product() + "/standup").then()
                .statusCode(400).body("violations.field", hasItem("since"));
        asAdmin().get("/api/v1/products/" + board.product() + "/standup").then().statusCode(200)
                .body("people", not(empty()));
    }

    /** Review is slower than coding: a column's own aging threshold overrides the team's. */
    @Test
    void aColumnMayHaveItsOwnAgingThreshold() {
        Api.ActiveBoard board = activeBoard("CA");
        asAdmin().body(Map.of("version", Api.columnsVersion(board.product()),
                "columns", List.of(Map.of("key", "TODO", "name", "To Do"),
                Map.of("key", "IN_PROGRESS", "name", "In Progress"),
                Map.of("key", "REVIEW", "name", "Review", "agingDays", 20), Map.of("key", "DONE", "name", "Done"))))
                .put("/api/v1/products/" + board.product() + "/columns").then().statusCode(200)
                .body("columns.find { it.key == 'REVIEW' }.agingDays", is(20))
                .body("columns.find { it.key == 'IN_PROGRESS' }.agingDays", nullValue());
        asAdmin().body(Map.of("version", Api.columnsVersion(board.product()),
                "columns", List.of(Map.of("key", "TODO", "name", "To Do"),
                Map.of("key", "DONE", "name", "Done", "agingDays", 0))))
                .put("/api/v1/products/" + board.product() + "/columns").then().statusCode(400)
                .body("violations.field", hasItem("columns[1].agingDays"));
        long coding = plainTask(board.sprint(), 0);
        long reviewing = plainTask(board.sprint(), 1);
        asAdmin().body(Map.of("column", "IN_PROGRESS", "version", version(coding)))
                .post("/api/v1/tasks/" + coding + "/move").then().statusCode(200);
        asAdmin().body(Map.of("column", "REVIEW", "version", version(reviewing)))
                .post("/api/v1/tasks/" + reviewing + "/move").then().statusCode(200);
        // Both came into their columns a week ago: five working days, past the team's 2 but not review's 20.
        QuarkusTransaction.requiringNew().run(() -> Task.update("inColumnSince = ?1 where id in ?2",
                Instant.now().minus(7, ChronoUnit.DAYS), List.of(coding, reviewing)));
        JsonPath standup = asAdmin().get("/api/v1/products/" + board.product() + "/standup").then().statusCode(200)
                .extract().jsonPath();
        List<Integer> aging = standup.getList("unassigned.aging.id");
        assertEquals(List.of((int) coding), aging, "only the card past its column's threshold is aging");
    }
}
