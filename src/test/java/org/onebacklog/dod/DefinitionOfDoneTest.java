package org.onebacklog.dod;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;
import static org.onebacklog.support.Api.estimated;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.product;
import static org.onebacklog.support.Api.sprint;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;

@QuarkusTest
class DefinitionOfDoneTest {

    static Map<String, Object> refactor() {
        return Map.of("text", "Code the story touches is refactored", "impliesTask", true,
                "taskTitle", "Refactor touched code", "category", "REFACTORING", "estimateShare", 0.2);
    }

    static Map<String, Object> docs() {
        return Map.of("text", "Technical documentation is updated", "impliesTask", true,
                "taskTitle", "Update technical docs", "category", "DOCUMENTATION", "estimate", 1);
    }

    static Map<String, Object> review() {
        return Map.of("text", "Reviewed by a second developer", "impliesTask", false);
    }

    static JsonPath putDod(String shop, List<Map<String, Object>> criteria) {
        return asAdmin().body(Map.of("version", Api.dodVersion(shop), "criteria", criteria)).put("/api/v1/products/" + shop + "/dod").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void theDodIsAnOrderedListAndEveryEditIsANewVersion() {
        String shop = product("DA");
        asAdmin().get("/api/v1/products/" + shop + "/dod").then().body("version", is(0)).body("criteria", hasSize(0));
        JsonPath first = putDod(shop, List.of(refactor(), docs(), review()));
        assertEquals(1, first.getInt("version"));
        long docsId = first.getLong("criteria[1].id");

        Map<String, Object> keptDocs = new HashMap<>(docs());
        keptDocs.put("id", docsId);
        keptDocs.put("text", "Technical documentation is updated and reviewed");
        JsonPath second = putDod(shop, List.of(keptDocs, review()));
        assertEquals(2, second.getInt("version"));
        assertEquals(docsId, second.getLong("criteria[0].id"), "an edited criterion keeps its identity");
        asAdmin().get("/api/v1/products/" + shop + "/dod").then()
                .body("criteria.text", contains("Technical documentation is updated and reviewed",
                        "Reviewed by a second developer"));
    }

    @Test
    void committingGeneratesOneTaskPerTaskImplyingCriterionExactlyOnce() {
        String shop = product("DT");
        JsonPath dod = putDod(shop, List.of(refactor(), docs(), review()));
        String story = estimated(shop, "STORY", 8);
        long sprint = sprint(shop, 40);

        asAdmin().body(Map.of("itemKey", story)).post("/api/v1/sprints/" + sprint + "/items").then().statusCode(200);
        var tasks = asAdmin().get("/api/v1/items/" + story + "/tasks").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Refactor touched code", "Update technical docs"), tasks.getList("title"));
        assertEquals(List.of(dod.getLong("criteria[0].id"), dod.getLong("criteria[1].id")),
                tasks.getList("dodCriterionId", Long.class));
        // 20 % of 8 points is 1.6, rounded to the nearest half point.
        assertEquals(List.of(1.5f, 1f), tasks.getList("estimate", Float.class));

        // Out and in again, twice: still two DoD tasks.
        for (int i = 0; i < 2; i++) {
            asAdmin().delete("/api/v1/sprints/" + sprint + "/items/" + story).then().statusCode(200);
            asAdmin().body(Map.of("itemKey", story)).post("/api/v1/sprints/" + sprint + "/items").then()
                    .statusCode(200);
        }
        asAdmin().get("/api/v1/items/" + story + "/tasks").then().body("", hasSize(2));

        // Editing the DoD later (a new criterion) does not touch tasks of items already committed...
        Map<String, Object> keptRefactor = new HashMap<>(refactor());
        keptRefactor.put("id", dod.getLong("criteria[0].id"));
        Map<String, Object> tests = Map.of("text", "Automated tests cover it", "impliesTask", true,
                "taskTitle", "Write automated tests", "category", "TESTING", "estimate", 2);
        putDod(shop, List.of(keptRefactor, tests));
        asAdmin().get("/api/v1/items/" + story + "/tasks").then().body("", hasSize(2))
                .body("title", hasItem("Update technical docs"));
        // ...and a removed criterion leaves its tasks alone, while the new one applies on the next commitment.
        asAdmin().delete("/api/v1/sprints/" + sprint + "/items/" + story).then().statusCode(200);
        asAdmin().body(Map.of("itemKey", story)).post("/api/v1/sprints/" + sprint + "/items").then().statusCode(200);
        asAdmin().get("/api/v1/items/" + story + "/tasks").then().body("", hasSize(3))
                .body("title", contains("Refactor touched code", "Write automated tests", "Update technical docs"));
    }

    @Test
    void anItemIsNotDoneWhileADodTaskIsOpenUnlessThePoWaivesIt() {
        String shop = product("DW");
        String developer = member(shop, "DEVELOPER");
        putDod(shop, List.of(refactor(), docs()));
        String story = estimated(shop, "STORY", 5);
        long sprint = sprint(shop, 40);
        asAdmin().body(Map.of("itemKey", story)).post("/api/v1/sprints/" + sprint + "/items").then().statusCode(200);
        var tasks = asAdmin().get("/api/v1/items/" + story + "/tasks").then().extract().jsonPath();
        long refactorTask = tasks.getLong("[0].id");
        long docsTask = tasks.getLong("[1].id");

        asAdmin().body(Map.of("status", "DONE", "version", version(story))).patch("/api/v1/items/" + story).then()
                .statusCode(409).body("detail", containsString("2 tasks of the Definition of Done are open"));
        asAdmin().get("/api/v1/items/" + story).then().body("status", is("TODO"));

        asAdmin().body(Map.of("column", "DONE", "version", 0)).post("/api/v1/tasks/" + refactorTask + "/move")
                .then().statusCode(200).body("column", is("DONE")).body("remaining", is(0));
        asUser(developer).body(Map.of("reason", "No docs for this")).post("/api/v1/tasks/" + docsTask + "/waive")
                .then().statusCode(403);
        asAdmin().body(Map.of("reason", " ")).post("/api/v1/tasks/" + docsTask + "/waive").then().statusCode(400)
                .body("violations[0].field", is("reason"));
        asAdmin().body(Map.of("reason", "Internal tool: no user docs")).post("/api/v1/tasks/" + docsTask + "/waive")
                .then().statusCode(200).body("waived", is(true)).body("waiveReason", is("Internal tool: no user docs"));

        asAdmin().body(Map.of("status", "DONE", "version", version(story))).patch("/api/v1/items/" + story).then()
                .statusCode(200).body("status", is("DONE"));
    }

    @Test
    void plainTasksCannotBeWaivedAndAreAddedToAnyItem() {
        String shop = product("DP");
        String story = estimated(shop, "STORY", 3);
        var task = asAdmin().body(Map.of("title", "Spike the API", "estimate", 2)).post("/api/v1/items/" + story
                + "/tasks").then().statusCode(201).body("dodCriterionId", is((Object) null)).body("remaining", is(2))
                .extract().jsonPath();
        asAdmin().body(Map.of("reason", "whatever")).post("/api/v1/tasks/" + task.getLong("id") + "/waive").then()
                .statusCode(400).body("detail", containsString("Only tasks implied"));
        asAdmin().body(Map.of("title", "")).post("/api/v1/items/" + story + "/tasks").then().statusCode(400)
                .body("violations[0].field", is("title"));
        asAdmin().body(Map.of("title", "x", "assignee", "nobody-at-all")).post("/api/v1/items/" + story + "/tasks")
                .then().statusCode(400).body("violations[0].field", is("assignee"));
    }

    @Test
    void badCriteriaAreRefusedWithTheFieldNamedAndNothingChanges() {
        String shop = product("DB");
        putDod(shop, List.of(review()));
        Map<String, Object> both = new HashMap<>(docs());
        both.put("estimateShare", 0.5);
        for (Map<String, Object> bad : List.of(Map.<String, Object>of("text", " ", "impliesTask", false),
                Map.<String, Object>of("text", "x", "impliesTask", true), both,
                Map.<String, Object>of("text", "x", "impliesTask", true, "taskTitle", "t", "category", "CLEANUP",
                        "estimate", 1),
                Map.<String, Object>of("text", "x", "impliesTask", true, "taskTitle", "t", "category", "TESTING",
                        "estimateShare", 1.5),
                Map.<String, Object>of("id", 999999, "text", "x", "impliesTask", false))) {
            asAdmin().body(Map.of("version", 1, "criteria", List.of(bad))).put("/api/v1/products/" + shop + "/dod").then()
                    .statusCode(400).body("violations[0].field", notNullValue());
        }
        asAdmin().get("/api/v1/products/" + shop + "/dod").then().body("version", is(1))
                .body("criteria.text", contains("Reviewed by a second developer"));
        String developer = member(shop, "DEVELOPER");
        asUser(developer).body(Map.of("version", 1, "criteria", List.of())).put("/api/v1/products/" + shop + "/dod").then()
                .statusCode(403);
        asAdmin().body(Map.of("version", 0, "criteria", List.of())).put("/api/v1/products/" + shop + "/dod").then()
                .statusCode(409);
    }

    static long version(String item) {
        return ((Number) asAdmin().get("/api/v1/items/" + item).then().extract().path("version")).longValue();
    }
}
