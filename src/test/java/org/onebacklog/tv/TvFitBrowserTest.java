package org.onebacklog.tv;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.asAdmin;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Chromium;
import org.onebacklog.support.ChromiumTest;

/**
 * The wall TV on the screens it meets — 1280×720, 1920×1080, 3840×2160 — with a realistic sprint: 12 stories, 60
 * tasks, 20 of them in progress. On each, every card shown is whole and inside its column and the screen, "and N
 * more" counts exactly the cards (or items) left out, no name or count runs out of its box, and the column names
 * read from across the room. A live move is fitted again.
 */
@QuarkusTest
class TvFitBrowserTest extends ChromiumTest {

    private static final int[][] SCREENS = { { 1280, 720 }, { 1920, 1080 }, { 3840, 2160 } };
    private static final LocatorAssertions.HasTextOptions LIVE = new LocatorAssertions.HasTextOptions()
            .setTimeout(10_000);

    /** A product with a running sprint and its tasks in the order they were added. */
    record Crowded(String product, long sprint, List<Long> tasks) {
    }

    /**
     * A sprint as teams have them: 12 stories of 5 tasks; stories 1-4 in progress (20 cards), 6 cards in review,
     * 14 done, stories 9-12 left to do (20 cards); 20 % of the capacity of 60 kept for technical work.
     */
    static Crowded crowdedSprint() {
        String shop = Api.product("FIT");
        Api.policy(shop, "0.2", "WARN");
        long sprint = Api.sprint(shop, 60);
        List<Long> tasks = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String item = Api.item(asAdmin(), shop, Map.of("kind", "STORY", "estimate", 5,
                    "title", "Story " + i + ": customers can pay with the card they saved last time"));
            asAdmin().body(Map.of("itemKey", item)).post("/api/v1/sprints/" + sprint + "/items").then()
                    .statusCode(200);
            for (int t = 1; t <= 5; t++) {
                tasks.add(asAdmin().body(Map.of("title", "Task " + t + " of story " + i + ": write and test it",
                        "estimate", 1)).post("/api/v1/items/" + item + "/tasks").then().statusCode(201).extract()
                        .jsonPath().getLong("id"));
            }
        }
        asAdmin().post("/api/v1/sprints/" + sprint + "/start").then().statusCode(200);
        for (int i = 0; i < 40; i++) {
            TvBrowserTest.move(tasks.get(i), i < 20 ? "IN_PROGRESS" : i < 26 ? "REVIEW" : "DONE");
        }
        return new Crowded(shop, sprint, tasks);
    }

    static Page tv(int width, int height) {
        return chromium.newContext(new Browser.NewContextOptions().setViewportSize(width, height)).newPage();
    }

    /**
     * What the TV shows of each column or stand-up part (its entries shown and left out, how it lists them) and
     * everything wrong with it: a card not whole or outside its column or the screen, text running out of its box,
     * an "and N more" that does not count what it left out.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> fit(Page tv) {
        return (Map<String, Object>) tv.evaluate("() => {"
                + " const problems = []; const parts = {};"
                + " const screen = { top: 0, left: 0, bottom: innerHeight, right: innerWidth };"
                + " const inside = (r, o) => r.top >= o.top - 0.5 && r.bottom <= o.bottom + 0.5"
                + "   && r.left >= o.left - 0.5 && r.right <= o.right + 0.5;"
                // Half a pixel of a 1080p screen, scaled: rounding, not a letter cut off.
                + " const slack = Math.max(1, 1.5 * Math.min(innerWidth / 1920, innerHeight / 1080));"
                + " const wide = el => el.scrollWidth > el.clientWidth + slack;"
                + " document.querySelectorAll('.tv-fit').forEach(box => {"
                + "  if (box.offsetParent === null) return;"
                + "  const name = box.dataset.column || box.querySelector('h2').firstChild.textContent.trim();"
                + "  const byStory = box.classList.contains('by-story');"
                + "  const list = byStory ? box.querySelector('.tv-stories') : box.querySelector('.tv-fit-list');"
                + "  const more = box.querySelector('.tv-more');"
                + "  const entries = Array.from(list.children);"
                + "  const shown = entries.filter(e => e.offsetParent !== null);"
                + "  const outer = box.getBoundingClientRect();"
                + "  shown.forEach(e => { const r = e.getBoundingClientRect();"
                + "   if (!inside(r, outer) || !inside(r, list.getBoundingClientRect()) || !inside(r, screen))"
                + "    problems.push(name + ': clipped card ' + e.textContent.trim().slice(0, 30));"
                + "   e.querySelectorAll('*').forEach(c => { if (c.offsetParent === null) return;"
                + "    if (!inside(c.getBoundingClientRect(), r)) problems.push(name + ': text out of its card '"
                + "     + c.textContent.trim().slice(0, 30));"
                + "    if (getComputedStyle(c).display !== 'inline' && wide(c)) problems.push(name"
                + "     + ': text wider than its box ' + c.textContent.trim().slice(0, 30)); }); });"
                + "  const left = entries.length - shown.length + (byStory ? 0 : Number(more.dataset.unsent || 0));"
                + "  const said = more.offsetParent === null ? 0 : Number((/\\d+/.exec(more.textContent) || ['-1'])[0]);"
                + "  if (said !== left) problems.push(name + ': says \"' + (more.offsetParent ? more.textContent : '')"
                + "   + '\" with ' + left + ' left out');"
                + "  if (more.offsetParent !== null && !inside(more.getBoundingClientRect(), outer))"
                + "   problems.push(name + ': its \"and N more\" is cut');"
                + "  parts[name] = { shown: shown.length, left: left, how: byStory ? 'items'"
                + "   : box.classList.contains('compact') ? 'compact' : 'cards' }; });"
                + " document.querySelectorAll('.tv-column-head h2, .tv-count, .tv-more, .tv-reserve-line,"
                + "  .tv-days, .tv-standup-part h2, .tv-product').forEach(el => {"
                + "  if (el.offsetParent !== null && (wide(el) || el.scrollHeight > el.clientHeight + slack))"
                + "   problems.push('runs out of its box: ' + el.className + ' ' + el.textContent.trim()); });"
                + " if (document.documentElement.scrollHeight > innerHeight"
                + "  || document.documentElement.scrollWidth > innerWidth) problems.push('the page scrolls');"
                + " return { problems: problems, parts: parts }; }");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> part(Map<String, Object> fit, String name) {
        return (Map<String, Object>) ((Map<String, Object>) fit.get("parts")).get(name);
    }

    static int number(Map<String, Object> part, String key) {
        return ((Number) part.get(key)).intValue();
    }

    static double fontSize(Page tv, String selector) {
        return ((Number) tv.evaluate("s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize)",
                selector)).doubleValue();
    }

    @Test
    void everyScreenShowsWholeCardsAndCountsTheRest() {
        String shop = crowdedSprint().product();
        String url = TvBrowserTest.display(shop, "Team room").get("url").substring(1);
        for (int[] size : SCREENS) {
            Page tv = tv(size[0], size[1]);
            tv.navigate(base + url);
            assertThat(tv.locator("section.tv-column")).hasCount(4);
            Chromium.waitUntilLive(tv);
            String screen = size[0] + "x" + size[1];
            Map<String, Object> fit = fit(tv);
            assertEquals(List.of(), fit.get("problems"), screen + ": " + fit.get("parts"));

            // Twenty cards in progress: as many as fit, a line of title each, and "and N more" for the others.
            Map<String, Object> inProgress = part(fit, "IN_PROGRESS");
            assertEquals("compact", inProgress.get("how"), screen);
            assertTrue(number(inProgress, "shown") >= 6, screen + " shows " + inProgress);
            assertEquals(20, number(inProgress, "shown") + number(inProgress, "left"), screen);
            assertThat(tv.locator("[data-column=IN_PROGRESS] .tv-more"))
                    .hasText("and " + number(inProgress, "left") + " more");
            // The twenty left to do (four stories' worth) and the fourteen done list their stories by title.
            assertEquals("items", part(fit, "TODO").get("how"), screen);
            assertThat(tv.locator("[data-column=TODO] .tv-story").first()).containsText("Story 9: customers");
            assertThat(tv.locator("[data-column=TODO] .tv-story-count").first()).hasText("5");
            assertEquals("cards", part(fit, "REVIEW").get("how"), screen + ": six cards fit at full size");

            // Names read from 4 m: 28 px or more at 1080p, and in proportion on the other screens.
            double scale = Math.min(size[0] / 1920.0, size[1] / 1080.0);
            double name = fontSize(tv, ".tv-column-head h2");
            assertTrue(name >= 28 * scale - 0.1, screen + ": column names of " + name + " px");
            assertTrue(fontSize(tv, ".tv-card-title") >= 26 * scale - 0.1, screen + ": card titles");
            assertThat(tv.locator("[role=alert]")).hasCount(0);
            assertThat(tv.locator(".screen-overview .tv-reserve-line.technical")).hasText("Technical reserve: 0 of 12 points used");
            assertThat(tv.locator(".screen-overview .tv-chart svg")).isVisible();
            double chart = ((Number) tv.evaluate("() => document.querySelector('.screen-overview .tv-chart svg')"
                    + ".getBoundingClientRect().height")).doubleValue();
            assertTrue(chart >= 200 * scale, screen + ": the burndown is " + chart + " px high");
            tv.context().close();
        }
    }

    @Test
    void aLiveMoveIsFittedAgain() {
        Crowded sprint = crowdedSprint();
        String url = TvBrowserTest.display(sprint.product(), "Team room").get("url").substring(1);
        Page tv = tv(1280, 720);
        tv.navigate(base + url);
        Chromium.waitUntilLive(tv);
        int before = number(part(fit(tv), "IN_PROGRESS"), "left");
        tv.evaluate("window.__marker = 1");

        TvBrowserTest.move(sprint.tasks().get(59), "IN_PROGRESS");

        Locator count = tv.locator("[data-column=IN_PROGRESS] .tv-count");
        assertThat(count).hasText("21", LIVE);
        assertThat(tv.locator("[data-column=IN_PROGRESS] .tv-more")).hasText("and " + (before + 1) + " more", LIVE);
        Map<String, Object> fit = fit(tv);
        assertEquals(List.of(), fit.get("problems"), String.valueOf(fit.get("parts")));
        assertEquals(21, number(part(fit, "IN_PROGRESS"), "shown") + number(part(fit, "IN_PROGRESS"), "left"));
        assertEquals(1, ((Number) tv.evaluate("window.__marker")).intValue(), "the TV did not reload");
        tv.context().close();
    }

    @Test
    void aStandupStepWithManyCardsShowsWholeOnesAndCountsTheRest() {
        String shop = Api.activeBoard("FIS").product();
        String jonas = TvStandupBrowserTest.developer(shop, "jonas");
        for (int i = 1; i <= 24; i++) {
            TvStandupBrowserTest.task(shop, jonas, "Task " + i + " jonas has on his plate this sprint",
                    "IN_PROGRESS");
        }
        String url = TvBrowserTest.display(shop, "Team room").get("url").substring(1);
        Page walker = loggedIn();
        List<Page> tvs = new ArrayList<>();
        for (int[] size : SCREENS) {
            Page tv = tv(size[0], size[1]);
            tv.navigate(base + url);
            Chromium.waitUntilLive(tv);
            tvs.add(tv);
        }
        walker.navigate(base + "products/" + shop + "/standup");
        while (!walker.locator("#standup-who").innerText().equals(jonas)) {
            String who = walker.locator("#standup-who").innerText();
            walker.keyboard().press("ArrowRight");
            walker.waitForFunction("who => document.getElementById('standup-who').innerText !== who", who);
        }
        for (int i = 0; i < SCREENS.length; i++) {
            Page tv = tvs.get(i);
            String screen = SCREENS[i][0] + "x" + SCREENS[i][1];
            assertThat(tv.locator("#tv-standup-who")).hasText(jonas, LIVE);
            assertThat(tv.locator(".tv-standup-progress .tv-more")).isVisible();
            Map<String, Object> fit = fit(tv);
            assertEquals(List.of(), fit.get("problems"), screen + ": " + fit.get("parts"));
            Map<String, Object> progress = part(fit, "In progress");
            assertEquals(24, number(progress, "shown") + number(progress, "left"), screen + ": " + progress);
            assertTrue(number(progress, "shown") >= 5, screen + ": " + progress);
            assertThat(tv.locator("[role=alert]")).hasCount(0);
            tv.context().close();
        }
        walker.context().close();
    }
}
