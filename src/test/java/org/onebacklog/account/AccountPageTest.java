package org.onebacklog.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.product;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Browser;

/** My account: my password and my sessions, on the page and over the API. */
@QuarkusTest
class AccountPageTest {

    private static final String NEW_PASSWORD = "a-new-password-for-me";

    private static io.restassured.response.ValidatableResponse products(String cookie) {
        return given().redirects().follow(false).cookie(Sessions.COOKIE, cookie).accept("text/html").get("/products")
                .then();
    }

    private static String cookieAfterLogin(String username, String password, String userAgent) {
        return given().redirects().follow(false).header("User-Agent", userAgent).formParam("j_username", username)
                .formParam("j_password", password).post("/j_security_check").then().statusCode(302).extract()
                .cookie(Sessions.COOKIE);
    }

    @Test
    void changingMyPasswordEndsMyOtherSessionsButNotThisOne() {
        String shop = product("AP");
        String developer = member(shop, "DEVELOPER");
        Browser here = Browser.user(developer);
        Browser elsewhere = Browser.user(developer);

        here.form().formParam("current", Api.password(developer)).formParam("new", NEW_PASSWORD)
                .formParam("repeat", NEW_PASSWORD).post("/account/password").then().statusCode(303)
                .header("Location", endsWith("/account?changed=1#change-password"));

        here.page().get("/account?changed=1").then().statusCode(200).body(containsString("Your password is changed"));
        products(elsewhere.sessionCookie()).statusCode(302).header("Location", endsWith("/login"));
        Browser.login(developer, NEW_PASSWORD);
        Api.as(developer, NEW_PASSWORD).get("/api/v1/products").then().statusCode(200);
        Api.asUser(developer).get("/api/v1/products").then().statusCode(401);
    }

    @Test
    void aWrongCurrentPasswordIsSaidNextToItsFieldAndChangesNothing() {
        String shop = product("AW");
        String developer = member(shop, "DEVELOPER");
        Browser browser = Browser.user(developer);
        String html = browser.form().formParam("current", "not-my-password").formParam("new", NEW_PASSWORD)
                .formParam("repeat", NEW_PASSWORD).post("/account/password").then().statusCode(400).extract()
                .asString();
        assertTrue(html.contains("<p class=\"field-error\" id=\"current-error\">That is not your current password"),
                html);
        assertTrue(!html.contains("not-my-password") && !html.contains(NEW_PASSWORD), "passwords are not shown again");

        String empty = browser.form().formParam("current", "").formParam("new", "short")
                .formParam("repeat", "passwrd").post("/account/password").then().statusCode(400).extract()
                .asString();
        assertTrue(empty.contains("id=\"current-error\">Give your current password"), empty);
        assertTrue(empty.contains("id=\"new-error\">Use a password of 8 to 128"), empty);

        String common = browser.form().formParam("current", Api.password(developer)).formParam("new", "password1")
                .formParam("repeat", "password1").post("/account/password").then().statusCode(400).extract()
                .asString();
        assertTrue(common.contains("id=\"new-error\">This is one of the most common passwords"), common);

        String differ = browser.form().formParam("current", Api.password(developer)).formParam("new", NEW_PASSWORD)
                .formParam("repeat", NEW_PASSWORD + "!").post("/account/password").then().statusCode(400).extract()
                .asString();
        assertTrue(differ.contains("id=\"repeat-error\">The two new passwords differ"), differ);

        Api.asUser(developer).get("/api/v1/products").then().statusCode(200);
        products(browser.sessionCookie()).statusCode(200);
    }

    @Test
    void theApiChangesMyPasswordAndNamesTheFieldThatIsWrong() {
        String shop = product("AA");
        String developer = member(shop, "DEVELOPER");
        Browser browser = Browser.user(developer);

        Api.asUser(developer).body(Map.of("current", "not-it", "new", NEW_PASSWORD)).post("/api/v1/account/password")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("current"));
        Api.asUser(developer).body(Map.of("current", Api.password(developer), "new", developer + "-2026"))
                .post("/api/v1/account/password").then().statusCode(400)
                .body("violations.find { it.field == 'new' }.message", containsString("contains the username"));
        Api.asUser(developer).body(Map.of("current", Api.password(developer), "neu", NEW_PASSWORD))
                .post("/api/v1/account/password").then().statusCode(400);
        Api.asUser(developer).post("/api/v1/account/password").then().statusCode(400);
        products(browser.sessionCookie()).statusCode(200);

        Api.asUser(developer).body(Map.of("current", Api.password(developer), "new", NEW_PASSWORD))
                .post("/api/v1/account/password").then().statusCode(204);
        products(browser.sessionCookie()).statusCode(302);
        Api.as(developer, NEW_PASSWORD).get("/api/v1/products").then().statusCode(200);
    }

    @Test
    void wrongCurrentPasswordsCountAsFailedLogins() {
        String shop = product("AT");
        String developer = member(shop, "DEVELOPER");
        String token = Api.asUser(developer).body(Map.of("name", "guessing script")).post("/api/v1/tokens").then()
                .statusCode(201).extract().path("token");
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            given().header("Authorization", "Bearer " + token).contentType("application/json")
                    .body(Map.of("current", "guess-" + i, "new", NEW_PASSWORD)).post("/api/v1/account/password")
                    .then().statusCode(400);
        }
        given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Map.of("current", Api.password(developer), "new", NEW_PASSWORD))
                .post("/api/v1/account/password").then().statusCode(400)
                .body("violations.find { it.field == 'current' }.message", containsString("Too many"));
        given().redirects().follow(false).formParam("j_username", developer)
                .formParam("j_password", Api.password(developer)).post("/j_security_check").then().statusCode(302)
                .header("Location", endsWith("/login?error=true"));
    }

    @Test
    void myAccountListsMySessionsAndEndsOneOfThem() {
        String shop = product("AS");
        String developer = member(shop, "DEVELOPER");
        String laptop = cookieAfterLogin(developer, Api.password(developer),
                "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0");
        String phone = cookieAfterLogin(developer, Api.password(developer), "Mozilla/5.0 (iPhone; CPU iPhone OS "
                + "18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 "
                + "Safari/604.1");
        String html = given().redirects().follow(false).cookie(Sessions.COOKIE, laptop).accept("text/html")
                .get("/account").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<a href=\"/account\" aria-current=\"page\">My account</a>"), "in the top bar");
        assertTrue(html.contains("href=\"/account/tokens\""), "my API tokens are a link away");
        assertTrue(html.contains("Firefox on Linux") && html.contains("Safari on iPhone"), html);
        assertEquals(1, count(html, "This session"));
        Matcher other = Pattern.compile("action=\"/account/sessions/(\\d+)/end\"").matcher(html);
        assertTrue(other.find(), "the other session can be ended");
        String csrf = csrfOf(html);

        given().redirects().follow(false).cookie(Sessions.COOKIE, laptop).formParam("csrf", csrf)
                .post("/account/sessions/" + other.group(1) + "/end").then().statusCode(303)
                .header("Location", endsWith("/account?ended=1"));

        products(phone).statusCode(302);
        String after = given().cookie(Sessions.COOKIE, laptop).accept("text/html").get("/account?ended=1").then()
                .statusCode(200).extract().asString();
        assertTrue(!after.contains("Safari on iPhone") && after.contains("That session has ended"), after);

        String stranger = member(shop, "VIEWER");
        String strangers = cookieAfterLogin(stranger, Api.password(stranger), "curl/8");
        given().redirects().follow(false).cookie(Sessions.COOKIE, laptop).formParam("csrf", csrf)
                .post("/account/sessions/" + idOfOnlySession(strangers) + "/end").then().statusCode(404);
        products(strangers).statusCode(200);
    }

    @Test
    void anyoneLoggedInHasTheAccountPageAndAnonymousVisitorsAreSentToLogIn() {
        given().redirects().follow(false).accept("text/html").get("/account").then().statusCode(302)
                .header("Location", endsWith("/login"));
        Browser.admin().page().get("/account").then().statusCode(200).body(containsString("Change my password"))
                .body(containsString("Log out everywhere")).body(not(containsString("value=\"admin-secret\"")));
    }

    private static String idOfOnlySession(String cookie) {
        String html = given().cookie(Sessions.COOKIE, cookie).accept("text/html").get("/account").then()
                .statusCode(200).extract().asString();
        Matcher id = Pattern.compile("data-session-id=\"(\\d+)\"").matcher(html);
        assertTrue(id.find());
        return id.group(1);
    }

    private static String csrfOf(String html) {
        Matcher token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(token.find());
        return token.group(1);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
