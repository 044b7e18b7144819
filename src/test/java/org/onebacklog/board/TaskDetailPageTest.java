package org.onebacklog.board;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.estimated;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.product;
import static org.onebacklog.support.Api.sprint;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Browser;

/** A card opened into its detail, as a developer and the Product Owner use it on the board. */
@QuarkusTest
class TaskDetailPageTest {

    static long plainTask(long sprint) {
        List<Map<String, Object>> tasks = asAdmin().get("/api/v1/sprints/" + sprint + "/board").then().extract()
                .jsonPath().getList("lanes[0].tasks");
        return tasks.stream().filter(t -> t.get("dodCriterionId") == null)
                .map(t -> ((Number) t.get("id")).longValue()).findFirst().orElseThrow();
    }

    @Test
    void aDeveloperRenamesDescribesBlocksUnblocksAndDeletesATask() {
        Object[] board = BoardTest.activeBoard("TD");
        String shop = (String) board[0];
        long task = plainTask((long) board[1]);
        String developer = member(shop, "DEVELOPER");
        Browser dev = Browser.user(developer);
        String detail = "/products/" + shop + "/board/tasks/" + task + "/detail";
        dev.htmx().get(detail).then().statusCode(200).body(containsString("id=\"detail-title\""))
                .body(containsString("History")).body(containsString("added it"));

        dev.htmx().formParam("version", "0").formParam("title", "Checkout: pay by card")
                .formParam("estimate", "2,5").formParam("remaining", "2").formParam("assignee", developer)
                .formParam("description", "Use the **sandbox** keys.<script>alert(1)</script>")
                .post(detail).then().statusCode(200).body(containsString("Saved."))
                .body(containsString("<strong>sandbox</strong>")).body(not(containsString("<script>alert")));
        asAdmin().get("/api/v1/tasks/" + task).then().body("title", is("Checkout: pay by card"))
                .body("estimate", is(2.5f)).body("assignee", is(developer))
                .body("description", is("Use the **sandbox** keys.<script>alert(1)</script>"));

        dev.htmx().formParam("version", "0").formParam("title", "Stale").post(detail).then().statusCode(409)
                .body(containsString("was changed by"));
        dev.htmx().formParam("version", "1").formParam("title", "").post(detail).then().statusCode(400)
                .body(containsString("Give the task a title"));

        dev.htmx().formParam("reason", " ").post(detail + "/block").then().statusCode(400)
                .body(containsString("Say what blocks the task"));
        dev.htmx().formParam("reason", "Waiting for the payment sandbox").post(detail + "/block").then()
                .statusCode(200).body(containsString("Blocked by " + developer));
        asAdmin().get("/api/v1/tasks/" + task).then().body("blocked.reason", is("Waiting for the payment sandbox"));
        dev.htmx().get(detail).then().body(containsString("blocked it: Waiting for the payment sandbox"));
        dev.htmx().post(detail + "/unblock").then().statusCode(200).body(containsString("Unblocked."));
        asAdmin().get("/api/v1/tasks/" + task).then().body("blocked", nullValue());

        dev.htmx().post(detail + "/delete").then().statusCode(200).body(containsString("Deleted."));
        asAdmin().get("/api/v1/tasks/" + task).then().statusCode(404);
    }

    @Test
    void theProductOwnerWaivesADodTaskFromItsDetailAndADodTaskIsNotDeleted() {
        String shop = product("TW");
        asAdmin().body(Map.of("version", org.onebacklog.support.Api.dodVersion(shop), "criteria", List.of(Map.of("text", "Technical documentation is updated",
                "impliesTask", true, "taskTitle", "Update technical docs", "category", "DOCUMENTATION",
                "estimate", 1)))).put("/api/v1/products/" + shop + "/dod").then().statusCode(200);
        long sprint = sprint(shop, 50);
        String item = estimated(shop, "STORY", 3);
        asAdmin().body(Map.of("itemKey", item)).post("/api/v1/sprints/" + sprint + "/items").then().statusCode(200);
        asAdmin().post("/api/v1/sprints/" + sprint + "/start").then().statusCode(200);
        List<Map<String, Object>> tasks = asAdmin().get("/api/v1/sprints/" + sprint + "/board").then().extract()
                .jsonPath().getList("lanes[0].tasks");
        Map<String, Object> dod = tasks.stream().filter(t -> t.get("dodCriterionId") != null).findFirst()
                .orElseThrow(() -> new AssertionError("the default Definition of Done implies tasks: " + tasks));
        String detail = "/products/" + shop + "/board/tasks/" + dod.get("id") + "/detail";
        Browser po = Browser.admin();
        po.htmx().get(detail).then().statusCode(200).body(containsString("Waive"))
                .body(not(containsString("Delete task")));
        po.htmx().post(detail + "/delete").then().statusCode(409).body(containsString("waive it"));
        po.htmx().formParam("reason", "").post(detail + "/waive").then().statusCode(400);
        po.htmx().formParam("reason", "Covered by the pair review").post(detail + "/waive").then().statusCode(200)
                .body(containsString("Waived: the review report shows the reason."));
        asAdmin().get("/api/v1/tasks/" + dod.get("id")).then().body("waived", is(true))
                .body("waiveReason", is("Covered by the pair review"));
        Browser dev = Browser.user(member(shop, "DEVELOPER"));
        dev.htmx().formParam("reason", "I say so").post(detail + "/waive").then().statusCode(403);
    }
}
