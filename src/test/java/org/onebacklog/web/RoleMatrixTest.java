package org.onebacklog.web;

import static io.restassured.RestAssured.given;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.product;
import static org.onebacklog.support.Api.story;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onebacklog.support.Browser;

/**
 * Every write, as every kind of caller: anonymous, viewer, developer, Scrum Master, Product Owner, admin, and a
 * member of another product. Each row states the status that caller must get.
 */
@QuarkusTest
class RoleMatrixTest {

    static final List<String> CALLERS = List.of("anonymous", "viewer", "developer", "scrumMaster", "productOwner",
            "admin", "outsider");

    /** The team of one product, made once for the whole table. */
    static final class Team {
        final String product = product("RM");
        final String other = product("RN");
        final Map<String, String> usernames = new LinkedHashMap<>();
        final Map<String, Browser> browsers = new LinkedHashMap<>();

        Team() {
            usernames.put("viewer", member(product, "VIEWER"));
            usernames.put("developer", member(product, "DEVELOPER"));
            usernames.put("scrumMaster", member(product, "SCRUM_MASTER"));
            usernames.put("productOwner", member(product, "PRODUCT_OWNER"));
            usernames.put("outsider", member(other, "PRODUCT_OWNER"));
        }

        RequestSpecification api(String caller) {
            return switch (caller) {
                case "anonymous" -> given().contentType(ContentType.JSON).accept(ContentType.JSON);
                case "admin" -> asAdmin();
                default -> asUser(usernames.get(caller));
            };
        }

        RequestSpecification page(String caller) {
            if (caller.equals("anonymous")) {
                return given().redirects().follow(false).header("HX-Request", "true").contentType(ContentType.URLENC);
            }
            return browsers.computeIfAbsent(caller, c -> c.equals("admin") ? Browser.admin()
                    : Browser.user(usernames.get(c))).htmx();
        }

        String freshItem() {
            return story(product, "Item " + COUNTER.incrementAndGet());
        }

        private Long sprint;

        /** A sprint with room for every commitment the table makes. */
        synchronized long sprint() {
            if (sprint == null) {
                sprint = org.onebacklog.support.Api.sprint(product, 10000);
                asAdmin().body(Map.of("version", org.onebacklog.support.Api.dodVersion(product), "criteria", List.of(Map.of("text", "Docs updated", "impliesTask", true,
                        "taskTitle", "Update docs", "category", "DOCUMENTATION", "estimate", 1))))
                        .put("/api/v1/products/" + product + "/dod").then().statusCode(200);
            }
            return sprint;
        }

        /** A fresh DoD-implied task: a new item committed to the sprint. */
        long dodTask() {
            String item = freshItem();
            asAdmin().body(Map.of("itemKey", item)).post("/api/v1/sprints/" + sprint() + "/items").then()
                    .statusCode(200);
            return ((Number) asAdmin().get("/api/v1/items/" + item + "/tasks").then().extract().path("[0].id"))
                    .longValue();
        }

        long version(String item) {
            return ((Number) asAdmin().get("/api/v1/items/" + item).then().extract().path("version")).longValue();
        }
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Team team;

    private static synchronized Team team() {
        if (team == null) {
            team = new Team();
        }
        return team;
    }

    record Write(String name, BiFunction<Team, String, Response> call, int... expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> matrix() {
        // Expected statuses in CALLERS order: anonymous, viewer, developer, SM, PO, admin, outsider.
        List<Write> writes = List.of(
                new Write("API create product", (t, c) -> t.api(c).body(Map.of("key", org.onebacklog.support.Api
                        .freshKey("RP"), "name", "Mine")).post("/api/v1/products"),
                        401, 201, 201, 201, 201, 201, 201),
                new Write("API add item", (t, c) -> t.api(c).body(Map.of("kind", "STORY", "title", "By " + c))
                        .post("/api/v1/products/" + t.product + "/items"),
                        401, 403, 201, 201, 201, 201, 403),
                new Write("API edit item", (t, c) -> {
                    String item = t.freshItem();
                    return t.api(c).body(Map.of("title", "Edited by " + c, "version", t.version(item)))
                            .patch("/api/v1/items/" + item);
                }, 401, 403, 200, 200, 200, 200, 403),
                new Write("API rank item", (t, c) -> t.api(c).post("/api/v1/items/" + t.freshItem() + "/rank"),
                        401, 403, 403, 403, 200, 200, 403),
                new Write("API add member", (t, c) -> t.api(c).body(Map.of("username", "new-" + COUNTER
                        .incrementAndGet(), "role", "VIEWER", "password", "long-enough-password"))
                        .post("/api/v1/products/" + t.product + "/members"),
                        401, 403, 403, 201, 201, 201, 403),
                new Write("API create token", (t, c) -> t.api(c).body(Map.of("name", "token of " + c))
                        .post("/api/v1/tokens"),
                        401, 201, 201, 201, 201, 201, 201),
                new Write("API replace DoD", (t, c) -> t.api(c).body(Map.of("version", org.onebacklog.support.Api.dodVersion(t.other),
                        "criteria", List.of(Map.of("text", "Reviewed", "impliesTask", false)))).put("/api/v1/products/" + t.other + "/dod"),
                        401, 403, 403, 403, 403, 200, 200),
                new Write("API set capacity policy", (t, c) -> t.api(c).body(Map.of("reservedShare", 0.2, "mode",
                        "WARN", "version", org.onebacklog.support.Api.policyVersion(t.product))).put("/api/v1/products/" + t.product + "/capacity-policy"),
                        401, 403, 403, 200, 200, 200, 403),
                new Write("API create sprint", (t, c) -> t.api(c).body(Map.of("name", "By " + c, "start",
                        "2027-01-04", "end", "2027-01-15")).post("/api/v1/products/" + t.product + "/sprints"),
                        401, 403, 403, 201, 201, 201, 403),
                new Write("API commit item", (t, c) -> t.api(c).body(Map.of("itemKey", t.freshItem()))
                        .post("/api/v1/sprints/" + t.sprint() + "/items"),
                        401, 403, 200, 200, 200, 200, 403),
                new Write("API add task", (t, c) -> t.api(c).body(Map.of("title", "Task by " + c))
                        .post("/api/v1/items/" + t.freshItem() + "/tasks"),
                        401, 403, 201, 201, 201, 201, 403),
                new Write("API waive DoD task", (t, c) -> t.api(c).body(Map.of("reason", "Not needed here"))
                        .post("/api/v1/tasks/" + t.dodTask() + "/waive"),
                        401, 403, 403, 403, 200, 200, 403),
                new Write("page add member", (t, c) -> t.page(c).formParam("username", "page-" + COUNTER
                        .incrementAndGet()).formParam("role", "VIEWER").formParam("password", "long-enough-password")
                        .post("/products/" + t.product + "/members"),
                        302, 403, 403, 200, 200, 200, 403),
                new Write("page add item", (t, c) -> t.page(c).formParam("kind", "STORY").formParam("title", "By " + c)
                        .post("/products/" + t.product + "/backlog/items"),
                        302, 403, 200, 200, 200, 200, 403),
                new Write("page edit item", (t, c) -> {
                    String item = t.freshItem();
                    return t.page(c).formParam("version", t.version(item)).formParam("kind", "BUG")
                            .formParam("title", "Edited by " + c).formParam("status", "TODO")
                            .post("/products/" + t.product + "/items/" + item);
                }, 302, 403, 200, 200, 200, 200, 403),
                new Write("page move item", (t, c) -> t.page(c).formParam("item", t.freshItem())
                        .formParam("move", "TOP").post("/products/" + t.product + "/backlog/move"),
                        302, 403, 403, 403, 200, 200, 403),
                new Write("page rank item", (t, c) -> t.page(c).formParam("item", t.freshItem())
                        .post("/products/" + t.product + "/backlog/rank"),
                        302, 403, 403, 403, 200, 200, 403));
        return writes.stream().flatMap(write -> {
            Stream.Builder<Arguments> rows = Stream.builder();
            for (int i = 0; i < CALLERS.size(); i++) {
                rows.add(Arguments.of(write, CALLERS.get(i), write.expected()[i]));
            }
            return rows.build();
        });
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void everyWriteAnswersEveryCallerAsItShould(Write write, String caller, int expected) {
        write.call().apply(team(), caller).then().statusCode(expected);
    }
}
