package org.onebacklog.web;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.estimated;
import static org.onebacklog.support.Api.product;
import static org.onebacklog.support.Api.sprint;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;

/** Every 409 of the API carries {@code current}: the fresh state of the thing in conflict. */
@QuarkusTest
class ConflictsTest {

    static ValidatableResponse conflict(Response response) {
        return response.then().statusCode(409).contentType("application/problem+json").body("current", notNullValue());
    }

    @Test
    void everyRefusalOfTheBoardCarriesTheFreshTask() {
        Api.ActiveBoard board = Api.activeBoard("CB");
        long task = Api.task(board.sprint(), 0);
        long other = Api.task(board.sprint(), 1);
        asAdmin().body(Map.of("remaining", 1, "version", 0)).patch("/api/v1/tasks/" + task).then().statusCode(200);
        conflict(asAdmin().body(Map.of("remaining", 5, "version", 0)).patch("/api/v1/tasks/" + task))
                .body("current.id", is((int) task)).body("current.remaining", is(1)).body("current.version", is(1));
        conflict(asAdmin().body(Map.of("column", "REVIEW", "version", 0)).post("/api/v1/tasks/" + task + "/move"))
                .body("current.column", is("TODO")).body("current.version", is(1));
        // A hard WIP limit: the card that was refused, as it is.
        asAdmin().body(Map.of("version", org.onebacklog.support.Api.columnsVersion(board.product()),
                "columns", List.of(Map.of("key", "TODO", "name", "To Do"),
                Map.of("key", "IN_PROGRESS", "name", "Doing", "wipLimit", 1, "hard", true),
                Map.of("key", "REVIEW", "name", "Review"), Map.of("key", "DONE", "name", "Done"))))
                .put("/api/v1/products/" + board.product() + "/columns").then().statusCode(200);
        asAdmin().body(Map.of("column", "IN_PROGRESS", "version", 1)).post("/api/v1/tasks/" + task + "/move").then()
                .statusCode(200);
        conflict(asAdmin().body(Map.of("column", "IN_PROGRESS", "version", 0)).post("/api/v1/tasks/" + other
                + "/move")).body("current.id", is((int) other)).body("current.column", is("TODO"));
        // A column that still holds cards cannot go: the columns as they are.
        conflict(asAdmin().body(Map.of("version", org.onebacklog.support.Api.columnsVersion(board.product()),
                "columns", List.of(Map.of("key", "TODO", "name", "To Do"),
                Map.of("key", "DONE", "name", "Done")))).put("/api/v1/products/" + board.product() + "/columns"));
    }

    @Test
    void theDefinitionOfDoneRefusalsCarryTheTasksAndTheDod() {
        String shop = product("CD");
        asAdmin().body(Map.of("version", org.onebacklog.support.Api.dodVersion(shop), "criteria", List.of(Map.of("text", "Docs are updated", "impliesTask", true,
                "taskTitle", "Update docs", "category", "DOCUMENTATION", "estimate", 1))))
                .put("/api/v1/products/" + shop + "/dod").then().statusCode(200);
        conflict(asAdmin().body(Map.of("version", 0, "criteria", List.of())).put("/api/v1/products/" + shop + "/dod"))
                .body("current.version", is(1));
        String story = estimated(shop, "STORY", 3);
        long sprint = sprint(shop, 40);
        asAdmin().body(Map.of("itemKey", story)).post("/api/v1/sprints/" + sprint + "/items").then().statusCode(200);
        long docs = asAdmin().get("/api/v1/items/" + story + "/tasks").then().extract().jsonPath().getLong("[0].id");
        int version = asAdmin().get("/api/v1/items/" + story).then().extract().path("version");
        conflict(asAdmin().body(Map.of("status", "DONE", "version", version)).patch("/api/v1/items/" + story))
                .body("current[0].id", is((int) docs)).body("current[0].waived", is(false));
        asAdmin().body(Map.of("reason", "No user docs")).post("/api/v1/tasks/" + docs + "/waive").then()
                .statusCode(200);
        conflict(asAdmin().body(Map.of("reason", "Again")).post("/api/v1/tasks/" + docs + "/waive"))
                .body("current.waived", is(true)).body("current.waiveReason", is("No user docs"));
    }

    @Test
    void backlogSprintAndPolicyRefusalsCarryTheFreshState() {
        String shop = product("CS");
        String item = estimated(shop, "STORY", 8);
        asAdmin().body(Map.of("title", "Theirs", "version", 0)).patch("/api/v1/items/" + item).then().statusCode(200);
        conflict(asAdmin().body(Map.of("title", "Mine", "version", 0)).patch("/api/v1/items/" + item))
                .body("current.title", is("Theirs")).body("current.version", is(1));

        Api.policy(shop, "0.2", "ENFORCE");
        int policyVersion = asAdmin().get("/api/v1/products/" + shop + "/capacity-policy").then().extract()
                .path("version");
        Api.policy(shop, "0.3", "ENFORCE");
        conflict(asAdmin().body(Map.of("reservedShare", 0.1, "mode", "OFF", "version", policyVersion))
                .put("/api/v1/products/" + shop + "/capacity-policy")).body("current.mode", is("ENFORCE"));

        long sprint = sprint(shop, 5);
        // Over capacity under an enforced policy: the plan as it stands.
        conflict(asAdmin().body(Map.of("itemKey", item)).post("/api/v1/sprints/" + sprint + "/items"));
        Map<String, Object> edit = new HashMap<>(Map.of("name", "Renamed", "start", "2026-12-01",
                "end", "2026-12-14", "version", 0));
        asAdmin().body(edit).put("/api/v1/sprints/" + sprint).then().statusCode(200);
        conflict(asAdmin().body(edit).put("/api/v1/sprints/" + sprint)).body("current.name", is("Renamed"))
                .body("current.version", is(1));
        conflict(asAdmin().get("/api/v1/sprints/" + sprint + "/report")).body("current.state", is("PLANNED"));
        asAdmin().post("/api/v1/sprints/" + sprint + "/start").then().statusCode(200);
        conflict(asAdmin().post("/api/v1/sprints/" + sprint + "/start")).body("current.state", is("ACTIVE"));
        long next = sprint(shop, 5);
        conflict(asAdmin().post("/api/v1/sprints/" + next + "/start")).body("current.state", is("PLANNED"));
        asAdmin().post("/api/v1/sprints/" + sprint + "/close").then().statusCode(200);
        conflict(asAdmin().post("/api/v1/sprints/" + sprint + "/close")).body("current.state", is("CLOSED"));
    }

    @Test
    void writesThatCollideAtCommitAnswer409WithTheFreshStateToo() throws Exception {
        String shop = product("CC");
        long sprint = sprint(shop, 10);
        // Eight people rename the sprint they all read at version 0, at once: one wins, seven are told, with it.
        List<Response> answers = atOnce(8, i -> asAdmin().body(Map.of("name", "Name " + i, "start", "2026-12-01",
                "end", "2026-12-14", "version", 0)).put("/api/v1/sprints/" + sprint));
        List<Response> won = answers.stream().filter(a -> a.statusCode() == 200).toList();
        assertEquals(1, won.size(), "exactly one rename wins");
        String winner = won.get(0).path("name");
        for (Response answer : answers) {
            if (answer.statusCode() != 200) {
                conflict(answer).body("current.name", is(winner)).body("current.version", is(1));
            }
        }
        // Six create the same product at once: one is created; a refusal is a 400 naming the key, or a 409 with it.
        String key = Api.freshKey("CK");
        List<Response> creations = atOnce(6, i -> asAdmin().body(Map.of("key", key, "name", "Race " + i))
                .post("/api/v1/products"));
        assertEquals(1, creations.stream().filter(a -> a.statusCode() == 201).count());
        for (Response answer : creations) {
            if (answer.statusCode() == 409) {
                conflict(answer).body("current.key", is(key));
            } else if (answer.statusCode() != 201) {
                answer.then().statusCode(400).body("violations[0].field", is("key"));
            }
        }
    }

    interface Call {
        Response run(int person);
    }

    static List<Response> atOnce(int people, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(people);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                int person = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.run(person);
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
