package org.onebacklog.backlog;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.item;
import static org.onebacklog.support.Api.product;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Browser;

@QuarkusTest
class ItemPageTest {

    @Test
    void theItemPageRendersMarkdownWithoutAnythingExecutable() {
        String shop = product("IM");
        String key = item(asAdmin(), shop, Map.of("kind", "STORY", "title", "<b>Bold</b> title",
                "description", "Pay **fast**.\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n"
                        + "[click](javascript:alert(2)) and [docs](https://example.org)"));
        Browser.admin().page().get("/products/" + shop + "/items/" + key).then().statusCode(200)
                .body(containsString("<strong>fast</strong>"))
                .body(containsString("&lt;b&gt;Bold&lt;/b&gt; title"))
                .body(containsString("href=\"https://example.org\""))
                .body(not(containsString("<script>alert")))
                .body(not(containsString("onerror=")))
                .body(not(containsString("<img src=x")))
                .body(not(containsString("javascript:")));
    }

    @Test
    void editingSavesOrExplainsWhatIsWrong() {
        String shop = product("IE");
        String key = item(asAdmin(), shop, Map.of("kind", "STORY", "title", "Original", "estimate", 3));
        Browser po = Browser.admin();
        po.htmx().get("/products/" + shop + "/items/" + key + "/edit").then().statusCode(200)
                .body(containsString("value=\"Original\""));

        po.htmx().formParam("version", "0").formParam("kind", "STORY").formParam("title", "")
                .formParam("estimate", "-2").formParam("status", "TODO")
                .post("/products/" + shop + "/items/" + key).then().statusCode(400)
                .body(containsString("id=\"title-error\"")).body(containsString("id=\"estimate-error\""));
        asAdmin().get("/api/v1/items/" + key).then().body("title", org.hamcrest.Matchers.is("Original"));

        po.htmx().formParam("version", "0").formParam("kind", "BUG").formParam("title", "Renamed")
                .formParam("estimate", "5").formParam("status", "IN_PROGRESS").formParam("labels", "web")
                .post("/products/" + shop + "/items/" + key).then().statusCode(200)
                .body(containsString("Renamed")).body(containsString("In progress"));
        asAdmin().get("/api/v1/items/" + key).then().body("kind", org.hamcrest.Matchers.is("BUG"))
                .body("version", org.hamcrest.Matchers.is(1));
    }

    @Test
    void aStaleEditKeepsWhatThePersonTypedBelowTheSavedVersionAndSaysWhoChangedIt() {
        String shop = product("IS");
        String key = item(asAdmin(), shop, Map.of("kind", "STORY", "title", "Original"));
        String colleague = org.onebacklog.support.Api.member(shop, "DEVELOPER");
        org.onebacklog.support.Api.asUser(colleague).body(Map.of("title", "Changed by a colleague", "version", 0))
                .patch("/api/v1/items/" + key).then().statusCode(200);
        String answer = Browser.admin().htmx().formParam("version", "0").formParam("kind", "STORY")
                .formParam("title", "Mine").formParam("description", "What I typed at length")
                .formParam("status", "TODO").post("/products/" + shop + "/items/" + key).then().statusCode(409)
                .body(containsString(colleague + " changed this item just now: your text is kept below, the saved"
                        + " version above."))
                // The saved version, above the form...
                .body(containsString("<dd class=\"differs\">Changed by a colleague</dd>"))
                // ...and the form keeps what was typed, now against the fresh version.
                .body(containsString("value=\"Mine\""))
                .body(containsString(">What I typed at length</textarea>"))
                .body(containsString("name=\"version\" value=\"1\""))
                .extract().asString();
        // The message sits in the editor, before the saved version, which comes before the form's fields.
        org.junit.jupiter.api.Assertions.assertTrue(answer.indexOf("changed this item") < answer.indexOf("Saved version")
                && answer.indexOf("Saved version") < answer.indexOf("id=\"edit-title\""));
        asAdmin().get("/api/v1/items/" + key).then().body("title", org.hamcrest.Matchers.is("Changed by a colleague"));
        // Saving again applies the person's text over the version they have now seen.
        Browser.admin().htmx().formParam("version", "1").formParam("kind", "STORY").formParam("title", "Mine")
                .formParam("status", "TODO").post("/products/" + shop + "/items/" + key).then().statusCode(200);
        asAdmin().get("/api/v1/items/" + key).then().body("title", org.hamcrest.Matchers.is("Mine"));
    }

    @Test
    void anItemOfAnotherProductIsNotFoundUnderThisOne() {
        String shop = product("IA");
        String other = product("IB");
        String key = item(asAdmin(), other, Map.of("kind", "STORY", "title", "Elsewhere"));
        Browser.admin().page().get("/products/" + shop + "/items/" + key).then().statusCode(404);
    }

    @Test
    void aDoneItemSaysSoInsteadOfAPlaceInTheBacklog() {
        String shop = product("ID");
        String done = org.onebacklog.support.Api.story(shop, "Shipped");
        org.onebacklog.support.Api.story(shop, "Still to do");
        asAdmin().body(Map.of("status", "DONE", "version", 0)).patch("/api/v1/items/" + done).then().statusCode(200)
                .body("rank", org.hamcrest.Matchers.nullValue());
        Browser.admin().page().get("/products/" + shop + "/items/" + done).then().statusCode(200)
                .body(containsString("Done: no longer in the backlog")).body(not(containsString("#1 in the backlog")));
        Browser.admin().page().get("/products/" + shop + "/items/" + shop + "-2").then()
                .body(containsString("#1 in the backlog"));
    }

    /** A product with a three-criterion DoD and an active sprint holding one story, worked on as a team would. */
    record Worked(String shop, String item, String developer, long sprint) {
    }

    static Worked workedItem(String prefix) {
        String shop = product(prefix);
        asAdmin().body(Map.of("version", org.onebacklog.support.Api.dodVersion(shop), "criteria", List.of(
                Map.of("text", "Reviewed by a peer", "impliesTask", true, "taskTitle", "Peer review",
                        "category", "REVIEW", "estimate", 1),
                Map.of("text", "Technical documentation is updated", "impliesTask", true,
                        "taskTitle", "Update technical docs", "category", "DOCUMENTATION", "estimate", 1),
                Map.of("text", "Tested end to end", "impliesTask", true, "taskTitle", "End-to-end test",
                        "category", "TESTING", "estimate", 2))))
                .put("/api/v1/products/" + shop + "/dod").then().statusCode(200);
        long sprint = org.onebacklog.support.Api.sprint(shop, 60);
        String item = item(asAdmin(), shop, Map.of("kind", "STORY", "title", "Pay by card at checkout",
                "estimate", 5, "description", "As a shopper I pay by card, so that I need no account."));
        asAdmin().body(Map.of("itemKey", item)).post("/api/v1/sprints/" + sprint + "/items").then().statusCode(200);
        asAdmin().post("/api/v1/sprints/" + sprint + "/start").then().statusCode(200);
        String developer = org.onebacklog.support.Api.member(shop, "DEVELOPER");
        for (String title : List.of("Card form with validation", "Payment provider adapter", "Receipt e-mail")) {
            asAdmin().body(Map.of("title", title, "estimate", 3, "assignee", developer))
                    .post("/api/v1/items/" + item + "/tasks").then().statusCode(201);
        }
        Map<String, Long> ids = new java.util.HashMap<>();
        asAdmin().get("/api/v1/items/" + item + "/tasks").then().statusCode(200).extract().jsonPath()
                .getList("", Map.class).forEach(t -> ids.put((String) t.get("title"), ((Number) t.get("id")).longValue()));
        move(ids.get("Card form with validation"), "DONE");
        move(ids.get("Peer review"), "DONE");
        move(ids.get("Payment provider adapter"), "IN_PROGRESS");
        move(ids.get("End-to-end test"), "REVIEW");
        asAdmin().body(Map.of("reason", "Waiting for the provider's sandbox keys"))
                .post("/api/v1/tasks/" + ids.get("Payment provider adapter") + "/block").then().statusCode(200);
        asAdmin().body(Map.of("reason", "Nothing user-facing changed in the docs"))
                .post("/api/v1/tasks/" + ids.get("Update technical docs") + "/waive").then().statusCode(200);
        return new Worked(shop, item, developer, sprint);
    }

    private static void move(long task, String column) {
        long version = ((Number) asAdmin().get("/api/v1/tasks/" + task).then().extract().path("version")).longValue();
        asAdmin().body(Map.of("column", column, "version", version)).post("/api/v1/tasks/" + task + "/move").then()
                .statusCode(200);
    }

    @Test
    void theItemPageShowsItsSprintTasksByColumnDodProgressAndHistory() {
        Worked worked = workedItem("IW");
        String page = Browser.user(worked.developer()).page()
                .get("/products/" + worked.shop() + "/items/" + worked.item()).then().statusCode(200)
                // Its sprint by name, linked to the board while it runs.
                .body(containsString("<a href=\"/products/" + worked.shop() + "/board\">Sprint "))
                // DoD: peer review done, docs waived, the end-to-end test still open.
                .body(containsString("DoD 1 of 3 done (1 waived)"))
                .body(containsString("Blocked: Waiting for the provider&#39;s sandbox keys"))
                .body(containsString(">Waived<"))
                .body(containsString("moved task “Peer review” from To Do to Done"))
                .body(containsString("waived task “Update technical docs”: Nothing user-facing changed"))
                .body(containsString("committed it to “Sprint "))
                .body(containsString("added the item"))
                .extract().asString();
        // Tasks sit under their columns, in the board's order.
        int todo = page.indexOf("aria-label=\"To Do\"");
        int progress = page.indexOf("aria-label=\"In Progress\"");
        int review = page.indexOf("aria-label=\"Review\"");
        int done = page.indexOf("aria-label=\"Done\"");
        org.junit.jupiter.api.Assertions.assertTrue(todo > 0 && todo < page.indexOf("Update technical docs</span>")
                && page.indexOf("Update technical docs</span>") < progress
                && progress < page.indexOf("Payment provider adapter</span>") && review < page.indexOf("End-to-end test</span>")
                && done < page.indexOf("Card form with validation</span>"), "tasks under their columns");
        // History is newest first: the waiver came after the item was added.
        org.junit.jupiter.api.Assertions.assertTrue(page.indexOf("waived task") < page.indexOf("added the item"));
    }

    @Test
    void aLongHistoryShowsItsNewestHundredEntriesAndSaysHowManyMoreTheRecordKeeps() {
        Worked worked = workedItem("IH");
        long task = ((Number) asAdmin().get("/api/v1/items/" + worked.item() + "/tasks").then().extract().jsonPath()
                .getList("id").get(0)).longValue();
        for (int i = 0; i < 60; i++) { // 120 moves: a task pushed back and forth over a long sprint
            move(task, "IN_PROGRESS");
            move(task, "TODO");
        }
        String page = Browser.admin().page().get("/products/" + worked.shop() + "/items/" + worked.item()).then()
                .statusCode(200).extract().asString();
        String history = page.substring(page.indexOf("id=\"item-history-title\""));
        org.junit.jupiter.api.Assertions.assertEquals(100, history.split("<li>", -1).length - 1, "entries shown");
        org.junit.jupiter.api.Assertions.assertTrue(history.matches("(?s).*The 100 newest of \\d+ entries; \\d+ earlier"
                + " ones are kept in the record\\..*"), "says how many are left out");
        org.junit.jupiter.api.Assertions.assertFalse(history.contains("added the item"), "the oldest are left out");
    }

    @Test
    void anItemNeverCommittedNamesNoSprint() {
        String shop = product("IN");
        String key = org.onebacklog.support.Api.story(shop, "Someday");
        Browser.admin().page().get("/products/" + shop + "/items/" + key).then().statusCode(200)
                .body(containsString("Not committed to a sprint."))
                .body(containsString("No tasks yet."))
                .body(containsString("added the item"));
    }

    @Test
    void aDeveloperBlocksAndUnblocksTheItemWithAReason() {
        String shop = product("IK");
        String key = org.onebacklog.support.Api.story(shop, "Export orders");
        String developer = org.onebacklog.support.Api.member(shop, "DEVELOPER");
        Browser dev = Browser.user(developer);
        String base = "/products/" + shop + "/items/" + key;
        dev.page().get(base).then().body(containsString("id=\"item-block-reason\""));

        dev.htmx().formParam("reason", "  ").post(base + "/block").then().statusCode(400)
                .body(containsString("id=\"reason-error\""))
                .body(containsString("Say what blocks the item"));
        asAdmin().get("/api/v1/items/" + key).then().body("blocked", org.hamcrest.Matchers.nullValue());

        dev.htmx().formParam("reason", "Legal must approve the export format").post(base + "/block").then()
                .statusCode(200).body(containsString("Marked blocked"))
                .body(containsString("<strong>Blocked:</strong> Legal must approve the export format"))
                .body(containsString("marked it blocked: Legal must approve the export format"));
        asAdmin().get("/api/v1/items/" + key).then().body("blocked.reason",
                org.hamcrest.Matchers.is("Legal must approve the export format"));
        dev.htmx().formParam("reason", "Again").post(base + "/block").then().statusCode(409)
                .body(containsString("already blocked"));

        dev.htmx().post(base + "/unblock").then().statusCode(200).body(containsString("Unblocked."))
                .body(containsString("unblocked it"));
        asAdmin().get("/api/v1/items/" + key).then().body("blocked", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theProductOwnerRemovesAnItemFromTheBacklogAndRestoresIt() {
        String shop = product("IR");
        String key = org.onebacklog.support.Api.story(shop, "Gift wrapping");
        String base = "/products/" + shop + "/items/" + key;
        Browser po = Browser.admin();
        po.page().get(base).then().body(containsString("hx-confirm=\"Remove “Gift wrapping” from the backlog?"));

        po.htmx().post(base + "/archive").then().statusCode(200)
                .body(containsString("<strong>Archived:</strong>"))
                .body(containsString(">Restore</button>"))
                .body(not(containsString(">Remove from backlog</button>")))
                .body(containsString("removed it from the backlog (archived)"));
        org.hamcrest.MatcherAssert.assertThat(org.onebacklog.support.Api.backlogKeys(shop),
                not(org.hamcrest.Matchers.hasItem(key)));
        po.page().get(base).then().statusCode(200).body(containsString("Archived: not in the backlog"));

        po.htmx().post(base + "/restore").then().statusCode(200)
                .body(containsString("Restored"))
                .body(not(containsString("<strong>Archived:</strong>")))
                .body(containsString("restored it to the backlog"));
        asAdmin().get("/api/v1/items/" + key).then().statusCode(200);
    }

    @Test
    void aDeveloperMayNotArchiveAndSeesNoSuchButton() {
        String shop = product("IX");
        String key = org.onebacklog.support.Api.story(shop, "Loyalty points");
        String developer = org.onebacklog.support.Api.member(shop, "DEVELOPER");
        String base = "/products/" + shop + "/items/" + key;
        // The button is in the page for everyone (the fragment is the same), hidden unless the body says can-order.
        Browser.user(developer).page().get(base).then().body(containsString("class=\"can-order-only\""))
                .body(not(containsString("can-order can-")));
        Browser.user(developer).htmx().post(base + "/archive").then().statusCode(403);
        org.hamcrest.MatcherAssert.assertThat(org.onebacklog.support.Api.backlogKeys(shop),
                org.hamcrest.Matchers.hasItem(key));
    }
}
