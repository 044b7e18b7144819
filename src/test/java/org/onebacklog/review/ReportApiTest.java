package org.onebacklog.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Browser;

/**
 * The review's figures for a sprint made step by step through the API: what was committed, completed, added,
 * removed, waived and overridden must come out of the record exactly.
 */
@QuarkusTest
class ReportApiTest {

    /** The sprint built by {@link #playedSprint()} and the keys of its items. */
    record Played(String shop, long sprint, String story5, String technical2, String story1, String bug3,
            String story13) {
    }

    /**
     * Capacity 20, 20 % reserved, enforced; a DoD task of 1 point per item. Committed at the start: a story of 5,
     * a technical item of 2, a story of 1. Then the story of 1 is taken out, a bug of 3 is added, and a story of 13
     * only gets in with an override. The story of 5 is finished with its DoD task; the technical item's DoD task is
     * waived and the item set done. The sprint closes.
     */
    Played playedSprint() {
        String shop = Api.product("RP");
        asAdmin().body(Map.of("version", org.onebacklog.support.Api.dodVersion(shop), "criteria", List.of(Map.of("text", "Code reviewed", "impliesTask", true,
                "taskTitle", "Code review", "category", "REVIEW", "estimate", 1))))
                .put("/api/v1/products/" + shop + "/dod").then().statusCode(200);
        Api.policy(shop, "0.20", "ENFORCE");
        LocalDate today = LocalDate.now();
        Map<String, Object> sprintBody = new HashMap<>(Map.of("name", "Sprint review test", "goal",
                "Pay with a saved card", "start", today.minusDays(3).toString(), "end",
                today.plusDays(10).toString(), "capacity", 20));
        long sprint = ((Number) asAdmin().body(sprintBody).post("/api/v1/products/" + shop + "/sprints").then()
                .statusCode(201).extract().path("id")).longValue();
        String story5 = Api.estimated(shop, "STORY", 5);
        String technical2 = Api.estimated(shop, "TECHNICAL", 2);
        String story1 = Api.estimated(shop, "STORY", 1);
        String bug3 = Api.estimated(shop, "BUG", 3);
        String story13 = Api.item(asAdmin(), shop, Map.of("kind", "STORY", "estimate", 13,
                "title", "=HYPERLINK(\"http://evil.example\",\"Click\")"));
        for (String item : List.of(story5, technical2, story1)) {
            commit(sprint, item).then().statusCode(200);
        }
        asAdmin().post("/api/v1/sprints/" + sprint + "/start").then().statusCode(200);
        asAdmin().delete("/api/v1/sprints/" + sprint + "/items/" + story1).then().statusCode(200);
        commit(sprint, bug3).then().statusCode(200);
        commit(sprint, story13).then().statusCode(409);
        asAdmin().body(Map.of("itemKey", story13, "override", Map.of("reason", "Launch promised to the customer")))
                .post("/api/v1/sprints/" + sprint + "/items").then().statusCode(200);

        long reviewTask = dodTask(story5);
        asAdmin().body(Map.of("column", "DONE", "version", version(reviewTask)))
                .post("/api/v1/tasks/" + reviewTask + "/move").then().statusCode(200);
        asAdmin().body(Map.of("reason", "Pair-programmed; the pair reviewed it"))
                .post("/api/v1/tasks/" + dodTask(technical2) + "/waive").then().statusCode(200);
        int itemVersion = asAdmin().get("/api/v1/items/" + technical2).then().extract().path("version");
        asAdmin().body(Map.of("status", "DONE", "version", itemVersion)).patch("/api/v1/items/" + technical2)
                .then().statusCode(200);
        asAdmin().post("/api/v1/sprints/" + sprint + "/close").then().statusCode(200);
        return new Played(shop, sprint, story5, technical2, story1, bug3, story13);
    }

    static io.restassured.response.Response commit(long sprint, String item) {
        return asAdmin().body(Map.of("itemKey", item)).post("/api/v1/sprints/" + sprint + "/items");
    }

    static long dodTask(String item) {
        return ((Number) asAdmin().get("/api/v1/items/" + item + "/tasks").then().statusCode(200).extract()
                .path("find { it.dodCriterionId != null }.id")).longValue();
    }

    static int version(long task) {
        return asAdmin().get("/api/v1/tasks/" + task).then().extract().path("version");
    }

    @Test
    void theReportOfAPlayedSprintSaysWhatHappened() {
        Played p = playedSprint();
        JsonPath report = asAdmin().get("/api/v1/sprints/" + p.sprint() + "/report").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("Sprint review test", report.getString("name"));
        assertEquals("Pay with a saved card", report.getString("goal"));
        assertEquals("CLOSED", report.getString("state"));
        assertEquals(3, report.getInt("committed.items"));
        assertEquals(8, report.getInt("committed.estimate"));
        assertEquals(2, report.getInt("completed.items"));
        assertEquals(7, report.getInt("completed.estimate"));
        assertEquals(List.of(p.story5(), p.technical2()), report.getList("completedItems.key"));
        assertEquals(List.of(p.bug3(), p.story13()), report.getList("notCompleted.key"));
        assertEquals(List.of(p.bug3(), p.story13()), report.getList("scopeAdded.key"));
        assertEquals(List.of(p.story1()), report.getList("scopeRemoved.key"));
        assertEquals(2, report.getInt("dod.itemsDone"));
        assertEquals(1, report.getInt("dod.itemsDoneWithAllDodTasks"), "the technical item's DoD task was waived");
        assertEquals("Pair-programmed; the pair reviewed it", report.getString("waivers[0].reason"));
        assertEquals("admin", report.getString("waivers[0].by"));
        assertEquals(p.technical2(), report.getString("waivers[0].itemKey"));
        assertEquals(List.of(p.story13()), report.getList("overrides.itemKey"));
        assertEquals("Launch promised to the customer", report.getString("overrides[0].reason"));
        assertEquals(0.2f, report.getFloat("split.reservedShare"));
        // Planned: stories 5 + 1 functional; technical 2 + three DoD tasks of 1.
        assertEquals(6, report.getInt("split.planned.functional"));
        assertEquals(5, report.getInt("split.planned.technical"));
        // Actual: the story of 5; the technical item and the one DoD task done (the waived one is not work done).
        assertEquals(5, report.getInt("split.actual.functional"));
        assertEquals(3, report.getInt("split.actual.technical"));
    }

    @Test
    void theBurndownAndBurnupFollowTheDaysAndTheVelocityCountsTheSprint() {
        Played p = playedSprint();
        JsonPath report = asAdmin().get("/api/v1/sprints/" + p.sprint() + "/report").then().statusCode(200)
                .extract().jsonPath();
        List<String> dates = report.getList("burndown.date");
        assertTrue(!dates.isEmpty() && dates.size() <= 4, "working days from three days ago to today: " + dates);
        assertEquals(LocalDate.now().toString(), dates.get(dates.size() - 1));
        for (String date : dates) {
            assertTrue(!isWeekend(LocalDate.parse(date)), date + " is a weekend day");
        }
        int last = dates.size() - 1;
        // Scope at the end: 5 + 2 + 3 + 13 (the story of 1 was taken out); 7 of it completed.
        assertEquals(16, report.getInt("burndown[" + last + "].remaining"));
        assertEquals(23, report.getInt("burnup[" + last + "].scope"));
        assertEquals(7, report.getInt("burnup[" + last + "].completed"));
        if (last > 0) {
            assertEquals(8, report.getInt("burndown[0].remaining"), "before the start day: the commitment");
        }
        assertEquals(List.of("Sprint review test"), report.getList("velocity.sprint"));
        assertEquals(7, report.getInt("velocity[0].completed"));
    }

    @Test
    void theItemTableComesAsCsvWithFormulasDefused() {
        Played p = playedSprint();
        String csv = asAdmin().accept("text/csv").get("/api/v1/sprints/" + p.sprint() + "/report").then()
                .statusCode(200).header("Content-Type", containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("item,kind,title,estimate,committed at start,added during sprint,removed during sprint,outcome",
                lines.get(0));
        assertEquals(6, lines.size(), csv);
        assertTrue(lines.contains(p.story5() + ",STORY,STORY 5,5,yes,no,no,completed"), csv);
        assertTrue(lines.contains(p.story1() + ",STORY,STORY 1,1,yes,no,yes,removed"), csv);
        assertTrue(lines.contains(p.bug3() + ",BUG,BUG 3,3,no,yes,no,carried over"), csv);
        assertTrue(lines.contains(p.story13() + ",STORY,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",13,"
                + "no,yes,no,carried over"), csv);
    }

    @Test
    void theReviewPageShowsTheSprintToMembersAndItsCsvDownloads() {
        Played p = playedSprint();
        String page = Browser.admin().page().get("/products/" + p.shop() + "/sprints/" + p.sprint() + "/review")
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("Pay with a saved card"));
        assertTrue(page.contains("Pair-programmed; the pair reviewed it"));
        assertTrue(page.contains("Launch promised to the customer"));
        assertEquals(4, page.split("<svg xmlns=\"http://www.w3.org/2000/svg\"", -1).length - 1, "four charts");
        assertTrue(page.contains("data-item-key=\"" + p.story13() + "\""));
        // A download link: the browser accepts anything.
        Browser.admin().page().accept("text/html,application/xhtml+xml,*/*;q=0.8")
                .get("/products/" + p.shop() + "/sprints/" + p.sprint() + "/review.csv").then()
                .statusCode(200).header("Content-Disposition", containsString("attachment"))
                .body(containsString(p.story5() + ",STORY"));
        Browser.admin().page().get("/products/" + p.shop() + "/review").then().statusCode(303)
                .header("Location", containsString("/sprints/" + p.sprint() + "/review"));
    }

    @Inject
    EntityManager em;

    /**
     * A task blocked a week ago and unblocked now stood blocked five working days (any seven days hold five); a
     * task blocked a week ago and still blocked is counted up to now, and says so.
     */
    @Test
    void theReviewPageShowsHowLongWorkStoodBlocked() {
        Api.ActiveBoard board = Api.activeBoard("RB");
        long unblocked = Api.task(board.sprint(), 0);
        long still = Api.task(board.sprint(), 1);
        asAdmin().body(Map.of("reason", "Waiting for the payment provider's sandbox"))
                .post("/api/v1/tasks/" + unblocked + "/block").then().statusCode(200);
        asAdmin().body(Map.of("reason", "Needs the <b>DBA</b> & a change window"))
                .post("/api/v1/tasks/" + still + "/block").then().statusCode(200);
        blockedAWeekAgo(unblocked);
        blockedAWeekAgo(still);
        asAdmin().delete("/api/v1/tasks/" + unblocked + "/block").then().statusCode(200);

        asAdmin().get("/api/v1/sprints/" + board.sprint() + "/report").then().statusCode(200)
                .body("blocked", org.hamcrest.Matchers.hasSize(2))
                .body("blocked.find { it.taskId == " + unblocked + " }.workingDays", is(5))
                .body("blocked.find { it.taskId == " + unblocked + " }.hours", is(168))
                .body("blocked.find { it.taskId == " + unblocked + " }.title", containsString("Build "))
                .body("blocked.find { it.taskId == " + still + " }.to", org.hamcrest.Matchers.nullValue());

        String page = Browser.admin().page().get("/products/" + board.product() + "/sprints/" + board.sprint()
                + "/review").then().statusCode(200).extract().asString();
        String done = row(page, unblocked);
        assertTrue(done.contains("Waiting for the payment provider&#39;s sandbox")
                || done.contains("Waiting for the payment provider's sandbox"), done);
        assertTrue(done.contains("5 working days") && done.contains("(168 h)"), done);
        assertTrue(done.contains(">admin<"), "who blocked it: " + done);
        assertTrue(!done.contains("still blocked"), done);
        String open = row(page, still);
        assertTrue(open.contains("still blocked"), open);
        assertTrue(open.contains("Needs the &lt;b&gt;DBA&lt;/b&gt; &amp; a change window"), "escaped: " + open);
        assertTrue(page.contains("In all: 2 spells, 1 still blocked"), "the total");
        assertTrue(page.contains("10 working days (336 h)"), "the total's length");
    }

    private void blockedAWeekAgo(long task) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update history_event set happened_at = ?1"
                + " where task_id = ?2 and kind = 'TASK_BLOCKED'")
                .setParameter(1, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusDays(7))
                .setParameter(2, task).executeUpdate());
    }

    /** The review's row for a blocked spell of a task. */
    private static String row(String page, long task) {
        int at = page.indexOf("data-task-id=\"" + task + "\"");
        assertTrue(at > 0, "a row for task " + task);
        return page.substring(at, page.indexOf("</tr>", at));
    }

    @Test
    void aPlannedSprintHasNoReviewYetAndStrangersSeeNone() {
        String shop = Api.product("RQ");
        long sprint = Api.sprint(shop, 10);
        asAdmin().get("/api/v1/sprints/" + sprint + "/report").then().statusCode(409)
                .body("detail", containsString("has not started"));
        asAdmin().get("/api/v1/sprints/99999999/report").then().statusCode(404);
        String other = Api.product("RQ");
        String stranger = Api.member(other, "DEVELOPER");
        asAdmin().post("/api/v1/sprints/" + sprint + "/start").then().statusCode(200);
        asUser(stranger).get("/api/v1/sprints/" + sprint + "/report").then().statusCode(403);
        Api.asUser(Api.member(shop, "VIEWER")).get("/api/v1/sprints/" + sprint + "/report").then().statusCode(200)
                .body("state", is("ACTIVE"));
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek().getValue() >= 6;
    }
}
