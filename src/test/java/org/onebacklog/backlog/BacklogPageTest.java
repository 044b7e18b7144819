package org.onebacklog.backlog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;
import static org.onebacklog.support.Api.backlogKeys;
import static org.onebacklog.support.Api.item;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.product;
import static org.onebacklog.support.Api.story;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Browser;

@QuarkusTest
class BacklogPageTest {

    private static final Pattern ROW = Pattern.compile("data-item-key=\"([A-Z0-9]+-\\d+)\"");

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        given().redirects().follow(false).get("/products/ANY/backlog").then().statusCode(302)
                .header("Location", endsWith("/login"));
        given().get("/login").then().statusCode(200).body(containsString("name=\"j_username\""));
    }

    @Test
    void aWrongPasswordShowsTheLoginErrorAndNoSession() {
        String session = given().redirects().follow(false).formParam("j_username", "admin")
                .formParam("j_password", "nope").post("/j_security_check").then().statusCode(302)
                .header("Location", containsString("error")).extract().cookie("onebacklog-session");
        org.junit.jupiter.api.Assertions.assertNull(session);
        given().get("/login?error=true").then().body(containsString("class=\"form-error\" role=\"alert\""));
    }

    @Test
    void theBacklogPageShowsAwaitingItemsFirstThenTheRankedOrder() {
        String shop = product("PB");
        String developer = member(shop, "DEVELOPER");
        String a = story(shop, "Search the catalogue");
        String b = story(shop, "Pay with a card");
        String idea = item(asUser(developer), shop, Map.of("kind", "STORY", "title", "Wish lists"));
        asAdmin().body(Map.of("after", b)).post("/api/v1/items/" + a + "/rank").then().statusCode(200);

        String html = Browser.admin().page().get("/products/" + shop + "/backlog").then().statusCode(200)
                .body(containsString("Awaiting the Product Owner"))
                .extract().asString();
        assertEquals(List.of(idea, b, a), rowKeys(html));
        assertTrue(html.contains("class=\"can-contribute can-order can-run\""), "the PO gets the ordering controls");
    }

    @Test
    void aDeveloperSeesTheBacklogWithoutOrderingControlsAndCannotOrder() {
        String shop = product("PD");
        String developer = member(shop, "DEVELOPER");
        String a = story(shop, "A");
        String b = story(shop, "B");
        Browser dev = Browser.user(developer);
        dev.page().get("/products/" + shop + "/backlog").then().statusCode(200)
                .body(containsString("class=\"can-contribute\""));
        dev.htmx().formParam("item", b).formParam("move", "TOP").post("/products/" + shop + "/backlog/move")
                .then().statusCode(403).header("HX-Retarget", "#flash")
                .body(containsString("Only the Product Owner"));
        assertEquals(List.of(a, b), backlogKeys(shop));
    }

    @Test
    void thePoMovesRowsWithTheKeyboardAndByDragging() {
        String shop = product("PK");
        String a = story(shop, "A");
        String b = story(shop, "B");
        String c = story(shop, "C");
        Browser po = Browser.admin();
        String html = po.htmx().formParam("item", c).formParam("move", "UP")
                .post("/products/" + shop + "/backlog/move").then().statusCode(200).extract().asString();
        assertEquals(List.of(a, c, b), rowKeys(html));
        html = po.htmx().formParam("item", a).formParam("move", "BOTTOM")
                .post("/products/" + shop + "/backlog/move").then().statusCode(200).extract().asString();
        assertEquals(List.of(c, b, a), rowKeys(html));
        html = po.htmx().formParam("item", a).formParam("before", c)
                .post("/products/" + shop + "/backlog/rank").then().statusCode(200).extract().asString();
        assertEquals(List.of(a, c, b), rowKeys(html));
        assertEquals(List.of(a, c, b), backlogKeys(shop));
    }

    @Test
    void inlineCreateAddsTheItemOrShowsTheMessageNextToTheField() {
        String shop = product("PC");
        Browser po = Browser.admin();
        String html = po.htmx().formParam("kind", "TECHNICAL").formParam("title", "Pay down the cache hack")
                .formParam("estimate", "abc").formParam("labels", "").formParam("valueStatement", "")
                .post("/products/" + shop + "/backlog/items").then().statusCode(400).extract().asString();
        assertTrue(html.contains("id=\"estimate-error\""), "estimate message shown");
        assertTrue(html.contains("id=\"valueStatement-error\""), "value statement message shown");
        assertTrue(html.contains("value=\"Pay down the cache hack\""), "what was typed is kept");
        assertEquals(List.of(), backlogKeys(shop), "nothing saved");

        html = po.htmx().formParam("kind", "TECHNICAL").formParam("title", "Pay down the cache hack")
                .formParam("estimate", "2,5").formParam("labels", "perf, Cache")
                .formParam("valueStatement", "Shoppers get fresh prices; left undone, wrong prices keep costing refunds")
                .post("/products/" + shop + "/backlog/items").then().statusCode(200).extract().asString();
        assertEquals(List.of(shop + "-1"), rowKeys(html));
        assertTrue(html.contains("Added " + shop + "-1"));
        asAdmin().get("/api/v1/items/" + shop + "-1").then().body("estimate", org.hamcrest.Matchers.is(2.5f))
                .body("labels", org.hamcrest.Matchers.contains("cache", "perf"));
    }

    @Test
    void aMoveInAFilteredListShowsTheNewPlacesAtOnce() {
        String shop = product("PM");
        String payA = story(shop, "Pay with PayPal");
        story(shop, "Browse shoes");
        String payB = story(shop, "Pay in instalments");
        String html = Browser.admin().htmx().formParam("item", payB).formParam("before", payA)
                .formParam("filterQ", "pay").post("/products/" + shop + "/backlog/rank").then().statusCode(200)
                .extract().asString();
        assertEquals(List.of(payB, payA), rowKeys(html));
        assertEquals(List.of("1", "2"), positions(html));
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> badForms() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("STORY", "", "", "", "title"),
                org.junit.jupiter.params.provider.Arguments.of("STORY", "x".repeat(201), "", "", "title"),
                org.junit.jupiter.params.provider.Arguments.of("STORY", "Ok", "-1", "", "estimate"),
                org.junit.jupiter.params.provider.Arguments.of("STORY", "Ok", "1e9", "", "estimate"),
                org.junit.jupiter.params.provider.Arguments.of("STORY", "Ok", "three", "", "estimate"),
                org.junit.jupiter.params.provider.Arguments.of("STORY", "Ok", "", "bad label!", "labels"),
                org.junit.jupiter.params.provider.Arguments.of("EPIC", "Ok", "", "", "kind"),
                org.junit.jupiter.params.provider.Arguments.of("TECHNICAL", "Ok", "", "", "valueStatement"),
                org.junit.jupiter.params.provider.Arguments.of("STORY", "a\u0007b", "", "", "title"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("badForms")
    void theCreateFormExplainsEveryMistakeNextToItsField(String kind, String title, String estimate, String labels,
            String field) {
        String shop = product("PX");
        String html = Browser.admin().htmx().formParam("kind", kind).formParam("title", title)
                .formParam("estimate", estimate).formParam("labels", labels)
                .formParam("valueStatement", "").post("/products/" + shop + "/backlog/items").then().statusCode(400)
                .extract().asString();
        assertTrue(html.contains("id=\"" + field + "-error\""), "message next to " + field);
        assertEquals(List.of(), backlogKeys(shop), "nothing saved");
    }

    @Test
    void filtersNarrowTheListFragment() {
        String shop = product("PF");
        story(shop, "Pay with PayPal");
        String other = story(shop, "Browse shoes");
        String html = Browser.admin().page().header("HX-Request", "true").header("HX-Target", "backlog-lists")
                .queryParam("q", "shoes").get("/products/" + shop + "/backlog").then().statusCode(200)
                .body(not(containsString("<html"))).extract().asString();
        assertEquals(List.of(other), rowKeys(html));
    }

    @Test
    void aViewerGetsNoCreateFormAndCannotPostOne() {
        String shop = product("PV");
        String viewer = member(shop, "VIEWER");
        Browser browser = Browser.user(viewer);
        browser.page().get("/products/" + shop + "/backlog").then().statusCode(200)
                .body(containsString("<body class=\"\" "));
        browser.htmx().formParam("kind", "STORY").formParam("title", "Sneaky")
                .post("/products/" + shop + "/backlog/items").then().statusCode(403);
        assertEquals(List.of(), backlogKeys(shop));
    }

    @Test
    void anOutsiderGetsAForbiddenPage() {
        String shop = product("PO");
        String other = product("PQ");
        String outsider = member(other, "DEVELOPER");
        Browser.user(outsider).page().get("/products/" + shop + "/backlog").then().statusCode(403)
                .body(containsString("not a member"));
        Browser.user(outsider).page().get("/products/NOSUCH/backlog").then().statusCode(404);
    }

    static List<String> positions(String html) {
        Matcher matcher = Pattern.compile("<span class=\"position\">(\\w+)</span>").matcher(html);
        List<String> places = new java.util.ArrayList<>();
        while (matcher.find()) {
            places.add(matcher.group(1));
        }
        return places;
    }

    static List<String> rowKeys(String html) {
        Matcher matcher = ROW.matcher(html);
        List<String> keys = new java.util.ArrayList<>();
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }
}
