package org.onebacklog.web;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onebacklog.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;

/**
 * A seeded random walk over every write that takes text or an enum: each step sends one otherwise good body with
 * one bad value in it (a control character somewhere in a name, a title, a description or a reason; an enum given
 * as a number) and expects a 400 naming that field, and the resource unchanged. It prints its seed;
 * {@code -Donebacklog.strict.seed=…} replays a run, {@code -Donebacklog.strict.steps=…} walks longer.
 */
@QuarkusTest
class StrictInputWalkTest {

    private static final Logger LOG = Logger.getLogger(StrictInputWalkTest.class);

    /** Refused in every text, multi-line or not. */
    static final List<String> CONTROLS = List.of("\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u000c", "\u001b",
            "\u001f", "\u007f", "\u0085", "\u009f");
    /** Refused in names and titles (one line), allowed in descriptions, goals and reasons. */
    static final List<String> LINE_BREAKS = List.of("\n", "\r", "\t");

    /** What a step poisons: the value it puts in one field. */
    record Poison(Object value, String shown) {
    }

    /**
     * One write: where it goes, the body with the poisoned value in {@code field}, the field the problem must name,
     * and the GET whose answer must be the same afterwards.
     */
    record Target(String name, String method, String path, Function<Object, Map<String, Object>> body,
            String violation, String state, Kind kind) {
    }

    enum Kind { ONE_LINE, MULTI_LINE, ENUM }

    String shop;
    String item;
    long task;
    long sprint;
    String dev;

    @Test
    void everyWriteRefusesControlCharactersAndNumericEnumsAndSavesNothing() {
        long seed = Long.getLong("onebacklog.strict.seed", System.nanoTime());
        int steps = Integer.getInteger("onebacklog.strict.steps", 40);
        LOG.infof("StrictInputWalkTest seed: %d (replay with -Donebacklog.strict.seed=%d)", seed, seed);
        Random random = new Random(seed);
        Api.ActiveBoard board = Api.activeBoard("SI");
        shop = board.product();
        sprint = board.sprint();
        task = Api.task(sprint, 0);
        item = Api.backlogKeys(shop).get(0);
        dev = Api.member(shop, "DEVELOPER");
        long planned = Api.sprint(shop, 10);

        List<Target> targets = targets(planned);
        List<Target> walk = new ArrayList<>(targets);
        Collections.shuffle(walk, random);
        for (int i = 0; i < steps; i++) {
            walk.add(targets.get(random.nextInt(targets.size())));
        }
        int step = 0;
        for (Target target : walk) {
            Poison poison = poison(target.kind(), random);
            String context = "step " + ++step + " (seed " + seed + "): " + target.name() + " with " + poison.shown();
            String before = state(target);
            Response answer = send(target, target.body().apply(poison.value()));
            assertEquals(400, answer.statusCode(), context + ": " + answer.asString());
            answer.then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem(target.violation()));
            assertEquals(before, state(target), context + ": nothing is saved");
        }
    }

    private static Poison poison(Kind kind, Random random) {
        if (kind == Kind.ENUM) {
            int number = random.nextInt(4);
            return new Poison(number, "the number " + number);
        }
        List<String> bad = new ArrayList<>(CONTROLS);
        if (kind == Kind.ONE_LINE) {
            bad.addAll(LINE_BREAKS);
        }
        String control = bad.get(random.nextInt(bad.size()));
        String text = "Good text";
        // Spaces, tabs and line breaks around a text are trimmed off; inside a name they are refused.
        int at = LINE_BREAKS.contains(control) ? 1 + random.nextInt(text.length() - 1)
                : random.nextInt(text.length() + 1);
        return new Poison(text.substring(0, at) + control + text.substring(at),
                String.format("U+%04X at %d", (int) control.charAt(0), at));
    }

    private static Response send(Target target, Map<String, Object> body) {
        var request = asAdmin().body(body);
        return switch (target.method()) {
            case "POST" -> request.post(target.path());
            case "PUT" -> request.put(target.path());
            default -> request.patch(target.path());
        };
    }

    private static String state(Target target) {
        Response answer = asAdmin().get(target.state());
        return answer.statusCode() + " " + answer.asString();
    }

    private static Map<String, Object> with(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    private List<Target> targets(long planned) {
        String products = "/api/v1/products/" + shop;
        String newKey = Api.freshKey("SX");
        List<Target> all = new ArrayList<>();
        all.add(new Target("create a product", "POST", "/api/v1/products",
                v -> with("key", newKey, "name", v), "name", "/api/v1/products/" + newKey, Kind.ONE_LINE));
        all.add(new Target("create a product in a unit", "POST", "/api/v1/products",
                v -> with("key", newKey, "name", "Fine", "unit", v), "unit", "/api/v1/products/" + newKey,
                Kind.ENUM));
        all.add(new Target("rename the product", "PATCH", products,
                v -> with("name", v, "version", Api.versionOf(products)), "name", products, Kind.ONE_LINE));
        all.add(new Target("add an item", "POST", products + "/items",
                v -> with("kind", "STORY", "title", v), "title", products + "/backlog", Kind.ONE_LINE));
        all.add(new Target("add an item with a description", "POST", products + "/items",
                v -> with("kind", "STORY", "title", "Fine", "description", v), "description",
                products + "/backlog", Kind.MULTI_LINE));
        all.add(new Target("add an item of a numbered kind", "POST", products + "/items",
                v -> with("kind", v, "title", "Fine"), "kind", products + "/backlog", Kind.ENUM));
        all.add(new Target("retitle an item", "PATCH", "/api/v1/items/" + item,
                v -> with("title", v, "version", Api.versionOf("/api/v1/items/" + item)), "title",
                "/api/v1/items/" + item, Kind.ONE_LINE));
        all.add(new Target("give an item a numbered kind", "PATCH", "/api/v1/items/" + item,
                v -> with("kind", v, "version", Api.versionOf("/api/v1/items/" + item)), "kind",
                "/api/v1/items/" + item, Kind.ENUM));
        all.add(new Target("block an item", "POST", "/api/v1/items/" + item + "/block",
                v -> with("reason", v), "reason", "/api/v1/items/" + item, Kind.MULTI_LINE));
        all.add(new Target("add a task", "POST", "/api/v1/items/" + item + "/tasks",
                v -> with("title", v), "title", "/api/v1/items/" + item + "/tasks", Kind.ONE_LINE));
        all.add(new Target("retitle a task", "PATCH", "/api/v1/tasks/" + task,
                v -> with("title", v, "version", Api.versionOf("/api/v1/tasks/" + task)), "title",
                "/api/v1/tasks/" + task, Kind.ONE_LINE));
        all.add(new Target("describe a task", "PATCH", "/api/v1/tasks/" + task,
                v -> with("description", v, "version", Api.versionOf("/api/v1/tasks/" + task)), "description",
                "/api/v1/tasks/" + task, Kind.MULTI_LINE));
        all.add(new Target("block a task", "POST", "/api/v1/tasks/" + task + "/block",
                v -> with("reason", v), "reason", "/api/v1/tasks/" + task, Kind.MULTI_LINE));
        all.add(new Target("plan a sprint", "POST", products + "/sprints",
                v -> with("name", v, "start", "2027-01-04", "end", "2027-01-15"), "name", products + "/sprints",
                Kind.ONE_LINE));
        all.add(new Target("plan a sprint with a goal", "POST", products + "/sprints",
                v -> with("name", "Fine", "goal", v, "start", "2027-01-04", "end", "2027-01-15"), "goal",
                products + "/sprints", Kind.MULTI_LINE));
        all.add(new Target("rename a sprint", "PUT", "/api/v1/sprints/" + planned,
                v -> with("name", v, "start", "2026-12-01", "end", "2026-12-14", "version",
                        Api.versionOf("/api/v1/sprints/" + planned)), "name", "/api/v1/sprints/" + planned,
                Kind.ONE_LINE));
        all.add(new Target("write a DoD criterion", "PUT", products + "/dod",
                v -> with("version", Api.dodVersion(shop), "criteria", List.of(with("text", v, "impliesTask",
                        false))), "criteria[0].text", products + "/dod", Kind.ONE_LINE));
        all.add(new Target("give a DoD task a title", "PUT", products + "/dod",
                v -> with("version", Api.dodVersion(shop), "criteria", List.of(with("text", "Reviewed",
                        "impliesTask", true, "taskTitle", v, "category", "REVIEW", "estimate", 1))),
                "criteria[0].taskTitle", products + "/dod", Kind.ONE_LINE));
        all.add(new Target("give a DoD task a numbered category", "PUT", products + "/dod",
                v -> with("version", Api.dodVersion(shop), "criteria", List.of(with("text", "Reviewed",
                        "impliesTask", true, "taskTitle", "Review", "category", v, "estimate", 1))),
                "criteria[0].category", products + "/dod", Kind.ENUM));
        all.add(new Target("set a numbered policy mode", "PUT", products + "/capacity-policy",
                v -> with("reservedShare", 0.2, "mode", v, "version", Api.policyVersion(shop)), "mode",
                products + "/capacity-policy", Kind.ENUM));
        all.add(new Target("name a column", "PUT", products + "/columns",
                v -> with("version", Api.columnsVersion(shop),
                        "columns", List.of(with("key", "TODO", "name", v), with("key", "IN_PROGRESS", "name",
                        "In Progress"), with("key", "REVIEW", "name", "Review"), with("key", "DONE", "name",
                        "Done"))), "columns[0].name", products + "/columns", Kind.ONE_LINE));
        all.add(new Target("name a TV display", "POST", products + "/displays",
                v -> with("name", v), "name", products + "/displays", Kind.ONE_LINE));
        all.add(new Target("name an API token", "POST", "/api/v1/tokens",
                v -> with("name", v), "name", "/api/v1/tokens", Kind.ONE_LINE));
        all.add(new Target("add a member by a username", "POST", products + "/members",
                v -> with("username", v, "role", "DEVELOPER", "password", "a-fine-long-passphrase"), "username",
                products + "/members", Kind.ONE_LINE));
        all.add(new Target("add a member in a numbered role", "POST", products + "/members",
                v -> with("username", dev, "role", v), "role", products + "/members", Kind.ENUM));
        all.add(new Target("change a member to a numbered role", "PUT", products + "/members/" + dev,
                v -> with("role", v), "role", products + "/members", Kind.ENUM));
        all.add(new Target("commit with an override reason", "POST", "/api/v1/sprints/" + planned + "/items",
                v -> with("itemKey", Api.estimated(shop, "STORY", 100), "override", with("reason", v)),
                "override.reason", "/api/v1/sprints/" + planned + "/plan", Kind.MULTI_LINE));
        return all;
    }
}
