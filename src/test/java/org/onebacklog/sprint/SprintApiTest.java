package org.onebacklog.sprint;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;
import static org.onebacklog.support.Api.backlogKeys;
import static org.onebacklog.support.Api.estimated;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.policy;
import static org.onebacklog.support.Api.product;
import static org.onebacklog.support.Api.sprint;
import static org.onebacklog.support.Api.story;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SprintApiTest {

    @Test
    void theLifeOfASprintPlannedActiveClosed() {
        String shop = product("SA");
        long sprint = sprint(shop, 20);
        asAdmin().get("/api/v1/sprints/" + sprint).then().statusCode(200).body("state", is("PLANNED"))
                .body("capacity", is(20)).body("plan.capacity", is(20));
        asAdmin().post("/api/v1/sprints/" + sprint + "/close").then().statusCode(409)
                .body("detail", containsString("has not started"));
        asAdmin().post("/api/v1/sprints/" + sprint + "/start").then().statusCode(200).body("state", is("ACTIVE"));
        asAdmin().post("/api/v1/sprints/" + sprint + "/start").then().statusCode(409);
        long second = sprint(shop, 20);
        asAdmin().post("/api/v1/sprints/" + second + "/start").then().statusCode(409)
                .body("detail", containsString("still active"));
        asAdmin().post("/api/v1/sprints/" + sprint + "/close").then().statusCode(200).body("state", is("CLOSED"));
        asAdmin().post("/api/v1/sprints/" + sprint + "/close").then().statusCode(409);
        asAdmin().post("/api/v1/sprints/" + second + "/start").then().statusCode(200);
    }

    @Test
    void badSprintsAreRefusedWithTheFieldNamed() {
        String shop = product("SB");
        asAdmin().body(Map.of("name", "Backwards", "start", "2026-12-14", "end", "2026-12-01"))
                .post("/api/v1/products/" + shop + "/sprints").then().statusCode(400)
                .body("violations.field", hasItem("end"));
        asAdmin().body(Map.of("name", "Bad date", "start", "2026-13-40", "end", "2026-12-01"))
                .post("/api/v1/products/" + shop + "/sprints").then().statusCode(400)
                .body("violations.field", hasItem("start"));
        asAdmin().body(Map.of("start", "2026-12-01", "end", "2026-12-14", "capacity", -3))
                .post("/api/v1/products/" + shop + "/sprints").then().statusCode(400)
                .body("violations.field", hasItem("name")).body("violations.field", hasItem("capacity"));
        asAdmin().body(Map.of("name", "Odd share", "start", "2026-12-01", "end", "2026-12-14",
                "reservedShareOverride", 0.3)).post("/api/v1/products/" + shop + "/sprints").then().statusCode(400)
                .body("violations.field", hasItem("shareOverrideReason"));
        asAdmin().get("/api/v1/products/" + shop + "/sprints").then().body("", empty());
    }

    @Test
    void withoutACapacityASprintTakesTheMeanOfTheLastThreeClosedSprints() {
        String shop = product("SV");
        long first = sprint(shop, null);
        asAdmin().get("/api/v1/sprints/" + first).then().body("capacity", nullValue())
                .body("plan.warnings[0]", containsString("no capacity yet"));
        // Three closed sprints completing 10, 20 and 30 points, and an older one completing 100.
        for (int completed : List.of(100, 10, 20, 30)) {
            long sprint = sprint(shop, 200);
            String item = estimated(shop, "STORY", completed);
            commit(sprint, item).then().statusCode(200);
            asAdmin().post("/api/v1/sprints/" + sprint + "/start").then().statusCode(200);
            asAdmin().body(Map.of("status", "DONE", "version", version(item))).patch("/api/v1/items/" + item)
                    .then().statusCode(200);
            asAdmin().post("/api/v1/sprints/" + sprint + "/close").then().statusCode(200)
                    .body("completedEstimate", is(completed));
        }
        long next = sprint(shop, null);
        asAdmin().get("/api/v1/sprints/" + next).then().body("capacity", is(20));
    }

    @Test
    void closingCarriesUnfinishedItemsBackToTheTopOfTheBacklogInOrder() {
        String shop = product("SC");
        String a = story(shop, "A");
        String b = story(shop, "B");
        String c = story(shop, "C");
        String d = story(shop, "D");
        long sprint = sprint(shop, 50);
        for (String item : List.of(b, c, d)) {
            commit(sprint, item).then().statusCode(200);
        }
        asAdmin().post("/api/v1/sprints/" + sprint + "/start").then().statusCode(200);
        asAdmin().body(Map.of("status", "DONE", "version", version(c))).patch("/api/v1/items/" + c).then()
                .statusCode(200);
        asAdmin().post("/api/v1/sprints/" + sprint + "/close").then().statusCode(200);

        assertEquals(List.of(b, d, a), backlogKeys(shop), "carried-over items on top, in their order");
        asAdmin().get("/api/v1/items/" + b).then().body("sprintId", nullValue());
        asAdmin().get("/api/v1/items/" + c).then().body("sprintId", is((int) sprint));
    }

    @Test
    void commitmentsAreCheckedAndCanBeUndone() {
        String shop = product("SI");
        String other = product("SJ");
        String a = story(shop, "A");
        String foreign = story(other, "Foreign");
        long sprint = sprint(shop, 20);
        commit(sprint, a).then().statusCode(200).body("items.key", contains(a));
        commit(sprint, a).then().statusCode(409).body("detail", containsString("already committed"));
        commit(sprint, foreign).then().statusCode(400).body("violations[0].field", is("itemKey"));
        commit(sprint, shop + "-999").then().statusCode(400);
        asAdmin().get("/api/v1/items/" + a).then().body("sprintId", is((int) sprint));
        asAdmin().delete("/api/v1/sprints/" + sprint + "/items/" + a).then().statusCode(200).body("items", empty());
        asAdmin().get("/api/v1/items/" + a).then().body("sprintId", nullValue());
        asAdmin().delete("/api/v1/sprints/" + sprint + "/items/" + a).then().statusCode(404);
    }

    @Test
    void viewersCannotPlanAndOnlyRunnersStartSprints() {
        String shop = product("SR");
        String viewer = member(shop, "VIEWER");
        String developer = member(shop, "DEVELOPER");
        String a = story(shop, "A");
        long sprint = sprint(shop, 20);
        asUser(viewer).body(Map.of("itemKey", a)).post("/api/v1/sprints/" + sprint + "/items").then().statusCode(403);
        asUser(developer).body(Map.of("itemKey", a)).post("/api/v1/sprints/" + sprint + "/items").then()
                .statusCode(200);
        asUser(developer).post("/api/v1/sprints/" + sprint + "/start").then().statusCode(403);
        asUser(developer).body(Map.of("name", "Mine", "start", "2026-12-01", "end", "2026-12-14"))
                .post("/api/v1/products/" + shop + "/sprints").then().statusCode(403);
        asUser(viewer).get("/api/v1/sprints/" + sprint + "/plan").then().statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void aSprintCanBeEditedWithItsVersion() {
        String shop = product("SE");
        long sprint = sprint(shop, 20);
        Map<String, Object> edit = new java.util.HashMap<>(Map.of("name", "Renamed", "goal", "A sharper goal",
                "start", "2026-12-02", "end", "2026-12-15", "capacity", 18, "version", 0));
        asAdmin().body(edit).put("/api/v1/sprints/" + sprint).then().statusCode(200).body("name", is("Renamed"))
                .body("capacity", is(18)).body("version", is(1));
        asAdmin().body(edit).put("/api/v1/sprints/" + sprint).then().statusCode(409)
                .body("current.name", is("Renamed"));
    }

    static io.restassured.response.Response commit(long sprint, String item) {
        return asAdmin().body(Map.of("itemKey", item)).post("/api/v1/sprints/" + sprint + "/items");
    }

    static long version(String item) {
        return ((Number) asAdmin().get("/api/v1/items/" + item).then().extract().path("version")).longValue();
    }
}
