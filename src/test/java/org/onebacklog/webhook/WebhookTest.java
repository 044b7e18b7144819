package org.onebacklog.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Browser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.product;

/**
 * Webhooks end to end, against a receiver on loopback (the test profile allows it): signed deliveries after the
 * change commits, retries, order per webhook, nothing for a rolled-back write, sending again, and a delivery left
 * in the database by an earlier run.
 */
@QuarkusTest
class WebhookTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Inject
    DeliveryWorker worker;

    record Hook(long id, String secret) {
    }

    static Hook webhook(String shop, String url, String... events) {
        var created = asAdmin().body(Map.of("url", url, "events", List.of(events)))
                .post("/api/v1/products/" + shop + "/webhooks").then().statusCode(201)
                .body("url", is(url)).body("events", is(List.of(events))).body("secret", startsWith("whsec_"))
                .extract();
        return new Hook(((Number) created.path("id")).longValue(), created.path("secret"));
    }

    /** Verifies the signature as a receiver would, with javax.crypto and the secret alone; returns the body. */
    static JsonNode verified(Receiver.Received r, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, r.signature());
        assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(r.timestamp())) < 60);
        assertEquals("application/json", r.contentType());
        return JSON.readTree(r.body());
    }

    @Test
    void aTaskMoveIsPostedSignedWithTheEventsValues() throws Exception {
        Api.ActiveBoard board = Api.activeBoard("WH");
        long task = Api.task(board.sprint(), 0);
        try (Receiver receiver = new Receiver()) {
            Hook hook = webhook(board.product(), receiver.url(), "TaskMoved");
            asAdmin().body(Map.of("column", "IN_PROGRESS", "version", 0)).post("/api/v1/tasks/" + task + "/move")
                    .then().statusCode(200);
            Receiver.Received r = receiver.next();
            JsonNode body = verified(r, hook.secret());
            assertEquals("TaskMoved", body.get("type").asText());
            assertEquals(board.product(), body.get("productKey").asText());
            assertEquals("admin", body.get("actor").asText());
            assertTrue(Instant.parse(body.get("at").asText()).isBefore(Instant.now()));
            assertEquals(task, body.at("/data/task/id").asLong());
            assertEquals("TODO", body.at("/data/from").asText());
            assertEquals("IN_PROGRESS", body.at("/data/to").asText());
            assertTrue(body.at("/data/stamp").isMissingNode(), "the stamp is said once, above data");

            awaitLog(hook.id(), 0, "DELIVERED");
            asAdmin().get("/api/v1/webhooks/" + hook.id() + "/deliveries").then()
                    .body("[0].type", is("TaskMoved")).body("[0].attempts", is(1))
                    .body("[0].lastStatusCode", is(200)).body("[0].lastError", nullValue())
                    .body("[0].messageId", is(r.id()));
            asAdmin().get("/api/v1/products/" + board.product() + "/webhooks").then()
                    .body("[0].url", is(receiver.url())).body("[0]", not(hasKey("secret")));
        }
    }

    @Test
    void aRefusedDeliveryIsRetriedAndHoldsBackTheLaterOnes() throws Exception {
        String shop = product("WR");
        try (Receiver receiver = new Receiver(500)) {
            Hook hook = webhook(shop, receiver.url(), "*");
            for (String title : List.of("First", "Second", "Third", "Fourth")) {
                Api.item(asAdmin(), shop, Map.of("kind", "STORY", "title", title));
            }
            List<Receiver.Received> got = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                got.add(receiver.next());
            }
            List<String> titles = new java.util.ArrayList<>();
            for (Receiver.Received r : got) {
                titles.add(verified(r, hook.secret()).at("/data/item/title").asText());
            }
            assertEquals(List.of("First", "First", "Second", "Third", "Fourth"), titles);
            assertEquals(got.get(0).id(), got.get(1).id(), "a retry keeps its webhook-id");
            awaitLog(hook.id(), 0, "DELIVERED");
            asAdmin().get("/api/v1/webhooks/" + hook.id() + "/deliveries").then()
                    .body("[3].type", is("ItemAdded")).body("[3].attempts", is(2)).body("[3].status", is("DELIVERED"))
                    .body("[0].attempts", is(1));
            io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200)
                    .body(containsString("onebacklog_webhook_deliveries_total{outcome=\"failed\"}"))
                    .body(containsString("onebacklog_webhook_deliveries_total{outcome=\"delivered\"}"));
        }
    }

    @Test
    void aRolledBackWriteDeliversNothing() throws Exception {
        String shop = product("WB");
        Api.policy(shop, "0.2", "ENFORCE");
        long sprint = Api.sprint(shop, 5);
        String big = Api.estimated(shop, "STORY", 13);
        try (Receiver receiver = new Receiver()) {
            Hook hook = webhook(shop, receiver.url(), "*");
            asAdmin().body(Map.of("itemKey", big)).post("/api/v1/sprints/" + sprint + "/items").then()
                    .statusCode(409);
            Api.story(shop, "After the refusal");
            JsonNode body = verified(receiver.next(), hook.secret());
            assertEquals("ItemAdded", body.get("type").asText());
            assertEquals(List.of(), receiver.within(500));
            asAdmin().get("/api/v1/webhooks/" + hook.id() + "/deliveries").then().body("size()", is(1));
        }
    }

    @Test
    void aDeliveryIsSentAgainWithItsId() throws Exception {
        String shop = product("WA");
        try (Receiver receiver = new Receiver()) {
            Hook hook = webhook(shop, receiver.url(), "ItemAdded");
            Api.story(shop, "Once more");
            Receiver.Received first = receiver.next();
            long delivery = awaitLog(hook.id(), 0, "DELIVERED");
            asAdmin().post("/api/v1/webhooks/" + hook.id() + "/deliveries/" + delivery + "/redeliver").then()
                    .statusCode(202).body("status", is("PENDING"));
            Receiver.Received again = receiver.next();
            assertEquals(first.id(), again.id());
            assertEquals(first.body(), again.body());
            verified(again, hook.secret());
            asAdmin().post("/api/v1/webhooks/" + hook.id() + "/deliveries/999999999/redeliver").then()
                    .statusCode(404);
        }
    }

    @Test
    void aDeliveryLeftInTheDatabaseByAnEarlierRunIsSent() throws Exception {
        String shop = product("WS");
        try (Receiver receiver = new Receiver()) {
            Hook hook = webhook(shop, receiver.url(), "ItemAdded");
            Instant hourAgo = Instant.now().minusSeconds(3600);
            // As a crashed instance leaves it: failed twice, claimed by a sender whose lease ran out.
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into webhook_delivery"
                    + " (id, webhook_id, message_id, event_type, body, status, attempts, next_attempt_at,"
                    + " claimed_by, claimed_until, created_at) values (nextval('webhook_delivery_seq'), ?1,"
                    + " 'msg_left_behind', 'ItemAdded', '{\"type\":\"ItemAdded\"}', 'FAILED', 2, ?2, 'gone', ?2, ?2)")
                    .setParameter(1, hook.id()).setParameter(2, hourAgo).executeUpdate());
            Receiver.Received r = receiver.next();
            assertEquals("msg_left_behind", r.id());
            assertEquals("{\"type\":\"ItemAdded\"}", r.body());
            verified(r, hook.secret());
            awaitLog(hook.id(), 0, "DELIVERED");
            asAdmin().get("/api/v1/webhooks/" + hook.id() + "/deliveries").then().body("[0].attempts", is(3));
        }
    }

    @Test
    void aDeliveryAnotherInstanceClaimedIsLeftToItUntilItsLeaseRunsOut() throws Exception {
        String shop = product("WC");
        try (Receiver receiver = new Receiver()) {
            Hook hook = webhook(shop, receiver.url(), "ItemAdded");
            Instant past = Instant.now().minusSeconds(60);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into webhook_delivery"
                    + " (id, webhook_id, message_id, event_type, body, status, attempts, next_attempt_at,"
                    + " claimed_by, claimed_until, created_at) values (nextval('webhook_delivery_seq'), ?1,"
                    + " 'msg_claimed', 'ItemAdded', '{}', 'PENDING', 0, ?2, 'other-instance', ?3, ?2)")
                    .setParameter(1, hook.id()).setParameter(2, past).setParameter(3, past.plusSeconds(3600))
                    .executeUpdate());
            Api.story(shop, "Behind the claimed one");
            assertEquals(List.of(), receiver.within(1000), "claimed elsewhere, and first in the queue");
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update webhook_delivery set claimed_until = ?1 where message_id = 'msg_claimed'")
                    .setParameter(1, past).executeUpdate());
            assertEquals("msg_claimed", receiver.next().id());
            assertEquals("Behind the claimed one",
                    verified(receiver.next(), hook.secret()).at("/data/item/title").asText());
        }
    }

    @Test
    void aDeliveryStillFailingAfterADayIsGivenUpAndTheNextOneGoes() throws Exception {
        String shop = product("WG");
        try (Receiver receiver = new Receiver(500)) {
            Hook hook = webhook(shop, receiver.url(), "ItemAdded");
            Instant dayAgo = Instant.now().minusSeconds(26 * 3600);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into webhook_delivery"
                    + " (id, webhook_id, message_id, event_type, body, status, attempts, next_attempt_at,"
                    + " created_at) values (nextval('webhook_delivery_seq'), ?1, 'msg_stale', 'ItemAdded', '{}',"
                    + " 'FAILED', 30, ?2, ?2)").setParameter(1, hook.id()).setParameter(2, dayAgo).executeUpdate());
            Api.story(shop, "After the stale one");
            assertEquals("msg_stale", receiver.next().id());
            assertEquals("After the stale one",
                    verified(receiver.next(), hook.secret()).at("/data/item/title").asText());
            awaitLog(hook.id(), 0, "DELIVERED");
            asAdmin().get("/api/v1/webhooks/" + hook.id() + "/deliveries").then()
                    .body("[1].status", is("GIVEN_UP")).body("[1].attempts", is(31))
                    .body("[1].lastStatusCode", is(500)).body("[1].lastError", is("The receiver answered 500"));
        }
    }

    @Test
    void finishedDeliveriesAreForgottenAfterAMonth() throws Exception {
        String shop = product("WF");
        Hook hook = webhook(shop, "http://127.0.0.1:9/hook", "ItemAdded");
        Instant old = Instant.now().minusSeconds(31L * 24 * 3600);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into webhook_delivery"
                + " (id, webhook_id, message_id, event_type, body, status, attempts, next_attempt_at, created_at,"
                + " delivered_at) values (nextval('webhook_delivery_seq'), ?1, 'msg_old', 'ItemAdded', '{}',"
                + " 'DELIVERED', 1, ?2, ?2, ?2)").setParameter(1, hook.id()).setParameter(2, old).executeUpdate());
        asAdmin().get("/api/v1/webhooks/" + hook.id() + "/deliveries").then().body("size()", is(1));
        worker.prune();
        asAdmin().get("/api/v1/webhooks/" + hook.id() + "/deliveries").then().body("size()", is(0));
    }

    @Test
    void onlyTheProductOwnerOrScrumMasterManagesWebhooksWithKnownEventsAndHttpAddresses() {
        String shop = product("WM");
        String dev = member(shop, "DEVELOPER");
        String sm = member(shop, "SCRUM_MASTER");
        String viewer = member(shop, "VIEWER");
        String outsider = member(product("WO"), "PRODUCT_OWNER");
        Map<String, Object> hook = Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("*"));
        io.restassured.RestAssured.given().contentType("application/json").body(hook)
                .post("/api/v1/products/" + shop + "/webhooks").then().statusCode(401);
        for (String refused : List.of(dev, viewer, outsider)) {
            asUser(refused).body(hook).post("/api/v1/products/" + shop + "/webhooks").then().statusCode(403);
        }
        asUser(member(shop, "PRODUCT_OWNER")).body(hook).post("/api/v1/products/" + shop + "/webhooks").then()
                .statusCode(201);
        Browser.user(dev).page().get("/products/" + shop + "/webhooks").then().statusCode(403);
        asUser(sm).body(Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("TaskMoved", "Nonsense")))
                .post("/api/v1/products/" + shop + "/webhooks").then().statusCode(400)
                .body("violations[0].field", is("events")).body("violations[0].message", containsString("Nonsense"));
        asUser(sm).body(Map.of("url", "ftp://127.0.0.1/hook", "events", List.of()))
                .post("/api/v1/products/" + shop + "/webhooks").then().statusCode(400)
                .body("violations.field", is(List.of("url", "events")));
        long id = ((Number) asUser(sm).body(Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("*")))
                .post("/api/v1/products/" + shop + "/webhooks").then().statusCode(201).extract().path("id"))
                .longValue();
        asUser(dev).get("/api/v1/products/" + shop + "/webhooks").then().statusCode(403);
        asUser(dev).delete("/api/v1/webhooks/" + id).then().statusCode(403);
        asUser(dev).get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(403);
        asUser(sm).delete("/api/v1/webhooks/" + id).then().statusCode(204);
        asUser(sm).get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(404);
        asUser(sm).get("/api/v1/products/" + shop + "/webhooks").then().body("size()", is(1));
    }

    @Test
    void thePageAddsAWebhookShowsItsSecretOnceAndItsDeliveries() throws Exception {
        String shop = product("WP");
        Browser po = Browser.user(member(shop, "PRODUCT_OWNER"));
        po.page().get("/products/" + shop + "/members").then().body(containsString("/products/" + shop + "/webhooks"));
        po.page().get("/products/" + shop + "/webhooks").then().statusCode(200)
                .body(containsString("No webhook hears " + shop + " yet"));
        po.htmx().formParam("url", "gopher://127.0.0.1/").post("/products/" + shop + "/webhooks").then()
                .statusCode(400).body(containsString("id=\"url-error\"")).body(containsString("id=\"events-error\""));
        try (Receiver receiver = new Receiver()) {
            String page = po.htmx().formParam("url", receiver.url()).formParam("events", "ItemAdded")
                    .post("/products/" + shop + "/webhooks").then().statusCode(200)
                    .body(containsString("data-webhook-secret>whsec_")).extract().asString();
            Api.story(shop, "Seen on the page");
            receiver.next();
            long id = ((Number) asAdmin().get("/api/v1/products/" + shop + "/webhooks").then().extract()
                    .path("[0].id")).longValue();
            long delivery = awaitLog(id, 0, "DELIVERED");
            po.page().get("/products/" + shop + "/webhooks").then()
                    .body(not(containsString("whsec_"))).body(containsString("data-delivery-id=\"" + delivery + "\""))
                    .body(containsString("DELIVERED"));
            po.htmx().post("/products/" + shop + "/webhooks/" + id + "/deliveries/" + delivery + "/redeliver").then()
                    .statusCode(200).body(containsString("Queued to be sent again"));
            receiver.next();
            po.htmx().post("/products/" + shop + "/webhooks/" + id + "/delete").then().statusCode(200)
                    .body(containsString("No webhook hears"));
            assertTrue(page.contains("ItemAdded"));
        }
    }

    /** Waits until the log's entry at {@code index} (newest first) has that status; returns its id. */
    static long awaitLog(long webhook, int index, String status) throws InterruptedException {
        long until = System.currentTimeMillis() + 15_000;
        while (true) {
            var log = asAdmin().get("/api/v1/webhooks/" + webhook + "/deliveries").then().statusCode(200).extract();
            List<String> statuses = log.path("status");
            if (statuses.size() > index && status.equals(statuses.get(index))) {
                return ((Number) log.path("[" + index + "].id")).longValue();
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("Delivery " + index + " of webhook " + webhook + " is " + statuses);
            }
            Thread.sleep(50);
        }
    }
}
