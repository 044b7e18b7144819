package org.onebacklog.tv;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onebacklog.support.Api.asAdmin;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Chromium;
import org.onebacklog.support.ChromiumTest;

/**
 * The TV displays page in a real browser: reached from the navigation by those who run the sprints, a display's
 * views changed in place, and the TV already on the wall following the change without a new address or a reload.
 */
@QuarkusTest
class DisplaysPageBrowserTest extends ChromiumTest {

    private static final LocatorAssertions.HasAttributeOptions LIVE = new LocatorAssertions.HasAttributeOptions()
            .setTimeout(10_000);

    Page loggedInAs(String username, String password) {
        Page page = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)).newPage();
        page.navigate(base + "login");
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("button[type=submit]");
        page.waitForURL("**/products");
        return page;
    }

    @Test
    void theNavigationLeadsThoseWhoRunTheSprintsToTheDisplays() {
        String shop = Api.product("DPN");
        String owner = Api.member(shop, "PRODUCT_OWNER");
        String developer = Api.member(shop, "DEVELOPER");

        Page po = loggedInAs(owner, Api.password(owner));
        po.navigate(base + "products/" + shop + "/backlog");
        Locator nav = po.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Product"));
        nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("TV displays")).click();
        po.waitForURL("**/products/" + shop + "/displays");
        assertThat(po.locator("h1")).hasText("TV displays");
        assertThat(nav.locator("a[aria-current=page]")).hasText("TV displays");
        po.context().close();

        Page dev = loggedInAs(developer, Api.password(developer));
        dev.navigate(base + "products/" + shop + "/backlog");
        assertThat(dev.locator(".product-nav a", new Page.LocatorOptions().setHasText("Backlog"))).isVisible();
        assertThat(dev.locator(".product-nav a", new Page.LocatorOptions().setHasText("TV displays")))
                .hasCount(0);
        dev.context().close();
    }

    @Test
    void changingADisplaysViewsMovesItsTvAtOnceAtTheSameAddress() {
        Api.ActiveBoard board = Api.activeBoard("DPE");
        Map<String, String> display = TvBrowserTest.display(board.product(), "Team room");
        Page tv = TvBrowserTest.tvScreen();
        tv.navigate(base + display.get("url").substring(1));
        Chromium.waitUntilLive(tv);
        assertThat(tv.locator("body")).not().hasAttribute("data-rotate", "15");
        tv.evaluate("window.__marker = 1");

        Page page = loggedIn();
        page.navigate(base + "products/" + board.product() + "/displays");
        Locator row = page.locator("li.display", new Page.LocatorOptions().setHasText("Team room"));
        assertThat(row.getByLabel("Views")).hasValue("");
        row.getByLabel("Views").selectOption("15");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the views of Team room")).click();
        row = page.locator("li.display", new Page.LocatorOptions().setHasText("Team room"));
        assertThat(row.getByRole(AriaRole.STATUS)).containsText("every 15 s");
        assertThat(row.getByLabel("Views")).hasValue("15");

        // The TV on the wall rotates now, without a reload.
        assertThat(tv.locator("body")).hasAttribute("data-rotate", "15", LIVE);
        assertEquals(1, ((Number) tv.evaluate("window.__marker")).intValue(), "the TV did not reload");

        row.getByLabel("Views").selectOption("");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the views of Team room")).click();
        assertThat(row.getByRole(AriaRole.STATUS)).containsText("the board only");
        tv.waitForCondition(() -> tv.locator("body").getAttribute("data-rotate") == null,
                new Page.WaitForConditionOptions().setTimeout(10_000));
        assertThat(tv.locator("body")).hasAttribute("data-show", "overview");
        assertEquals(1, ((Number) tv.evaluate("window.__marker")).intValue(), "the TV did not reload");
        page.context().close();
        tv.context().close();
    }

    @Test
    void aChangeMadeMeanwhileIsSaidNextToTheField() {
        String shop = Api.product("DPS");
        DisplayChangeTest.Created display = DisplayChangeTest.display(shop, null);
        Page page = loggedIn();
        page.navigate(base + "products/" + shop + "/displays");

        asAdmin().body(Map.of("rotateSeconds", 60, "version", display.version()))
                .patch(DisplayChangeTest.path(shop, display.id())).then().statusCode(200);

        Locator row = page.locator("li.display");
        row.getByLabel("Views").selectOption("30");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the views of Team room TV"))
                .click();
        assertThat(row.locator(".field-error")).containsText("changed this display meanwhile");
        assertThat(row.getByLabel("Views")).hasValue("60");
        assertThat(row.getByLabel("Views")).hasAttribute("aria-invalid", "true");
        asAdmin().get("/api/v1/products/" + shop + "/displays").then().body("[0].rotateSeconds",
                org.hamcrest.Matchers.is(60));
        page.context().close();
    }
}
