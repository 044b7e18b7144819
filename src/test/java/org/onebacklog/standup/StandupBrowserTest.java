package org.onebacklog.standup;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.ChromiumTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;

/**
 * Stand-up mode as a Scrum Master runs it: three developers moved cards since the last stand-up; the walk shows one
 * person at a time, with what they moved and what they hold, and the arrow keys go from person to person.
 */
@QuarkusTest
class StandupBrowserTest extends ChromiumTest {


    @Test
    void theStandUpWalksThreePeopleOneAtATimeByKeyboard() {
        Api.ActiveBoard board = Api.activeBoard("SW");
        List<String> developers = new ArrayList<>();
        for (String name : List.of("dana", "jonas", "mei")) {
            String username = name + "-" + board.product().toLowerCase();
            asAdmin().body(Map.of("username", username, "role", "DEVELOPER", "password", Api.password(username)))
                    .post("/api/v1/products/" + board.product() + "/members").then().statusCode(201);
            developers.add(username);
        }
        developers.sort(String::compareTo);
        List<Long> tasks = new ArrayList<>();
        for (String developer : developers) {
            long task = asAdmin().body(Map.of("title", "Work of " + developer, "estimate", 1))
                    .post("/api/v1/items/" + board.product() + "-1/tasks").then().statusCode(201).extract()
                    .jsonPath().getLong("id");
            long version = asAdmin().body(Map.of("assignee", developer, "version", 0)).patch("/api/v1/tasks/" + task)
                    .then().statusCode(200).extract().jsonPath().getLong("version");
            asUser(developer).body(Map.of("column", "IN_PROGRESS", "version", version))
                    .post("/api/v1/tasks/" + task + "/move").then().statusCode(200);
            tasks.add(task);
        }
        asUser(developers.get(1)).body(Map.of("reason", "Waiting for the design review"))
                .post("/api/v1/tasks/" + tasks.get(1) + "/block").then().statusCode(200);

        Page page = loggedIn();
        page.navigate(base + "products/" + board.product() + "/board");
        assertTrue(page.locator(".sprint-header").isVisible(), "the board's header shows the sprint");
        page.locator("#standup-news summary").click();
        page.locator(".news-list").waitFor();
        String news = page.locator(".standup-news-panel").innerText();
        assertTrue(news.contains(developers.get(0) + " moved task “Work of " + developers.get(0) + "”"),
                "beside the board, who did what since the stand-up: " + news);
        assertTrue(news.contains("blocked: Waiting for the design review"), news);
        page.locator("#standup-news summary").click();
        page.keyboard().press("s");
        page.waitForURL("**/standup");
        List<String> seen = new ArrayList<>();
        for (int step = 0; step < 4; step++) {
            String who = page.locator("#standup-who").innerText();
            seen.add(who);
            if (developers.contains(who)) {
                int index = developers.indexOf(who);
                String text = page.locator("#standup-step").innerText();
                assertTrue(text.contains("Work of " + who), who + "'s own card is on their step: " + text);
                for (String other : developers) {
                    if (!other.equals(who)) {
                        assertFalse(text.contains("Work of " + other), "nothing else on screen: " + text);
                    }
                }
                if (index == 1) {
                    assertTrue(text.contains("Waiting for the design review"), "the blocked card says why: " + text);
                }
            }
            page.keyboard().press("ArrowRight");
            page.waitForFunction("previous => document.getElementById('standup-who').innerText !== previous"
                    + " || !document.querySelector('[aria-keyshortcuts*=ArrowRight]')", who);
        }
        assertTrue(seen.containsAll(developers), "every developer had a step: " + seen);
        // The name on screen is read before the key is pressed: read after it, a quick swap would already show the
        // previous person and the wait would wait for a change that has happened.
        String last = page.locator("#standup-who").innerText();
        page.keyboard().press("ArrowLeft");
        page.waitForFunction("who => document.getElementById('standup-who').innerText !== who", last);
        assertEquals("Not assigned", seen.get(seen.size() - 1), "the walk ends with the work nobody holds");
        assertEquals(seen.get(seen.size() - 2), page.locator("#standup-who").innerText(), "← goes back one step");
        page.context().close();
    }
}
