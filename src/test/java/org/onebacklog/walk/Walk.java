package org.onebacklog.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onebacklog.support.Api;
import org.onebacklog.support.Browser;

/**
 * One team's random walk through a product of its own. Each step picks something people do, does it through the
 * API or a page form, checks the answer is one a person could expect for it, then checks the whole product.
 */
final class Walk {

    private static final Pattern TV_FUNCTIONAL = Pattern.compile(
            "class=\"tv-reserve-line functional[^\"]*\">Functional work: ([0-9.]+)");
    private static final Pattern TV_DONE = Pattern.compile("Burndown <span>([0-9.]+) of ([0-9.]+) \\w+ done");
    private static final Pattern PLANNING_FUNCTIONAL = Pattern.compile(
            "Functional</dt><dd>([0-9.]+) <small>limit ([0-9.]+)</small>");

    private final long seed;
    private final Random random;
    private final String shop;
    private final String po;
    private final String developer;
    private final Browser poBrowser;
    private final Browser devBrowser;
    private final List<String> displays = new ArrayList<>();
    private final List<String> revoked = new ArrayList<>();
    private final Map<String, Integer> done = new TreeMap<>();
    private int step;
    private String action = "setup";

    Walk(long seed) {
        this.seed = seed;
        random = new Random(seed);
        shop = Api.product("WK");
        po = Api.member(shop, "PRODUCT_OWNER");
        developer = Api.member(shop, "DEVELOPER");
        Api.member(shop, "SCRUM_MASTER");
        poBrowser = Browser.user(po);
        devBrowser = Browser.user(developer);
        if (random.nextBoolean()) {
            Api.asAdmin().body(Map.of("version", Api.dodVersion(shop), "criteria", List.of(Map.of("text", "Reviewed by a peer", "impliesTask", true,
                    "taskTitle", "Peer review", "category", "REVIEW", "estimate", 1)))).put(
                    "/api/v1/products/" + shop + "/dod").then().statusCode(200);
        }
    }

    String summary() {
        return done.toString();
    }

    void run(int steps) {
        Map<String, Runnable> actions = new LinkedHashMap<>();
        actions.put("add an item", this::addItem);
        actions.put("rank an item", this::rankItem);
        actions.put("plan a sprint", this::planSprint);
        actions.put("commit an item", this::commitItem);
        actions.put("take an item out", this::uncommitItem);
        actions.put("start the sprint", this::startSprint);
        actions.put("close the sprint", this::closeSprint);
        actions.put("add a task", this::addTask);
        actions.put("move a task", this::moveTask);
        actions.put("edit a task", this::editTask);
        actions.put("edit an item on a stale page", this::editItemStale);
        actions.put("set the policy", this::setPolicy);
        actions.put("hang a TV", this::createDisplay);
        actions.put("revoke a TV", this::revokeDisplay);
        // Weights: what teams do most often comes up most often.
        Map<String, Integer> weights = Map.ofEntries(Map.entry("add an item", 6), Map.entry("rank an item", 3),
                Map.entry("plan a sprint", 2), Map.entry("commit an item", 5), Map.entry("take an item out", 1),
                Map.entry("start the sprint", 2), Map.entry("close the sprint", 2), Map.entry("add a task", 4),
                Map.entry("move a task", 8), Map.entry("edit a task", 2), Map.entry("edit an item on a stale page", 2),
                Map.entry("set the policy", 1), Map.entry("hang a TV", 1), Map.entry("revoke a TV", 1));
        List<String> deck = new ArrayList<>();
        weights.forEach((name, weight) -> {
            for (int i = 0; i < weight; i++) {
                deck.add(name);
            }
        });
        deck.sort(null); // the seed alone decides the walk, not the map's iteration order
        for (step = 1; step <= steps; step++) {
            action = deck.get(random.nextInt(deck.size()));
            try {
                actions.get(action).run();
                done.merge(action, 1, Integer::sum);
                checkTheWholeProduct();
            } catch (AssertionError failure) {
                throw new AssertionError("step " + step + " (" + action + ") of the walk with seed " + seed + " in "
                        + shop + ": " + failure.getMessage(), failure);
            }
        }
    }

    // --- what people do ------------------------------------------------------------------------------------------

    private void addItem() {
        String kind = pick(List.of("STORY", "STORY", "BUG", "TECHNICAL"));
        Map<String, Object> item = new HashMap<>(Map.of("kind", kind, "title", "Item " + step));
        if (random.nextInt(3) > 0) {
            item.put("estimate", pick(List.of(1, 2, 3, 5, 8, new BigDecimal("0.5"))));
        }
        if (kind.equals("TECHNICAL")) {
            item.put("valueStatement", "Keeps the build fast for everyone");
        }
        if (random.nextBoolean()) {
            item.put("description", "Described at step " + step);
        }
        boolean byPo = random.nextBoolean();
        if (random.nextBoolean()) {
            Response response = (byPo ? Api.asUser(po) : Api.asUser(developer)).body(item)
                    .post("/api/v1/products/" + shop + "/items");
            expect(response, 201);
        } else {
            RequestSpecification form = (byPo ? poBrowser : devBrowser).htmx();
            item.forEach((name, value) -> form.formParam(name, value.toString()));
            expect(form.post("/products/" + shop + "/backlog/items"), 200);
        }
    }

    private void rankItem() {
        List<Map<String, Object>> open = backlog();
        // An item is placed next to a ranked one: the ones still awaiting the Product Owner have no place yet.
        List<String> ranked = open.stream().filter(i -> i.get("rank") != null).map(i -> (String) i.get("key"))
                .toList();
        if (open.size() < 2 || ranked.isEmpty()) {
            return;
        }
        String item = (String) pick(open).get("key");
        List<String> others = ranked.stream().filter(k -> !k.equals(item)).toList();
        if (others.isEmpty()) {
            return;
        }
        String other = pick(others);
        String side = random.nextBoolean() ? "after" : "before";
        if (random.nextBoolean()) {
            expect(Api.asUser(po).body(Map.of(side, other)).post("/api/v1/items/" + item + "/rank"), 200);
        } else {
            expect(poBrowser.htmx().formParam("item", item).formParam(side, other)
                    .post("/products/" + shop + "/backlog/rank"), 200);
        }
    }

    private void planSprint() {
        if (sprintIn("PLANNED") != null) {
            return;
        }
        Map<String, Object> sprint = new HashMap<>(Map.of("name", "Sprint at step " + step, "start", "2026-12-07",
                "end", "2026-12-18"));
        if (random.nextBoolean()) {
            sprint.put("goal", "Goal of step " + step);
        }
        if (random.nextInt(3) > 0) {
            sprint.put("capacity", 5 + random.nextInt(30));
        }
        expect(Api.asUser(po).body(sprint).post("/api/v1/products/" + shop + "/sprints"), 201);
    }

    private void commitItem() {
        if (sprintIn("PLANNED") == null && sprintIn("ACTIVE") == null) {
            planSprint(); // a team plans a sprint before it commits to one
        }
        Long sprint = random.nextBoolean() ? sprintIn("PLANNED") : sprintIn("ACTIVE");
        sprint = sprint != null ? sprint : sprintIn("PLANNED") != null ? sprintIn("PLANNED") : sprintIn("ACTIVE");
        List<String> candidates = backlog().stream().filter(i -> i.get("sprintId") == null)
                .map(i -> (String) i.get("key")).toList();
        if (sprint == null || candidates.isEmpty()) {
            return;
        }
        String item = pick(candidates);
        Response answer = random.nextBoolean()
                ? Api.asUser(pick(List.of(po, developer))).body(Map.of("itemKey", item))
                        .post("/api/v1/sprints/" + sprint + "/items")
                : poBrowser.htmx().formParam("item", item).post("/products/" + shop + "/planning/" + sprint
                        + "/commit");
        expect(answer, 200, 409);
        if (answer.statusCode() == 409) {
            // Only the enforced policy refuses a commitment to an open sprint, and it says what to do about it.
            assertTrue(answer.asString().contains("Refused") || answer.asString().contains("override"),
                    "a refusal explains itself: " + answer.asString());
            if (random.nextBoolean()) {
                expect(Api.asUser(po).body(Map.of("itemKey", item, "override", Map.of("reason",
                        "The demo needs it"))).post("/api/v1/sprints/" + sprint + "/items"), 200);
            }
        }
    }

    private void uncommitItem() {
        Long sprint = random.nextBoolean() ? sprintIn("PLANNED") : sprintIn("ACTIVE");
        if (sprint == null) {
            return;
        }
        List<String> committed = Api.asAdmin().get("/api/v1/sprints/" + sprint + "/plan").then().statusCode(200)
                .extract().jsonPath().getList("items.key", String.class);
        if (committed.isEmpty()) {
            return;
        }
        expect(Api.asUser(po).delete("/api/v1/sprints/" + sprint + "/items/" + pick(committed)), 200);
    }

    private void startSprint() {
        Long planned = sprintIn("PLANNED");
        if (planned == null || sprintIn("ACTIVE") != null) {
            return;
        }
        expect(Api.asUser(po).post("/api/v1/sprints/" + planned + "/start"), 200);
    }

    private void closeSprint() {
        Long active = sprintIn("ACTIVE");
        if (active == null || random.nextBoolean()) {
            return; // sprints run a while
        }
        expect(Api.asUser(po).post("/api/v1/sprints/" + active + "/close"), 200);
    }

    private void addTask() {
        Long active = activeOrStarted();
        if (active == null) {
            return;
        }
        List<String> items = board(active).getList("lanes.itemKey", String.class);
        if (items.isEmpty()) {
            return;
        }
        String item = pick(items);
        if (random.nextBoolean()) {
            // The board's own "Add a task" form sends only a title.
            expect(devBrowser.htmx().formParam("title", "Task " + step)
                    .post("/products/" + shop + "/board/items/" + item + "/tasks"), 200);
        } else {
            Map<String, Object> task = new HashMap<>(Map.of("title", "Task " + step));
            if (random.nextBoolean()) {
                task.put("estimate", 1 + random.nextInt(5));
            }
            if (random.nextBoolean()) {
                task.put("assignee", developer);
            }
            expect(Api.asUser(developer).body(task).post("/api/v1/items/" + item + "/tasks"), 201);
        }
    }

    private void moveTask() {
        Long active = activeOrStarted();
        if (active == null) {
            return;
        }
        JsonPath board = board(active);
        List<Map<String, Object>> tasks = board.getList("lanes.tasks.flatten()");
        if (tasks.isEmpty()) {
            return;
        }
        Map<String, Object> task = pick(tasks);
        String column = pick(board.getList("columns.key", String.class));
        int version = (Integer) task.get("version");
        boolean stale = version > 0 && random.nextInt(4) == 0;
        int sent = stale ? version - 1 : version;
        Response answer = random.nextBoolean()
                ? Api.asUser(developer).body(Map.of("column", column, "version", sent))
                        .post("/api/v1/tasks/" + task.get("id") + "/move")
                : devBrowser.htmx().formParam("column", column).formParam("version", Integer.toString(sent))
                        .post("/products/" + shop + "/board/tasks/" + task.get("id") + "/move");
        if (stale) {
            expect(answer, 409);
        } else {
            expect(answer, 200);
        }
    }

    private void editTask() {
        Long active = sprintIn("ACTIVE");
        if (active == null) {
            return;
        }
        List<Map<String, Object>> tasks = board(active).getList("lanes.tasks.flatten()");
        if (tasks.isEmpty()) {
            return;
        }
        Map<String, Object> task = pick(tasks);
        String remaining = random.nextBoolean() ? "" : Integer.toString(random.nextInt(4));
        expect(devBrowser.htmx().formParam("version", task.get("version").toString())
                .formParam("remaining", remaining).formParam("assignee", random.nextBoolean() ? developer : "")
                .post("/products/" + shop + "/board/tasks/" + task.get("id")), 200);
    }

    private void editItemStale() {
        List<Map<String, Object>> items = backlog();
        if (items.isEmpty()) {
            return;
        }
        Map<String, Object> item = pick(items);
        int version = (Integer) item.get("version");
        String key = (String) item.get("key");
        if (version == 0) {
            expect(Api.asUser(developer).body(Map.of("title", "Renamed at step " + step, "version", 0))
                    .patch("/api/v1/items/" + key), 200);
            return;
        }
        Response answer = Api.asUser(developer).body(Map.of("title", "Lost at step " + step, "version",
                version - 1)).patch("/api/v1/items/" + key);
        expect(answer, 409);
        assertEquals(key, answer.jsonPath().getString("current.key"), "the conflict carries the fresh item");
        assertEquals(version, answer.jsonPath().getInt("current.version"));
    }

    private void setPolicy() {
        expect(Api.asUser(po).body(Map.of("reservedShare", pick(List.of(new BigDecimal("0"), new BigDecimal("0.2"),
                new BigDecimal("0.3"))), "mode", pick(List.of("OFF", "WARN", "ENFORCE")), "version",
                Api.policyVersion(shop)))
                .put("/api/v1/products/" + shop + "/capacity-policy"), 200);
    }

    private void createDisplay() {
        Response answer = Api.asUser(po).body(Map.of("name", "TV " + step))
                .post("/api/v1/products/" + shop + "/displays");
        expect(answer, 201);
        displays.add(answer.path("url"));
    }

    private void revokeDisplay() {
        if (displays.isEmpty()) {
            return;
        }
        String url = displays.remove(random.nextInt(displays.size()));
        String token = url.substring(url.indexOf("token=") + "token=".length());
        expect(Api.asUser(po).delete("/api/v1/displays/" + token), 204);
        revoked.add(url);
    }

    // --- what must hold after every step --------------------------------------------------------------------------

    private void checkTheWholeProduct() {
        Browser who = random.nextBoolean() ? poBrowser : devBrowser;
        String base = "/products/" + shop;
        for (String page : List.of(base + "/backlog", base + "/planning", base + "/board", base + "/dod",
                base + "/members", "/products")) {
            expect(who.page().get(page), 200);
        }
        expect(who.page().get(base + "/review"), 200, 303);
        List<Map<String, Object>> items = backlog();
        if (!items.isEmpty()) {
            expect(who.page().get(base + "/items/" + pick(items).get("key")), 200);
        }
        if (!displays.isEmpty()) {
            expect(io.restassured.RestAssured.given().get(pick(displays)), 200);
        }
        if (!revoked.isEmpty()) {
            expect(io.restassured.RestAssured.given().get(pick(revoked)), 401);
        }
        List<Map<String, Object>> all = allSprints();
        Long active = first(all, "ACTIVE");
        if (active != null) {
            everyTaskInExactlyOneColumn(active);
            figuresAgree(who, active);
        }
        List<Long> closed = inState(all, "CLOSED");
        if (!closed.isEmpty()) {
            long sprint = pick(closed);
            expect(Api.asAdmin().get("/api/v1/sprints/" + sprint + "/report"), 200);
            expect(who.page().get(base + "/sprints/" + sprint + "/review"), 200);
        }
    }

    private void everyTaskInExactlyOneColumn(long sprint) {
        JsonPath board = board(sprint);
        Set<String> columns = new HashSet<>(board.getList("columns.key", String.class));
        Set<Object> seen = new HashSet<>();
        List<Map<String, Object>> tasks = board.getList("lanes.tasks.flatten()");
        for (Map<String, Object> task : tasks) {
            assertTrue(seen.add(task.get("id")), "task " + task.get("id") + " shows twice on the board");
            assertTrue(columns.contains((String) task.get("column")), "task " + task.get("id") + " is in column "
                    + task.get("column") + ", which the board does not have");
        }
        int counted = board.getList("columns.count", Integer.class).stream().mapToInt(Integer::intValue).sum();
        assertEquals(tasks.size(), counted, "the column counts add up to the cards on the board");
        for (String item : board.getList("lanes.itemKey", String.class)) {
            List<Object> ofItem = Api.asAdmin().get("/api/v1/items/" + item + "/tasks").then().statusCode(200)
                    .extract().jsonPath().getList("id");
            assertTrue(seen.containsAll(ofItem), "every task of " + item + " is on the board");
        }
    }

    /** The planning gauge, the review and the TV show the same sprint in the same figures. */
    private void figuresAgree(Browser who, long sprint) {
        JsonPath plan = Api.asAdmin().get("/api/v1/sprints/" + sprint + "/plan").then().statusCode(200).extract()
                .jsonPath();
        String planning = who.page().get("/products/" + shop + "/planning?sprint=" + sprint).then().statusCode(200)
                .extract().asString();
        Matcher gauge = PLANNING_FUNCTIONAL.matcher(planning);
        assertTrue(gauge.find(), "the planning page shows the functional load");
        assertSame(plan.getString("functionalLoad"), gauge.group(1), "planning's functional load");
        assertSame(plan.getString("effectiveFunctionalLimit"), gauge.group(2), "planning's functional limit");
        JsonPath report = Api.asAdmin().get("/api/v1/sprints/" + sprint + "/report").then().statusCode(200)
                .extract().jsonPath();
        if (displays.isEmpty()) {
            return;
        }
        String tv = io.restassured.RestAssured.given().get(displays.get(0)).then().statusCode(200).extract()
                .asString();
        Matcher functional = TV_FUNCTIONAL.matcher(tv);
        assertTrue(functional.find(), "the TV shows the functional load");
        assertSame(plan.getString("functionalLoad"), functional.group(1), "the TV's functional load");
        Matcher burndown = TV_DONE.matcher(tv);
        assertTrue(burndown.find(), "the TV shows what is done");
        assertSame(report.getString("completed.estimate"), burndown.group(1), "the TV's completed work");
        assertSame(report.getString("committed.estimate"), burndown.group(2), "the TV's committed work");
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private void expect(Response response, Integer... allowed) {
        int status = response.statusCode();
        if (status >= 500) {
            fail("answered " + status + ": " + response.asString());
        }
        if (!List.of(allowed).contains(status)) {
            fail("answered " + status + " where " + List.of(allowed) + " was expected: " + response.asString());
        }
        if (status == 409 && response.contentType() != null && response.contentType().contains("json")) {
            assertNotNull(response.jsonPath().get("current"), "a 409 carries the fresh state: " + response.asString());
        }
    }

    private static void assertSame(String expected, String shown, String what) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(shown)), what + ": " + shown
                + " where the API says " + expected);
    }

    private List<Map<String, Object>> backlog() {
        return Api.asAdmin().get("/api/v1/products/" + shop + "/backlog").then().statusCode(200).extract()
                .jsonPath().getList("$");
    }

    private JsonPath board(long sprint) {
        return Api.asAdmin().get("/api/v1/sprints/" + sprint + "/board").then().statusCode(200).extract().jsonPath();
    }

    private List<Map<String, Object>> allSprints() {
        return Api.asAdmin().get("/api/v1/products/" + shop + "/sprints").then().statusCode(200).extract()
                .jsonPath().getList("$");
    }

    private static List<Long> inState(List<Map<String, Object>> all, String state) {
        return all.stream().filter(s -> state.equals(s.get("state"))).map(s -> ((Number) s.get("id")).longValue())
                .toList();
    }

    private static Long first(List<Map<String, Object>> all, String state) {
        List<Long> found = inState(all, state);
        return found.isEmpty() ? null : found.get(0);
    }

    private List<Long> sprints(String state) {
        return inState(allSprints(), state);
    }

    /** The running sprint; with none, the planned one is started (a board is for a running sprint). */
    private Long activeOrStarted() {
        Long active = sprintIn("ACTIVE");
        if (active == null && sprintIn("PLANNED") != null) {
            startSprint();
            active = sprintIn("ACTIVE");
        }
        return active;
    }

    private Long sprintIn(String state) {
        List<Long> found = sprints(state);
        return found.isEmpty() ? null : found.get(0);
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
