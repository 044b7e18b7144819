package org.onebacklog.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.estimated;
import static org.onebacklog.support.Api.product;
import static org.onebacklog.support.Api.sprint;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.AtOnce;
import org.onebacklog.support.Bearer;

/** Moves of different cards on one board at the same moment queue up; none is refused for the others' sake. */
@QuarkusTest
class ParallelMovesTest {

    static final List<String> COLUMNS = List.of("TODO", "IN_PROGRESS", "REVIEW", "DONE");

    @Test
    void fourPeopleMovingTheirOwnCardsOfOneItemAtOnceGetNoConflict() throws Exception {
        String shop = product("PM");
        long sprint = sprint(shop, 50);
        String item = estimated(shop, "STORY", 3);
        asAdmin().body(Map.of("itemKey", item)).post("/api/v1/sprints/" + sprint + "/items").then().statusCode(200);
        List<Long> tasks = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            tasks.add(((Number) asAdmin().body(Map.of("title", "Task " + t, "estimate", 1))
                    .post("/api/v1/items/" + item + "/tasks").then().statusCode(201).extract().path("id"))
                    .longValue());
        }
        asAdmin().post("/api/v1/sprints/" + sprint + "/start").then().statusCode(200);

        Supplier<RequestSpecification> admin = Bearer.of(asAdmin());
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger renumbered = new AtomicInteger();
        List<Callable<Void>> movers = new ArrayList<>();
        int rounds = 8;
        for (int m = 0; m < 4; m++) {
            List<Long> own = tasks.subList(m * 2, m * 2 + 2);
            movers.add(() -> {
                for (int round = 1; round <= rounds; round++) {
                    for (long task : own) {
                        String column = COLUMNS.get(round % COLUMNS.size());
                        long version = ((Number) admin.get().get("/api/v1/tasks/" + task).path("version")).longValue();
                        Response moved = move(admin, task, column, version);
                        // Another card dropped into a column renumbers the cards there, which is a real change
                        // of this card: the refusal carries it, and the mover tries again with it.
                        for (int retry = 0; retry < 10 && moved.statusCode() == 409
                                && moved.path("current.version") != null; retry++) {
                            renumbered.incrementAndGet();
                            moved = move(admin, task, column, ((Number) moved.path("current.version")).longValue());
                        }
                        statuses.merge(moved.statusCode(), 1, Integer::sum);
                        if (moved.statusCode() != 200) {
                            refusals.add(moved.body().asString());
                        }
                    }
                }
                return null;
            });
        }
        AtOnce.run(movers);

        assertEquals(Map.of(200, 4 * 2 * rounds), statuses, "every move accepted (" + renumbered
                + " after a renumbering); refusals: " + refusals);
        for (long task : tasks) {
            assertEquals(COLUMNS.get(rounds % COLUMNS.size()), asAdmin().get("/api/v1/tasks/" + task).path("column"));
        }
        // All cards ended in To Do, so the item follows them back.
        assertEquals("TODO", asAdmin().get("/api/v1/items/" + item).path("status"));
    }

    private static Response move(Supplier<RequestSpecification> who, long task, String column, long version) {
        return who.get().body(Map.of("column", column, "version", version)).post("/api/v1/tasks/" + task + "/move");
    }
}
