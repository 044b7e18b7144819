package org.onebacklog.transfer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.onebacklog.support.Api.asAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;

/**
 * A product with a played sprint goes out as one document and comes back under another key: the export of the
 * import is the same document, and every sprint's review shows the same figures.
 */
@QuarkusTest
class ProductTransferTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The product built by {@link #playedProduct()}: its key and its sprints, closed first, then active. */
    record Played(String key, List<Long> sprints) {
    }

    /**
     * A DoD criterion implying a review task; policy 20 % enforced. Sprint 1 (capacity 20): a story of 5, a
     * technical item of 2, then a story of 13 that only gets in with an override. The story's plain task is blocked,
     * then unblocked, then done with its DoD task; the technical item's DoD task is waived. Sprint 1 closes.
     * Sprint 2 starts with the story of 13 carried over and a bug, whose task added then removed lives on in the
     * record only. A story is archived. A developer has a task, and
     * the product has a display.
     */
    Played playedProduct() {
        String shop = Api.product("TR");
        String developer = Api.member(shop, "DEVELOPER");
        asAdmin().body(Map.of("version", org.onebacklog.support.Api.dodVersion(shop), "criteria", List.of(Map.of("text", "Code reviewed", "impliesTask", true,
                "taskTitle", "Code review", "category", "REVIEW", "estimate", 1))))
                .put("/api/v1/products/" + shop + "/dod").then().statusCode(200);
        Api.policy(shop, "0.20", "ENFORCE");
        LocalDate today = LocalDate.now();
        long first = sprint(shop, "Sprint 1", today.minusDays(10), today.plusDays(3), 20);
        String story5 = Api.estimated(shop, "STORY", 5);
        String technical2 = Api.estimated(shop, "TECHNICAL", 2);
        String story13 = Api.estimated(shop, "STORY", 13);
        String bug3 = Api.estimated(shop, "BUG", 3);
        String archived = Api.story(shop, "Pay by fax");
        asAdmin().body(Map.of("kind", "STORY", "title", "Labels and all", "labels", List.of("checkout", "mobile"),
                "description", "Some *Markdown*")).post("/api/v1/products/" + shop + "/items").then()
                .statusCode(201);
        commit(first, story5).then().statusCode(200);
        commit(first, technical2).then().statusCode(200);
        asAdmin().post("/api/v1/sprints/" + first + "/start").then().statusCode(200);
        commit(first, story13).then().statusCode(409);
        asAdmin().body(Map.of("itemKey", story13, "override", Map.of("reason", "Launch promised to the customer")))
                .post("/api/v1/sprints/" + first + "/items").then().statusCode(200);

        long plain = ((Number) asAdmin().body(Map.of("title", "Build the card form", "estimate", 3,
                "assignee", developer)).post("/api/v1/items/" + story5 + "/tasks").then().statusCode(201)
                .extract().path("id")).longValue();
        asAdmin().body(Map.of("reason", "Waiting for the payment sandbox")).post("/api/v1/tasks/" + plain + "/block")
                .then().statusCode(200);
        asAdmin().delete("/api/v1/tasks/" + plain + "/block").then().statusCode(200);
        move(plain, "DONE");
        move(dodTask(story5), "DONE");
        asAdmin().body(Map.of("reason", "Pair-programmed; the pair reviewed it"))
                .post("/api/v1/tasks/" + dodTask(technical2) + "/waive").then().statusCode(200);
        int itemVersion = asAdmin().get("/api/v1/items/" + technical2).then().extract().path("version");
        asAdmin().body(Map.of("status", "DONE", "version", itemVersion)).patch("/api/v1/items/" + technical2)
                .then().statusCode(200);
        asAdmin().post("/api/v1/sprints/" + first + "/close").then().statusCode(200);

        long second = sprint(shop, "Sprint 2", today, today.plusDays(13), 25);
        commit(second, story13).then().statusCode(200);
        commit(second, bug3).then().statusCode(200);
        asAdmin().post("/api/v1/sprints/" + second + "/start").then().statusCode(200);
        move(dodTask(bug3), "IN_PROGRESS");
        // A task removed again: only the record names it now (ref 6, after the five live tasks).
        long removed = ((Number) asAdmin().body(Map.of("title", "Spike the refund API", "estimate", 1))
                .post("/api/v1/items/" + bug3 + "/tasks").then().statusCode(201).extract().path("id")).longValue();
        asAdmin().delete("/api/v1/tasks/" + removed).then().statusCode(204);
        asAdmin().delete("/api/v1/items/" + archived).then().statusCode(204);
        asAdmin().body(Map.of("name", "Team room TV")).post("/api/v1/products/" + shop + "/displays").then()
                .statusCode(201);
        return new Played(shop, List.of(first, second));
    }

    @Test
    void theExportOfAnImportIsTheSameDocumentAndEverySprintReviewsTheSame() throws Exception {
        Played played = playedProduct();
        Response exported = asAdmin().get("/api/v1/products/" + played.key() + "/export");
        exported.then().statusCode(200).header("Content-Disposition", containsString(played.key() + "-backup.json"))
                .body("format", is("onebacklog-product")).body("version", is(1))
                .body("product.items.find { it.title == 'Pay by fax' }.archivedAt", org.hamcrest.Matchers.notNullValue())
                .body("product.displays.name", hasItem("Team room TV"))
                .body(not(containsString("tokenHash"))).body(not(containsString("obd_")))
                .body("product.members.find { it.role == 'DEVELOPER' }.username", containsString("developer-"))
                .body("product.tasks.find { it.waived }.waiveReason", is("Pair-programmed; the pair reviewed it"))
                .body("product.sprints[0].state", is("CLOSED")).body("product.sprints[1].state", is("ACTIVE"))
                .body("product.sprints[0].commitments.find { it.item == 3 }.overrideReason",
                        is("Launch promised to the customer"))
                .body("product.history.kind", hasItem("TASK_UNBLOCKED"))
                .body("product.history.find { it.kind == 'TASK_REMOVED' }.task", is(6))
                .body("product.history.item", hasItem(3))
                .body("product.dodVersions[0].criteria[0].id", is(1))
                .body(not(containsString("tokenHash"))).body(not(containsString("obd_")))
                .body(not(containsString("password")));
        String original = exported.asString();

        String copy = Api.freshKey("TC");
        Response imported = asAdmin().body(original).post("/api/v1/products/import?key=" + copy);
        imported.then().statusCode(201).header("Location", containsString("/api/v1/products/" + copy))
                .body("product.key", is(copy)).body("missingMembers", org.hamcrest.Matchers.empty())
                .body("displays[0].name", is("Team room TV")).body("displays[0].token", containsString("obd_"));
        String again = asAdmin().get("/api/v1/products/" + copy + "/export").then().statusCode(200).extract()
                .asString();

        JsonNode before = withoutMoment(JSON.readTree(original));
        JsonNode after = withoutMoment(JSON.readTree(again));
        assertEquals(copy, after.at("/product/key").asText());
        ((ObjectNode) after.get("product")).put("key", played.key());
        assertEquals(before, after);

        // Item numbers are kept and the next one follows the highest.
        asAdmin().get("/api/v1/items/" + copy + "-2").then().statusCode(200).body("kind", is("TECHNICAL"));
        String next = Api.story(copy, "After the import");
        assertEquals(copy + "-7", next);

        List<Long> copied = asAdmin().get("/api/v1/products/" + copy + "/sprints").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
        List<Long> copiedSorted = new ArrayList<>(copied);
        copiedSorted.sort(Long::compare);
        assertEquals(2, copiedSorted.size());
        for (int i = 0; i < 2; i++) {
            JsonNode originalReport = report(played.sprints().get(i), played.key());
            JsonNode copiedReport = report(copiedSorted.get(i), copy);
            assertEquals(originalReport, copiedReport, "the review of sprint " + (i + 1));
        }
        JsonNode closed = report(copiedSorted.get(0), copy);
        assertEquals("Pair-programmed; the pair reviewed it", closed.at("/waivers/0/reason").asText());
        assertEquals("Launch promised to the customer", closed.at("/overrides/0/reason").asText());
        assertFalse(closed.at("/blocked").isEmpty(), "the blocked spell is in the copy's review too");
    }

    @Test
    void aMemberWithoutAnAccountHereIsReportedNotInvented() throws Exception {
        String shop = Api.product("TM");
        Api.story(shop, "Checkout");
        ObjectNode document = (ObjectNode) JSON.readTree(asAdmin().get("/api/v1/products/" + shop + "/export")
                .then().statusCode(200).extract().asString());
        ((ArrayNode) document.at("/product/members")).addObject().put("username", "ghost-of-" + shop)
                .put("role", "DEVELOPER");
        String copy = Api.freshKey("TN");
        asAdmin().body(document.toString()).post("/api/v1/products/import?key=" + copy).then().statusCode(201)
                .body("missingMembers", is(List.of("ghost-of-" + shop)));
        asAdmin().get("/api/v1/products/" + copy + "/members").then().statusCode(200)
                .body("username", not(hasItem("ghost-of-" + shop)));
        asAdmin().get("/api/v1/users").then().body("username", not(hasItem("ghost-of-" + shop)));
    }

    @Test
    void aDocumentThatCannotBeReadIsRefusedWithThePlace() throws Exception {
        String shop = Api.product("TB");
        Api.story(shop, "First");
        Api.story(shop, "Second");
        ObjectNode document = (ObjectNode) JSON.readTree(asAdmin().get("/api/v1/products/" + shop + "/export")
                .then().statusCode(200).extract().asString());
        ((ObjectNode) document.at("/product/items/1")).put("kind", "EPIC");
        String copy = Api.freshKey("TD");
        asAdmin().body(document.toString()).post("/api/v1/products/import?key=" + copy).then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("/product/items/1/kind"))
                .body("violations[0].field", is("/product/items/1/kind"));

        ((ObjectNode) document.at("/product/items/1")).put("kind", "STORY").put("estimate", "a lot");
        asAdmin().body(document.toString()).post("/api/v1/products/import?key=" + copy).then().statusCode(400)
                .body("detail", containsString("/product/items/1/estimate"));

        asAdmin().body("{\"format\": \"onebacklog-product\", ").post("/api/v1/products/import?key=" + copy)
                .then().statusCode(400).body("detail", containsString("not JSON"));
        asAdmin().get("/api/v1/products/" + copy).then().statusCode(404);
    }

    @Test
    void anExistingKeyIsAConflict() {
        String shop = Api.product("TK");
        String document = asAdmin().get("/api/v1/products/" + shop + "/export").then().statusCode(200).extract()
                .asString();
        asAdmin().body(document).post("/api/v1/products/import").then().statusCode(409)
                .body("detail", containsString(shop));
    }

    @Test
    void onlyThoseWhoRunTheProductExportIt() {
        String shop = Api.product("TE");
        String developer = Api.member(shop, "DEVELOPER");
        Api.asUser(developer).get("/api/v1/products/" + shop + "/export").then().statusCode(403);
    }

    // --- helpers ---

    static long sprint(String shop, String name, LocalDate start, LocalDate end, int capacity) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "goal", "Pay with a saved card",
                "start", start.toString(), "end", end.toString(), "capacity", capacity));
        return ((Number) asAdmin().body(body).post("/api/v1/products/" + shop + "/sprints").then().statusCode(201)
                .extract().path("id")).longValue();
    }

    static Response commit(long sprint, String item) {
        return asAdmin().body(Map.of("itemKey", item)).post("/api/v1/sprints/" + sprint + "/items");
    }

    static long dodTask(String item) {
        return ((Number) asAdmin().get("/api/v1/items/" + item + "/tasks").then().statusCode(200).extract()
                .path("find { it.dodCriterionId != null }.id")).longValue();
    }

    static void move(long task, String column) {
        int version = asAdmin().get("/api/v1/tasks/" + task).then().extract().path("version");
        asAdmin().body(Map.of("column", column, "version", version)).post("/api/v1/tasks/" + task + "/move").then()
                .statusCode(200);
    }

    static JsonNode withoutMoment(JsonNode document) {
        ((ObjectNode) document).remove("exportedAt");
        return document;
    }

    /** A sprint's review as JSON, without ids, and with item keys written relative to the product. */
    static JsonNode report(long sprint, String productKey) throws Exception {
        String body = asAdmin().get("/api/v1/sprints/" + sprint + "/report").then().statusCode(200).extract()
                .asString();
        return normalized(JSON.readTree(body), productKey + "-");
    }

    static JsonNode normalized(JsonNode node, String keyPrefix) {
        if (node instanceof ObjectNode object) {
            for (String id : List.of("id", "sprintId", "taskId", "itemId")) {
                object.remove(id);
            }
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            fields.forEachRemaining(entries::add);
            for (Map.Entry<String, JsonNode> entry : entries) {
                object.set(entry.getKey(), normalized(entry.getValue(), keyPrefix));
            }
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, normalized(array.get(i), keyPrefix));
            }
            return array;
        }
        if (node.isTextual() && node.asText().contains(keyPrefix)) {
            return TextNode.valueOf(node.asText().replace(keyPrefix, "ITEM-"));
        }
        return node;
    }
}
