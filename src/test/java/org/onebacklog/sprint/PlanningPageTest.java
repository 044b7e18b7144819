package org.onebacklog.sprint;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.estimated;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.policy;
import static org.onebacklog.support.Api.product;
import static org.onebacklog.support.Api.sprint;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Browser;

@QuarkusTest
class PlanningPageTest {

    @Test
    void withoutASprintThePageOffersToCreateOne() {
        String shop = product("PP");
        Browser po = Browser.admin();
        po.page().get("/products/" + shop + "/planning").then().statusCode(200)
                .body(containsString("No sprint to plan")).body(containsString("id=\"new-sprint\""));
        po.form().formParam("name", "Sprint 1").formParam("start", "2026-12-14").formParam("end", "2026-12-01")
                .post("/products/" + shop + "/planning/sprints").then().statusCode(400)
                .body(containsString("id=\"end-error\"")).body(containsString("cannot end before it starts"));
        po.form().formParam("name", "Sprint 1").formParam("start", "2026-12-01").formParam("end", "2026-12-14")
                .formParam("capacity", "20").formParam("goal", "Checkout works on phones")
                .post("/products/" + shop + "/planning/sprints").then().statusCode(303);
        po.page().get("/products/" + shop + "/planning").then().statusCode(200)
                .body(containsString("Sprint 1")).body(containsString("Checkout works on phones"))
                .body(containsString("gauge-card"));
    }

    @Test
    void pullingItemsInUpdatesTheGaugeAndTheSprintList() {
        String shop = product("PG");
        long sprint = sprint(shop, 20);
        String story = estimated(shop, "STORY", 8);
        String tech = estimated(shop, "TECHNICAL", 3);
        Browser po = Browser.admin();
        po.page().get("/products/" + shop + "/planning").then().statusCode(200)
                .body(containsString("data-plan-item=\"" + story + "\""));
        po.htmx().formParam("item", story).post("/products/" + shop + "/planning/" + sprint + "/commit").then()
                .statusCode(200).body(containsString("data-plan-list=\"sprint\""));
        String html = po.htmx().formParam("item", tech).post("/products/" + shop + "/planning/" + sprint + "/commit")
                .then().statusCode(200).extract().asString();
        assertTrue(html.contains("Functional</dt><dd>8 <small>limit 16</small>"), html);
        assertTrue(html.contains("Technical</dt><dd>3 <small>reserve 4</small>"), html);
        assertTrue(html.contains("1 <small>points</small>"), "one point of the reserve left");
        po.htmx().formParam("item", story).post("/products/" + shop + "/planning/" + sprint + "/uncommit").then()
                .statusCode(200).body(containsString("Functional</dt><dd>0 <small>limit 16</small>"));
    }

    @Test
    void anEnforcedRefusalExplainsItselfAndOffersTheOverride() {
        String shop = product("PE");
        policy(shop, "0.2", "ENFORCE");
        long sprint = sprint(shop, 10);
        String big = estimated(shop, "STORY", 9);
        Browser po = Browser.admin();
        po.htmx().formParam("item", big).post("/products/" + shop + "/planning/" + sprint + "/commit").then()
                .statusCode(409).body(containsString("1 point over"))
                .body(containsString("Override the policy")).body(containsString("name=\"reason\""));
        po.htmx().formParam("item", big).formParam("reason", "Demo for the investors on Friday")
                .post("/products/" + shop + "/planning/" + sprint + "/commit").then().statusCode(200)
                .body(containsString("Policy overrides")).body(containsString("Demo for the investors on Friday"))
                .body(containsString("1 point over the functional limit"));
    }

    @Test
    void theScrumMasterStartsAndClosesSprintsAndSetsThePolicy() {
        String shop = product("PS");
        long sprint = sprint(shop, 20);
        String master = member(shop, "SCRUM_MASTER");
        String developer = member(shop, "DEVELOPER");
        Browser dev = Browser.user(developer);
        dev.page().get("/products/" + shop + "/planning").then().statusCode(200)
                .body(containsString("<body class=\"can-contribute\" "));
        dev.form().post("/products/" + shop + "/planning/" + sprint + "/start").then().statusCode(403);

        Browser sm = Browser.user(master);
        sm.form().post("/products/" + shop + "/planning/" + sprint + "/start").then().statusCode(303);
        asAdmin().get("/api/v1/sprints/" + sprint).then().body("state", org.hamcrest.Matchers.is("ACTIVE"));
        sm.form().formParam("reservedPercent", "30").formParam("mode", "ENFORCE")
                .post("/products/" + shop + "/planning/policy").then().statusCode(303);
        asAdmin().get("/api/v1/products/" + shop + "/capacity-policy").then()
                .body("reservedShare", org.hamcrest.Matchers.is(0.3f)).body("mode", org.hamcrest.Matchers.is("ENFORCE"));
        sm.form().formParam("reservedPercent", "95").formParam("mode", "ENFORCE")
                .post("/products/" + shop + "/planning/policy").then().statusCode(400)
                .body(containsString("id=\"reservedShare-error\""));
        sm.form().post("/products/" + shop + "/planning/" + sprint + "/close").then().statusCode(303);
        asAdmin().get("/api/v1/sprints/" + sprint).then().body("state", org.hamcrest.Matchers.is("CLOSED"));
    }

    @Test
    void aSprintWithoutCapacityPromptsForOneAndTheEditFormSetsIt() {
        String shop = product("PC");
        long sprint = sprint(shop, null);
        Browser sm = Browser.user(member(shop, "SCRUM_MASTER"));
        sm.page().get("/products/" + shop + "/planning").then().statusCode(200)
                .body(containsString("This sprint has no capacity yet"))
                .body(containsString("There are no closed sprints to take it from"));
        sm.form().formParam("version", "0").formParam("name", "Sprint 1").formParam("start", "2026-12-01")
                .formParam("end", "2026-11-01").formParam("capacity", "24")
                .post("/products/" + shop + "/planning/" + sprint + "/edit").then().statusCode(400)
                .body(containsString("cannot end before it starts"));
        sm.form().formParam("version", "0").formParam("name", "Sprint 1").formParam("start", "2026-12-01")
                .formParam("end", "2026-12-14").formParam("capacity", "24").formParam("reservedPercent", "30")
                .formParam("shareReason", "Pay down the checkout debt")
                .post("/products/" + shop + "/planning/" + sprint + "/edit").then().statusCode(303);
        asAdmin().get("/api/v1/sprints/" + sprint + "/plan").then().body("capacity", org.hamcrest.Matchers.is(24))
                .body("reservedShare", org.hamcrest.Matchers.is(0.3f));
        sm.form().formParam("version", "0").formParam("name", "Stale").formParam("start", "2026-12-01")
                .formParam("end", "2026-12-14").post("/products/" + shop + "/planning/" + sprint + "/edit").then()
                .statusCode(409).body(containsString("changed Sprint 1 meanwhile: your values are kept"))
                .body(containsString("value=\"Stale\"")).body(containsString("name=\"version\" value=\"1\""));
        asAdmin().get("/api/v1/sprints/" + sprint).then().body("name", org.hamcrest.Matchers.is("Sprint 1"));
    }

    @Test
    void theNextSprintsNameFollowsTheHighestNumber() {
        String shop = product("PN");
        for (String name : java.util.List.of("Sprint 24", "Sprint 25")) {
            asAdmin().body(Map.of("name", name, "start", "2026-12-01", "end", "2026-12-14"))
                    .post("/api/v1/products/" + shop + "/sprints").then().statusCode(201);
        }
        Browser.admin().page().get("/products/" + shop + "/planning").then().statusCode(200)
                .body(containsString("value=\"Sprint 26\""));
    }
}
