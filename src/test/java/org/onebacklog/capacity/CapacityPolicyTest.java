package org.onebacklog.capacity;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;
import static org.onebacklog.support.Api.estimated;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.policy;
import static org.onebacklog.support.Api.product;
import static org.onebacklog.support.Api.sprint;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;

/** The capacity policy as planning applies it: C = 20, r = 0.2, so the reserve is 4 and the limit 16. */
@QuarkusTest
class CapacityPolicyTest {

    @Test
    void thePolicyHasDefaultsAndIsSetByTheScrumMaster() {
        String shop = product("CP");
        asAdmin().get("/api/v1/products/" + shop + "/capacity-policy").then().statusCode(200)
                .body("reservedShare", is(0.2f)).body("mode", is("WARN"));
        String master = member(shop, "SCRUM_MASTER");
        String developer = member(shop, "DEVELOPER");
        asUser(master).body(Map.of("reservedShare", 0.25, "mode", "ENFORCE", "version", Api.policyVersion(shop)))
                .put("/api/v1/products/" + shop + "/capacity-policy").then().statusCode(200)
                .body("reservedShare", is(0.25f)).body("mode", is("ENFORCE"));
        asUser(developer).body(Map.of("reservedShare", 0, "mode", "OFF", "version", Api.policyVersion(shop)))
                .put("/api/v1/products/" + shop + "/capacity-policy").then().statusCode(403);
        int version = Api.policyVersion(shop);
        for (String bad : List.of("{\"reservedShare\": 0.95, \"mode\": \"WARN\"",
                "{\"reservedShare\": -0.1, \"mode\": \"WARN\"", "{\"reservedShare\": 0.2, \"mode\": \"STRICT\"",
                "{\"mode\": \"WARN\"", "{\"reservedShare\": 0.2, \"mode\": 1")) {
            asAdmin().body(bad + ", \"version\": " + version + "}").put("/api/v1/products/" + shop + "/capacity-policy").then().statusCode(400);
        }
        asAdmin().get("/api/v1/products/" + shop + "/capacity-policy").then().body("mode", is("ENFORCE"));
    }

    @Test
    void thePlanSplitsCapacityIntoFunctionalAndTechnicalLoad() {
        String shop = product("CF");
        long sprint = sprint(shop, 20);
        commit(sprint, estimated(shop, "STORY", 8));
        commit(sprint, estimated(shop, "BUG", 3));
        commit(sprint, estimated(shop, "TECHNICAL", 2));
        asAdmin().get("/api/v1/sprints/" + sprint + "/plan").then().statusCode(200)
                .body("capacity", is(20)).body("reservedShare", is(0.2f)).body("reserve", is(4))
                .body("functionalLimit", is(16)).body("functionalLoad", is(11)).body("technicalLoad", is(2))
                .body("unallocatedReserve", is(2)).body("warnings", empty());
    }

    @Test
    void warnModeAcceptsWithAWarning() {
        String shop = product("CW");
        policy(shop, "0.2", "WARN");
        long sprint = sprint(shop, 20);
        commit(sprint, estimated(shop, "STORY", 16));
        asAdmin().get("/api/v1/sprints/" + sprint + "/plan").then().body("warnings", empty());
        asAdmin().body(Map.of("itemKey", estimated(shop, "STORY", 2))).post("/api/v1/sprints/" + sprint + "/items")
                .then().statusCode(200).body("functionalLoad", is(18))
                .body("warnings[0]", containsString("2 points over the functional limit"));
    }

    @Test
    void enforceModeRefusesSaysByHowMuchAndAcceptsAnOverrideWithAReason() {
        String shop = product("CE");
        policy(shop, "0.2", "ENFORCE");
        String developer = member(shop, "DEVELOPER");
        String master = member(shop, "SCRUM_MASTER");
        long sprint = sprint(shop, 20);
        commit(sprint, estimated(shop, "STORY", 13));
        String big = estimated(shop, "STORY", 5);

        asAdmin().body(Map.of("itemKey", big)).post("/api/v1/sprints/" + sprint + "/items").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("2 points over"))
                .body("detail", containsString("3 points of functional work still fit"))
                .body("current.functionalLoad", is(13));
        asAdmin().get("/api/v1/items/" + big).then().body("sprintId", is((Object) null));
        asAdmin().get("/api/v1/items/" + big + "/tasks").then().body("", empty());

        asUser(developer).body(Map.of("itemKey", big, "override", Map.of("reason", "Because")))
                .post("/api/v1/sprints/" + sprint + "/items").then().statusCode(403);
        asUser(master).body(Map.of("itemKey", big, "override", Map.of("reason",
                "Launch next week; the reserve comes back next sprint"))).post("/api/v1/sprints/" + sprint + "/items")
                .then().statusCode(200).body("functionalLoad", is(18))
                .body("overrides", hasSize(1)).body("overrides[0].itemKey", is(big))
                .body("overrides[0].by", is(master))
                .body("overrides[0].reason", containsString("Launch next week"));
    }

    @Test
    void exactlyAtTheLimitIsNotOver() {
        String shop = product("CX");
        policy(shop, "0.2", "ENFORCE");
        long sprint = sprint(shop, 20);
        asAdmin().body(Map.of("itemKey", estimated(shop, "STORY", 16))).post("/api/v1/sprints/" + sprint + "/items")
                .then().statusCode(200).body("warnings", empty());
    }

    @Test
    void technicalWorkBeyondTheReserveCountsAgainstTheFunctionalLimit() {
        String shop = product("CT");
        policy(shop, "0.2", "ENFORCE");
        long sprint = sprint(shop, 20);
        commit(sprint, estimated(shop, "TECHNICAL", 6));
        asAdmin().get("/api/v1/sprints/" + sprint + "/plan").then().body("technicalExcess", is(2))
                .body("effectiveFunctionalLimit", is(14))
                .body("warnings", hasItem(containsString("exceeds the reserve")));
        asAdmin().body(Map.of("itemKey", estimated(shop, "STORY", 15))).post("/api/v1/sprints/" + sprint + "/items")
                .then().statusCode(409).body("detail", containsString("21 points of work for its capacity of 20 points, 1 point too much"));
    }

    @Test
    void dodTasksCountAsTechnicalLoad() {
        String shop = product("CD");
        asAdmin().body(Map.of("version", Api.dodVersion(shop), "criteria", List.of(Map.of("text", "Docs updated", "impliesTask", true,
                "taskTitle", "Update docs", "category", "DOCUMENTATION", "estimate", 1)))).put("/api/v1/products/"
                + shop + "/dod").then().statusCode(200);
        long sprint = sprint(shop, 20);
        commit(sprint, estimated(shop, "STORY", 5));
        commit(sprint, estimated(shop, "BUG", 2));
        asAdmin().get("/api/v1/sprints/" + sprint + "/plan").then().body("functionalLoad", is(7))
                .body("technicalLoad", is(2)).body("items.dodTasks", contains(1, 1));
    }

    @Test
    void aSprintCanReserveAnotherShareWithAReason() {
        String shop = product("CS");
        var body = new java.util.HashMap<String, Object>(Map.of("name", "Upgrade sprint", "start", "2026-12-01",
                "end", "2026-12-14", "capacity", 20, "reservedShareOverride", 0.5, "shareOverrideReason",
                "Framework upgrade before support ends"));
        var sprint = asAdmin().body(body).post("/api/v1/products/" + shop + "/sprints").then().statusCode(201)
                .body("shareOverrideReason", containsString("Framework upgrade")).extract().jsonPath();
        asAdmin().get("/api/v1/sprints/" + sprint.getLong("id") + "/plan").then().body("reservedShare", is(0.5f))
                .body("reserve", is(10)).body("functionalLimit", is(10));
    }

    static void commit(long sprint, String item) {
        asAdmin().body(Map.of("itemKey", item)).post("/api/v1/sprints/" + sprint + "/items").then().statusCode(200);
    }
}
