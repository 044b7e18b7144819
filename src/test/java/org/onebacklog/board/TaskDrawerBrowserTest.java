package org.onebacklog.board;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.asAdmin;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Chromium;
import org.onebacklog.support.ChromiumTest;

/**
 * The Product Owner waives a DoD-implied task from its card's drawer on the board, as at a stand-up: the card opens
 * with Enter, a waiver without a reason is refused next to the field, a waiver with one marks the card waived on
 * the board. A developer opening the same card gets no waive control.
 */
@QuarkusTest
class TaskDrawerBrowserTest extends ChromiumTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Test
    void theProductOwnerWaivesADodTaskFromItsDrawerAndADeveloperCannot() throws Exception {
        Api.ActiveBoard board = boardWithDodTasks();
        long task = dodTask(board.sprint());
        String productOwner = Api.member(board.product(), "PRODUCT_OWNER");
        String developer = Api.member(board.product(), "DEVELOPER");

        Page page = loggedInAs(productOwner);
        page.navigate(base + "products/" + board.product() + "/board");
        Chromium.waitUntilLive(page);
        Locator card = page.locator("#task-" + task);
        assertFalse(card.getAttribute("class").contains("waived"), "not waived yet");
        card.focus();
        page.keyboard().press("Enter");
        Locator drawer = page.locator("dialog#task-detail[open]");
        drawer.waitFor();
        Locator reason = drawer.locator("#detail-waive-reason");
        assertTrue(reason.isVisible(), "the Product Owner gets the waive control");

        drawer.locator("form:has(#detail-waive-reason) button[type=submit]").click();
        Locator refusal = drawer.locator(".field:has(#detail-waive-reason) .field-error");
        refusal.waitFor();
        String message = refusal.innerText();
        assertFalse(message.isBlank(), "a message next to the reason");
        assertEquals("true", reason.getAttribute("aria-invalid"), "the reason is marked as the field to fix");
        assertEquals(0, drawer.locator(".field:has(#detail-block-reason) .field-error").count(),
                "the refusal is not also shown next to the block reason: " + message);
        assertFalse(drawer.locator("#detail-title").inputValue().isBlank(), "the editor keeps the task's title");
        asAdmin().get("/api/v1/tasks/" + task).then().body("waived", is(false));

        String why = "Covered by the pair's review of the whole story";
        reason.fill(why);
        screenshot(page, "task-drawer-waiving.png");
        drawer.locator("form:has(#detail-waive-reason) button[type=submit]").click();
        drawer.locator(".flash", new Locator.LocatorOptions().setHasText("Waived")).waitFor();
        assertTrue(drawer.innerText().contains("Waived: " + why), "the drawer says why it was waived");
        assertEquals(0, drawer.locator("#detail-waive-reason").count(), "nothing left to waive");
        screenshot(page, "task-drawer-waived.png");

        page.keyboard().press("Escape");
        page.locator("dialog#task-detail[open]").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.DETACHED));
        // The board follows live: the card shows it is waived, in words as well as by its look.
        page.waitForSelector("#task-" + task + ".waived");
        assertTrue(page.locator("#task-" + task + " .dod-mark").textContent().contains("waived"),
                "the card says waived in words");
        asAdmin().get("/api/v1/tasks/" + task).then().statusCode(200).body("waived", is(true))
                .body("waiveReason", is(why));
        page.context().close();

        Page dev = loggedInAs(developer);
        dev.navigate(base + "products/" + board.product() + "/board");
        long other = dodTask(board.sprint(), 1);
        dev.locator("#task-" + other).focus();
        dev.keyboard().press("Enter");
        Locator devDrawer = dev.locator("dialog#task-detail[open]");
        devDrawer.waitFor();
        devDrawer.locator("#detail-title").waitFor();
        assertFalse(devDrawer.locator("#detail-waive-reason").isVisible(), "a developer gets no waive control");
        assertEquals(0, devDrawer.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Waive").setExact(true)).count(),
                "no Waive button a developer could press");
        dev.context().close();
    }

    /**
     * An active sprint of two stories, each carrying a task implied by the Definition of Done ("Technical
     * documentation is updated") besides a plain one.
     */
    private static Api.ActiveBoard boardWithDodTasks() {
        String shop = Api.product("TDW");
        asAdmin().body(Map.of("version", org.onebacklog.support.Api.dodVersion(shop), "criteria", List.of(Map.of("text", "Technical documentation is updated",
                "impliesTask", true, "taskTitle", "Update technical docs", "category", "DOCUMENTATION",
                "estimate", 1)))).put("/api/v1/products/" + shop + "/dod").then().statusCode(200);
        long sprint = Api.sprint(shop, 50);
        for (int i = 0; i < 2; i++) {
            String item = Api.estimated(shop, "STORY", 3);
            asAdmin().body(Map.of("itemKey", item)).post("/api/v1/sprints/" + sprint + "/items").then()
                    .statusCode(200);
            asAdmin().body(Map.of("title", "Build " + item, "estimate", 2)).post("/api/v1/items/" + item + "/tasks")
                    .then().statusCode(201);
        }
        asAdmin().post("/api/v1/sprints/" + sprint + "/start").then().statusCode(200);
        return new Api.ActiveBoard(shop, sprint);
    }

    /** The first DoD-implied task in lane {@code lane} of the sprint's board. */
    private static long dodTask(long sprint, int lane) {
        List<Map<String, Object>> tasks = asAdmin().get("/api/v1/sprints/" + sprint + "/board").then().extract()
                .jsonPath().getList("lanes[" + lane + "].tasks");
        return tasks.stream().filter(t -> t.get("dodCriterionId") != null)
                .map(t -> ((Number) t.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("the default Definition of Done implies tasks: " + tasks));
    }

    private static long dodTask(long sprint) {
        return dodTask(sprint, 0);
    }

    /** A new 1440×900 page, logged in through the login form as a member made by {@link Api#member}. */
    private Page loggedInAs(String username) {
        Page page = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)).newPage();
        page.navigate(base + "login");
        page.fill("#username", username);
        page.fill("#password", Api.password(username));
        page.click("button[type=submit]");
        page.waitForURL("**/products");
        return page;
    }

    private static void screenshot(Page page, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
    }
}
