package org.onebacklog.backlog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;
import static org.onebacklog.support.Api.backlogKeys;
import static org.onebacklog.support.Api.item;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.product;
import static org.onebacklog.support.Api.story;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BacklogApiTest {

    @Test
    void itemsGetKeysInSequenceAndThePoItemsAreRankedAtTheBottom() {
        String shop = product("BA");
        String first = story(shop, "Browse the catalogue");
        String second = item(asAdmin(), shop, Map.of("kind", "BUG", "title", "Basket forgets items", "estimate", 3,
                "labels", List.of("Basket", "web"), "description", "Steps:\n\n1. add\n2. reload"));

        assertEquals(shop + "-1", first);
        assertEquals(shop + "-2", second);
        asAdmin().get("/api/v1/items/" + second).then().statusCode(200)
                .body("kind", is("BUG"))
                .body("estimate", is(3))
                .body("labels", contains("basket", "web"))
                .body("status", is("TODO"))
                .body("rank", is(2))
                .body("unranked", is(false))
                .body("version", is(0));
        assertEquals(List.of(first, second), backlogKeys(shop));
    }

    @Test
    void aTechnicalItemIsRefusedWithoutAValueStatementAndNothingIsSaved() {
        String shop = product("BT");
        asAdmin().body(Map.of("kind", "TECHNICAL", "title", "Split the order service"))
                .post("/api/v1/products/" + shop + "/items")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("valueStatement"))
                .body("violations[0].message", containsString("who benefits"));
        assertEquals(List.of(), backlogKeys(shop));

        String key = item(asAdmin(), shop, Map.of("kind", "TECHNICAL", "title", "Split the order service",
                "valueStatement", "Developers ship order changes in a day instead of a week; left undone, every "
                        + "release keeps risking checkout outages"));
        asAdmin().get("/api/v1/items/" + key).then().body("valueStatement", containsString("Developers ship"));
    }

    @Test
    void itemsAddedByTheTeamWaitUnrankedOnTopUntilThePoPlacesThem() {
        String shop = product("BU");
        String developer = member(shop, "DEVELOPER");
        String ranked = story(shop, "Ranked story");
        String idea = item(asUser(developer), shop, Map.of("kind", "STORY", "title", "Idea from the team"));

        asAdmin().get("/api/v1/products/" + shop + "/backlog").then().statusCode(200)
                .body("key", contains(idea, ranked))
                .body("[0].unranked", is(true))
                .body("[0].rank", nullValue())
                .body("[1].rank", is(1));

        asAdmin().body(Map.of("after", ranked)).post("/api/v1/items/" + idea + "/rank").then().statusCode(200)
                .body("unranked", is(false)).body("rank", is(2));
        assertEquals(List.of(ranked, idea), backlogKeys(shop));
    }

    @Test
    void thePoPlacesItemsAfterBeforeAndOnTop() {
        String shop = product("BR");
        String a = story(shop, "A");
        String b = story(shop, "B");
        String c = story(shop, "C");
        String d = story(shop, "D");

        asAdmin().body(Map.of("after", a)).post("/api/v1/items/" + d + "/rank").then().statusCode(200);
        assertEquals(List.of(a, d, b, c), backlogKeys(shop));
        asAdmin().body(Map.of("before", a)).post("/api/v1/items/" + c + "/rank").then().statusCode(200);
        assertEquals(List.of(c, a, d, b), backlogKeys(shop));
        asAdmin().post("/api/v1/items/" + b + "/rank").then().statusCode(200).body("rank", is(1));
        assertEquals(List.of(b, c, a, d), backlogKeys(shop));
        asAdmin().body(Map.of("after", c, "before", a)).post("/api/v1/items/" + d + "/rank").then().statusCode(200);
        assertEquals(List.of(b, c, d, a), backlogKeys(shop));
    }

    @Test
    void manyMovesIntoTheSameGapKeepTheOrder() {
        String shop = product("BG");
        String top = story(shop, "Top");
        String bottom = story(shop, "Bottom");
        String moving1 = story(shop, "Moving 1");
        String moving2 = story(shop, "Moving 2");
        // Alternate two items into the gap right after the top item: each move splits the same gap again.
        for (int i = 0; i < 60; i++) {
            String moving = i % 2 == 0 ? moving1 : moving2;
            asAdmin().body(Map.of("after", top)).post("/api/v1/items/" + moving + "/rank").then().statusCode(200);
        }
        assertEquals(List.of(top, moving2, moving1, bottom), backlogKeys(shop));
    }

    @Test
    void onlyTheProductOwnerOrdersTheBacklog() {
        String shop = product("BO");
        String a = story(shop, "A");
        String b = story(shop, "B");
        String owner = member(shop, "PRODUCT_OWNER");
        for (String role : List.of("DEVELOPER", "SCRUM_MASTER", "VIEWER")) {
            String someone = member(shop, role);
            asUser(someone).post("/api/v1/items/" + b + "/rank").then().statusCode(403)
                    .body("detail", containsString("Only the Product Owner"));
        }
        assertEquals(List.of(a, b), backlogKeys(shop));
        asUser(owner).post("/api/v1/items/" + b + "/rank").then().statusCode(200);
        assertEquals(List.of(b, a), backlogKeys(shop));
    }

    @Test
    void viewersReadButCannotWriteAndOutsidersCannotRead() {
        String shop = product("BV");
        String other = product("BX");
        String viewer = member(shop, "VIEWER");
        String outsider = member(other, "PRODUCT_OWNER");
        String key = story(shop, "Readable");

        asUser(viewer).get("/api/v1/products/" + shop + "/backlog").then().statusCode(200).body("key", hasItem(key));
        asUser(viewer).body(Map.of("kind", "STORY", "title", "Sneaky")).post("/api/v1/products/" + shop + "/items")
                .then().statusCode(403);
        asUser(viewer).body(Map.of("title", "Changed", "version", 0)).patch("/api/v1/items/" + key)
                .then().statusCode(403);
        asUser(outsider).get("/api/v1/products/" + shop + "/backlog").then().statusCode(403);
        asUser(outsider).get("/api/v1/items/" + key).then().statusCode(403);
        given().get("/api/v1/products/" + shop + "/backlog").then().statusCode(401);
        given().auth().preemptive().basic(viewer, "wrong-password").get("/api/v1/products/" + shop + "/backlog")
                .then().statusCode(401);
        asAdmin().get("/api/v1/items/" + key).then().body("title", is("Readable")).body("version", is(0));
    }

    @Test
    void aStaleVersionGetsAConflictWithTheFreshItem() {
        String shop = product("BC");
        String key = story(shop, "Original");
        asAdmin().body(Map.of("title", "First edit", "version", 0)).patch("/api/v1/items/" + key)
                .then().statusCode(200).body("title", is("First edit")).body("version", is(1));

        asAdmin().body(Map.of("title", "Late edit", "version", 0)).patch("/api/v1/items/" + key)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("current.title", is("First edit"))
                .body("current.version", is(1));
        asAdmin().get("/api/v1/items/" + key).then().body("title", is("First edit"));
    }

    @Test
    void patchChangesOnlyTheFieldsSentAndNullClearsOptionalOnes() {
        String shop = product("BP");
        String key = item(asAdmin(), shop, Map.of("kind", "STORY", "title", "Pay by card", "estimate", 5,
                "description", "Some words", "labels", List.of("payments")));
        Map<String, Object> change = new java.util.HashMap<>();
        change.put("estimate", 8);
        change.put("description", null);
        change.put("version", 0);
        asAdmin().body(change).patch("/api/v1/items/" + key).then().statusCode(200)
                .body("title", is("Pay by card"))
                .body("estimate", is(8))
                .body("description", nullValue())
                .body("labels", contains("payments"));
    }

    @Test
    void patchWithoutVersionIsRefused() {
        String shop = product("BN");
        String key = story(shop, "Needs a version");
        asAdmin().body(Map.of("title", "x")).patch("/api/v1/items/" + key).then().statusCode(400)
                .body("violations.field", hasItem("version"));
    }

    @Test
    void backlogFiltersByKindLabelAndText() {
        String shop = product("BF");
        String pay = item(asAdmin(), shop, Map.of("kind", "STORY", "title", "Pay with PayPal", "labels",
                List.of("payments")));
        String bug = item(asAdmin(), shop, Map.of("kind", "BUG", "title", "Totals are off", "labels",
                List.of("payments")));
        String tech = item(asAdmin(), shop, Map.of("kind", "TECHNICAL", "title", "Upgrade the database",
                "valueStatement", "Operations keep security support; left undone we run an unsupported version"));

        asAdmin().queryParam("kind", "BUG").get("/api/v1/products/" + shop + "/backlog").then()
                .body("key", contains(bug));
        asAdmin().queryParam("label", "payments").get("/api/v1/products/" + shop + "/backlog").then()
                .body("key", contains(pay, bug));
        asAdmin().queryParam("q", "paypal").get("/api/v1/products/" + shop + "/backlog").then()
                .body("key", contains(pay));
        asAdmin().queryParam("q", "upgrade").queryParam("kind", "TECHNICAL")
                .get("/api/v1/products/" + shop + "/backlog").then().body("key", contains(tech))
                .body("[0].rank", is(3));
        asAdmin().queryParam("q", "100%").get("/api/v1/products/" + shop + "/backlog").then()
                .statusCode(200).body("size()", is(0));
        asAdmin().queryParam("kind", "EPIC").get("/api/v1/products/" + shop + "/backlog").then()
                .statusCode(400).body("violations[0].field", equalTo("kind"));
    }

    @Test
    void rankingRejectsUnknownOrForeignNeighbours() {
        String shop = product("BK");
        String other = product("BY");
        String a = story(shop, "A");
        String foreign = story(other, "Foreign");
        asAdmin().body(Map.of("after", foreign)).post("/api/v1/items/" + a + "/rank").then().statusCode(400)
                .body("violations[0].field", is("after"));
        asAdmin().body(Map.of("before", a)).post("/api/v1/items/" + a + "/rank").then().statusCode(400)
                .body("violations[0].message", containsString("itself"));
        asAdmin().post("/api/v1/items/" + shop + "-99/rank").then().statusCode(404);
    }
}
