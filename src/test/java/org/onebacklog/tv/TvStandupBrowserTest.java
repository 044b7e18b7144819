package org.onebacklog.tv;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Chromium;
import org.onebacklog.support.ChromiumTest;

/**
 * The wall TV during the stand-up, in a real browser: the Scrum Master walks the stand-up on a laptop and the TV
 * in the room shows each person's step as they go, readable from across the room, then the board again.
 */
@QuarkusTest
class TvStandupBrowserTest extends ChromiumTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** A task of the product's first item, given to {@code username} and moved to {@code column} by them. */
    static long task(String product, String username, String title, String column) {
        long task = asAdmin().body(Map.of("title", title, "estimate", 2))
                .post("/api/v1/items/" + product + "-1/tasks").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        long version = asAdmin().body(Map.of("assignee", username, "version", 0)).patch("/api/v1/tasks/" + task)
                .then().statusCode(200).extract().jsonPath().getLong("version");
        if (!"TODO".equals(column)) {
            asUser(username).body(Map.of("column", column, "version", version))
                    .post("/api/v1/tasks/" + task + "/move").then().statusCode(200);
        }
        return task;
    }

    static String developer(String product, String name) {
        String username = name + "-" + product.toLowerCase();
        asAdmin().body(Map.of("username", username, "role", "DEVELOPER", "password", Api.password(username)))
                .post("/api/v1/products/" + product + "/members").then().statusCode(201);
        return username;
    }

    @Test
    void theTvShowsEachStepOfTheStandupAndThenTheBoardAgain() throws IOException {
        Api.ActiveBoard board = Api.activeBoard("TVW");
        String shop = board.product();
        String amara = developer(shop, "amara");
        String jonas = developer(shop, "jonas");
        task(shop, amara, "Wire the payment form to the new checkout API", "IN_PROGRESS");
        task(shop, amara, "Write the refund confirmation e-mail", "REVIEW");
        long stuck = task(shop, amara, "Connect to the card provider", "IN_PROGRESS");
        asUser(amara).body(Map.of("reason", "Waiting for the provider's sandbox keys"))
                .post("/api/v1/tasks/" + stuck + "/block").then().statusCode(200);
        task(shop, jonas, "Load test the order service", "IN_PROGRESS");
        // jonas holds a lot: his step still fits the screen.
        for (String title : List.of("Rotate the database credentials", "Document the release checklist",
                "Fix the flaky basket test", "Upgrade the message broker client", "Profile the search endpoint",
                "Tidy the logging configuration")) {
            task(shop, jonas, title, "IN_PROGRESS");
        }

        Page tv = TvBrowserTest.tvScreen();
        tv.navigate(base + TvBrowserTest.display(shop, "Team room").get("url").substring(1));
        assertThat(tv.locator(".tv-board")).isVisible();
        Chromium.waitUntilLive(tv);

        Page walker = loggedIn();
        walker.navigate(base + "products/" + shop + "/standup");
        String first = walker.locator("#standup-who").innerText();
        assertThat(tv.locator("#tv-standup-who")).hasText(first, new com.microsoft.playwright.assertions
                .LocatorAssertions.HasTextOptions().setTimeout(10_000));
        assertThat(tv.locator(".tv-board")).hasCount(0);
        assertTrue(List.of(amara, jonas).contains(first), "a developer's step first: " + first);
        assertReadable(tv);
        Files.createDirectories(SCREENSHOTS);
        tv.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("tv-standup-" + first.substring(0, 5)
                + ".png")));

        walker.keyboard().press("ArrowRight");
        walker.waitForFunction("who => document.getElementById('standup-who').innerText !== who", first);
        String second = walker.locator("#standup-who").innerText();
        assertThat(tv.locator("#tv-standup-who")).hasText(second, new com.microsoft.playwright.assertions
                .LocatorAssertions.HasTextOptions().setTimeout(10_000));
        assertReadable(tv);
        tv.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("tv-standup-" + second.substring(0, 5)
                + ".png")));

        // The last step, then "Back to the board": the TV shows the board again.
        walker.navigate(base + "products/" + shop + "/standup?step=9");
        assertThat(tv.locator("#tv-standup-who")).hasText("Not assigned", new com.microsoft.playwright.assertions
                .LocatorAssertions.HasTextOptions().setTimeout(10_000));
        tv.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("tv-standup-unassigned.png")));
        walker.locator("[data-standup-end]").click();
        walker.waitForURL("**/board");
        assertThat(tv.locator(".tv-board")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                .IsVisibleOptions().setTimeout(10_000));
        assertThat(tv.locator("#tv-standup-who")).hasCount(0);
        TvBrowserTest.assertFitsTheScreen(tv);
        walker.context().close();
        tv.context().close();
    }

    /** The step fills the 1080p screen without scrolling, and no panel hides a card it holds. */
    @SuppressWarnings("unchecked")
    static void assertReadable(Page tv) {
        TvBrowserTest.assertFitsTheScreen(tv);
        List<String> clipped = (List<String>) tv.evaluate("() => Array.from(document.querySelectorAll("
                + "'.screen-standup, .tv-standup-part'))"
                + ".filter(el => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)"
                + ".map(el => el.className + ' ' + el.scrollWidth + 'x' + el.scrollHeight)");
        assertEquals(List.of(), clipped, "stand-up panels that hold more than they show");
        Number name = (Number) tv.evaluate("() => parseFloat(getComputedStyle(document.getElementById("
                + "'tv-standup-who')).fontSize)");
        assertTrue(name.doubleValue() >= 96, "the person's name reads from across the room: " + name + "px");
    }
}
