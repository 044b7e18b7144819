package org.onebacklog.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Talks to the running test app the way a script would: HTTP Basic, JSON. Each test makes its own product with
 * a fresh key, so tests never see each other's data.
 */
public final class Api {

    public static final String ADMIN_PASSWORD = "admin-secret";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Api() {
    }

    public static RequestSpecification as(String username, String password) {
        return given().auth().preemptive().basic(username, password).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static RequestSpecification asAdmin() {
        return as("admin", ADMIN_PASSWORD);
    }

    /** A product key no other test uses, such as P3K. */
    public static String freshKey(String prefix) {
        String number = Integer.toString(SEQUENCE.incrementAndGet(), 36).toUpperCase();
        return prefix + "0".repeat(Math.max(0, 3 - number.length())) + number;
    }

    /** Creates a product as admin and returns its key. */
    public static String product(String prefix) {
        String key = freshKey(prefix);
        asAdmin().body(Map.of("key", key, "name", "Product " + key)).post("/api/v1/products").then().statusCode(201);
        return key;
    }

    /** Adds a member with that role, creating the account (password: {@link #password(String)}). */
    public static String member(String productKey, String role) {
        String username = role.toLowerCase().replace("_", "") + "-" + productKey.toLowerCase();
        asAdmin().body(Map.of("username", username, "role", role, "password", password(username)))
                .post("/api/v1/products/" + productKey + "/members").then().statusCode(201);
        return username;
    }

    /** Each test user's password: one of their own, which (as PasswordPolicy asks) does not contain their name. */
    public static String password(String username) {
        return "pw-" + Integer.toHexString(username.hashCode()) + "-long-enough";
    }

    public static RequestSpecification asUser(String username) {
        return as(username, password(username));
    }

    /** Adds an item as admin (so it is ranked, at the bottom) and returns its key. */
    public static String story(String productKey, String title) {
        return item(asAdmin(), productKey, Map.of("kind", "STORY", "title", title));
    }

    public static String item(RequestSpecification who, String productKey, Map<String, ?> body) {
        Response response = who.body(body).post("/api/v1/products/" + productKey + "/items");
        response.then().statusCode(201);
        return response.path("key");
    }

    /** Creates a planned sprint (two weeks from 2026-12-01) and returns its id. */
    public static long sprint(String productKey, Object capacity) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "Sprint " + SEQUENCE.incrementAndGet(),
                "goal", "Ship it", "start", "2026-12-01", "end", "2026-12-14"));
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        Response response = asAdmin().body(body).post("/api/v1/products/" + productKey + "/sprints");
        response.then().statusCode(201);
        return ((Number) response.path("id")).longValue();
    }

    /** The version a resource is at now, as its GET gives it: what a script sends back with its change. */
    public static int versionOf(String path) {
        return asAdmin().get(path).then().statusCode(200).extract().path("version");
    }

    /** The Definition of Done's version now, which a replacement of it sends. */
    public static int dodVersion(String productKey) {
        return versionOf("/api/v1/products/" + productKey + "/dod");
    }

    /** The version of the board's columns now, which a change of them sends. */
    public static int columnsVersion(String productKey) {
        return versionOf("/api/v1/products/" + productKey + "/columns");
    }

    /** The capacity policy's version now, which a change of it sends. */
    public static int policyVersion(String productKey) {
        return versionOf("/api/v1/products/" + productKey + "/capacity-policy");
    }

    /** Sets the product's capacity policy. */
    public static void policy(String productKey, String share, String mode) {
        asAdmin().body(Map.of("reservedShare", new java.math.BigDecimal(share), "mode", mode, "version",
                        policyVersion(productKey)))
                .put("/api/v1/products/" + productKey + "/capacity-policy").then().statusCode(200);
    }

    /** Adds an item of that kind and estimate as admin (ranked) and returns its key. */
    public static String estimated(String productKey, String kind, Object estimate) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kind", kind, "title", kind + " " + estimate,
                "estimate", estimate));
        if (kind.equals("TECHNICAL")) {
            body.put("valueStatement", "The team keeps its pace; left undone, every change gets slower");
        }
        return item(asAdmin(), productKey, body);
    }

    /** A product with an active sprint holding two items (a story, a technical item), each with one plain task. */
    public record ActiveBoard(String product, long sprint) {
    }

    public static ActiveBoard activeBoard(String prefix) {
        String shop = product(prefix);
        long sprint = sprint(shop, 50);
        for (String item : java.util.List.of(estimated(shop, "STORY", 3), estimated(shop, "TECHNICAL", 2))) {
            asAdmin().body(Map.of("itemKey", item)).post("/api/v1/sprints/" + sprint + "/items").then().statusCode(200);
            asAdmin().body(Map.of("title", "Build " + item, "estimate", 2)).post("/api/v1/items/" + item + "/tasks")
                    .then().statusCode(201);
        }
        asAdmin().post("/api/v1/sprints/" + sprint + "/start").then().statusCode(200);
        return new ActiveBoard(shop, sprint);
    }

    /** The id of the first task in lane {@code lane} of the sprint's board. */
    public static long task(long sprint, int lane) {
        return ((Number) asAdmin().get("/api/v1/sprints/" + sprint + "/board").then().extract()
                .path("lanes[" + lane + "].tasks[0].id")).longValue();
    }

    /** Keys of the backlog, in the order the API gives them. */
    public static java.util.List<String> backlogKeys(String productKey) {
        return asAdmin().get("/api/v1/products/" + productKey + "/backlog").then().statusCode(200).extract()
                .jsonPath().getList("key", String.class);
    }
}
