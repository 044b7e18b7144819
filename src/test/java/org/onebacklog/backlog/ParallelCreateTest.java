package org.onebacklog.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;
import static org.onebacklog.support.Api.backlogKeys;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.product;
import static org.onebacklog.support.Api.story;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.AtOnce;
import org.onebacklog.support.Bearer;

/** People adding and ordering items in one backlog at the same moment never get in each other's way. */
@QuarkusTest
class ParallelCreateTest {

    static final int WRITERS = 4;
    static final int ITEMS_EACH = 40;

    @Test
    void fourPeopleAddingItemsAtOnceAllSucceedWithUniqueGaplessKeys() throws Exception {
        String shop = product("PC");
        String developer = member(shop, "DEVELOPER");
        // Two Product Owners' writers (ranked at the bottom) and two developers' (awaiting the Product Owner).
        Supplier<RequestSpecification> owner = Bearer.of(asAdmin());
        Supplier<RequestSpecification> dev = Bearer.of(asUser(developer));
        List<Supplier<RequestSpecification>> who = List.of(owner, owner, dev, dev);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        Set<String> keys = ConcurrentHashMap.newKeySet();
        List<Callable<Void>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(() -> {
                for (int i = 0; i < ITEMS_EACH; i++) {
                    // Every other item is the least a person may send: a kind and a title.
                    Map<String, Object> body = i % 2 == 0
                            ? Map.of("kind", "BUG", "title", "Bug " + writer + "/" + i)
                            : Map.of("kind", "STORY", "title", "Story " + writer + "/" + i, "estimate", 3,
                                    "labels", List.of("w" + writer), "description", "From writer " + writer);
                    Response response = who.get(writer).get().body(body).post("/api/v1/products/" + shop + "/items");
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                    if (response.statusCode() == 201) {
                        keys.add(response.path("key"));
                    } else {
                        refusals.add(response.body().asString());
                    }
                }
                return null;
            });
        }
        AtOnce.run(writers);

        int total = WRITERS * ITEMS_EACH;
        assertEquals(Map.of(201, total), statuses, "every creation answered 201; refusals: " + refusals);
        Set<String> expected = new HashSet<>();
        for (int n = 1; n <= total; n++) {
            expected.add(shop + "-" + n);
        }
        assertEquals(expected, keys, "keys 1.." + total + ", each given once");
        List<String> backlog = backlogKeys(shop);
        assertEquals(total, backlog.size(), "the backlog shows every item");
        assertEquals(total, new HashSet<>(backlog).size(), "no item twice in the backlog");
        assertEquals(shop + "-" + (total + 1), story(shop, "After the rush"), "numbering carries on");
    }

    @Test
    void theProductOwnerRankingWhilePeopleAddItemsGetsNoConflict() throws Exception {
        String shop = product("PR");
        List<String> ranked = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ranked.add(story(shop, "Ranked " + i));
        }
        Supplier<RequestSpecification> owner = Bearer.of(asAdmin());
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        List<Callable<Void>> writers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            writers.add(() -> {
                for (int i = 0; i < 30; i++) {
                    // Keyboard-style moves without a version: nobody else moves these items, so nothing may conflict.
                    String item = ranked.get(writer * 4 + i % 4);
                    int status = owner.get().body(Map.of()).post("/api/v1/items/" + item + "/rank").statusCode();
                    statuses.merge("rank " + status, 1, Integer::sum);
                }
                return null;
            });
            writers.add(() -> {
                for (int i = 0; i < 30; i++) {
                    int status = owner.get().body(Map.of("kind", "BUG", "title", "New " + writer + "/" + i))
                            .post("/api/v1/products/" + shop + "/items").statusCode();
                    statuses.merge("create " + status, 1, Integer::sum);
                }
                return null;
            });
        }
        AtOnce.run(writers);

        assertEquals(new TreeMap<>(Map.of("rank 200", 60, "create 201", 60)), new TreeMap<>(statuses));
        List<String> backlog = backlogKeys(shop);
        assertEquals(68, backlog.size());
        assertEquals(68, new HashSet<>(backlog).size(), "every item once, in one order");
    }
}
