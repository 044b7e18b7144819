package org.onebacklog.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.backlogKeys;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.product;
import static org.onebacklog.support.Api.story;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Browser;

/** What keeps people out of where they do not belong, checked as an attacker would try it. */
@QuarkusTest
class SecurityTest {

    @Test
    void anHtmxPostWithoutTheCsrfTokenIsRefusedAndNothingIsSaved() {
        String shop = product("SC");
        Browser po = Browser.admin();
        po.page().header("HX-Request", "true").contentType(ContentType.URLENC).formParam("kind", "STORY")
                .formParam("title", "Forged").post("/products/" + shop + "/backlog/items").then().statusCode(403)
                .body(containsString("Reload the page"));
        po.page().header("HX-Request", "true").header("X-CSRF-Token", "guessed").contentType(ContentType.URLENC)
                .formParam("kind", "STORY").formParam("title", "Forged").post("/products/" + shop + "/backlog/items")
                .then().statusCode(403);
        assertEquals(List.of(), backlogKeys(shop));
        po.htmx().formParam("kind", "STORY").formParam("title", "Genuine")
                .post("/products/" + shop + "/backlog/items").then().statusCode(200);
        assertEquals(1, backlogKeys(shop).size());
    }

    @Test
    void aPlainFormPostWithoutTheTokenIsRefused() {
        String key = Api.freshKey("SF");
        Browser po = Browser.admin();
        po.page().contentType(ContentType.URLENC).formParam("key", key).formParam("name", "Forged")
                .post("/products").then().statusCode(403);
        Api.asAdmin().get("/api/v1/products/" + key).then().statusCode(404);
        po.form().formParam("key", key).formParam("name", "Genuine").post("/products").then().statusCode(303)
                .header("Location", endsWith("/products/" + key + "/backlog"));
    }

    @Test
    void aPostFromAnotherSiteIsRefusedEvenWithTheToken() {
        String shop = product("SO");
        Browser po = Browser.admin();
        po.htmx().header("Origin", "https://evil.example").formParam("kind", "STORY").formParam("title", "Forged")
                .post("/products/" + shop + "/backlog/items").then().statusCode(403)
                .body(containsString("another site"));
        po.htmx().header("Sec-Fetch-Site", "cross-site").formParam("kind", "STORY").formParam("title", "Forged")
                .post("/products/" + shop + "/backlog/items").then().statusCode(403);
        assertEquals(List.of(), backlogKeys(shop));
    }

    @Test
    void csrfTokensDifferPerPerson() {
        String shop = product("SP");
        String developer = member(shop, "DEVELOPER");
        Browser dev = Browser.user(developer);
        Browser admin = Browser.admin();
        assertFalse(dev.csrfToken().equals(admin.csrfToken()));
        dev.page().header("HX-Request", "true").header("X-CSRF-Token", admin.csrfToken())
                .contentType(ContentType.URLENC).formParam("kind", "STORY").formParam("title", "Forged")
                .post("/products/" + shop + "/backlog/items").then().statusCode(403);
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefused() {
        for (String[] header : List.of(new String[] {"Origin", "https://evil.example"},
                new String[] {"Referer", "https://evil.example/login.html"}, new String[] {"Origin", "null"},
                new String[] {"Sec-Fetch-Site", "cross-site"})) {
            var response = io.restassured.RestAssured.given().redirects().follow(false)
                    .contentType(ContentType.URLENC).header(header[0], header[1])
                    .formParam("j_username", "admin").formParam("j_password", Api.ADMIN_PASSWORD)
                    .post("/j_security_check");
            response.then().statusCode(403).body(containsString("another site"));
            org.junit.jupiter.api.Assertions.assertNull(response.cookie("onebacklog-session"), header[0]);
        }
        String own = "http://localhost:" + io.restassured.RestAssured.port;
        var response = io.restassured.RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC)
                .header("Origin", own).header("Referer", own + "/login").formParam("j_username", "admin")
                .formParam("j_password", Api.ADMIN_PASSWORD).post("/j_security_check");
        response.then().statusCode(302);
        org.junit.jupiter.api.Assertions.assertNotNull(response.cookie("onebacklog-session"));
    }

    @Test
    void logoutExpiresTheSessionCookie() {
        Browser po = Browser.admin();
        String cookie = po.form().post("/logout").then().statusCode(303)
                .header("Location", endsWith("/login?bye")).extract().header("Set-Cookie");
        assertTrue(cookie.startsWith("onebacklog-session=;") && cookie.contains("Max-Age=0"), cookie);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        String cookie = given().redirects().follow(false).formParam("j_username", "admin")
                .formParam("j_password", Api.ADMIN_PASSWORD).post("/j_security_check").then().statusCode(302)
                .extract().header("Set-Cookie");
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (var response : List.of(given().get("/login"), Api.asAdmin().get("/api/v1/products"))) {
            response.then()
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("X-Content-Type-Options", is("nosniff"))
                    .header("Referrer-Policy", is("same-origin"));
        }
    }

    @Test
    void pagesHaveNoInlineScriptOrEventHandler() {
        String shop = product("SI");
        String key = story(shop, "A story");
        Browser po = Browser.admin();
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern handler = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        for (String path : List.of("/products", "/products/" + shop + "/backlog", "/products/" + shop + "/items/"
                + key, "/account/tokens")) {
            String html = po.page().get(path).then().statusCode(200).extract().asString();
            assertFalse(inlineScript.matcher(html).find(), "inline script on " + path);
            assertFalse(handler.matcher(html).find(), "event handler attribute on " + path);
        }
        String login = given().get("/login").then().statusCode(200).extract().asString();
        assertFalse(inlineScript.matcher(login).find());
    }

    @Test
    void anonymousAndWrongCredentialsGetA401ProblemOnTheApi() {
        given().accept(ContentType.JSON).get("/api/v1/products").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Basic"))
                .body("status", is(401));
        given().auth().preemptive().basic("admin", "wrong").get("/api/v1/products").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer obk_not-a-token").get("/api/v1/products").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", "Basic %%%").get("/api/v1/products").then().statusCode(401);
    }

    @Test
    void theSessionCookieDoesNotOpenTheApi() {
        Browser po = Browser.admin();
        po.page().accept(ContentType.JSON).get("/api/v1/products").then().statusCode(401);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountWithAClearMessageAndNoEnumeration() {
        String shop = product("SL");
        String victim = member(shop, "DEVELOPER");
        String ghost = "nobody-" + shop.toLowerCase();
        for (String username : List.of(victim, ghost)) {
            for (int i = 0; i < 5; i++) {
                String location = given().redirects().follow(false).formParam("j_username", username)
                        .formParam("j_password", "wrong-" + i).post("/j_security_check").then().statusCode(302)
                        .extract().header("Location");
                assertTrue(location.endsWith("/login?error=true"), "same answer for " + username + ": " + location);
            }
        }
        // Now even the right password is refused for a while, and the login page says why.
        given().redirects().follow(false).formParam("j_username", victim)
                .formParam("j_password", Api.password(victim)).post("/j_security_check").then().statusCode(302)
                .header("Location", endsWith("/login?error=true"));
        given().get("/login?error=true").then().body(containsString("Too many failed logins"))
                .body(containsString("minutes"));
        Api.asUser(victim).get("/api/v1/products").then().statusCode(401)
                .body("detail", containsString("Too many failed logins"));
    }

    /** Both of one person's masked tokens work; a token of theirs with its pad tampered with does not. */
    @Test
    void aMaskedTokenWorksFromAnyPageOfThePerson() {
        String shop = product("SK");
        Browser po = Browser.admin();
        String page = po.page().get("/products/" + shop + "/backlog").then().extract().asString();
        java.util.regex.Matcher token = Pattern.compile("\"X-CSRF-Token\": \"([^\"]+)\"").matcher(page);
        assertTrue(token.find());
        po.page().header("HX-Request", "true").header("X-CSRF-Token", token.group(1)).contentType(ContentType.URLENC)
                .formParam("kind", "STORY").formParam("title", "With a second token")
                .post("/products/" + shop + "/backlog/items").then().statusCode(200);
        String tampered = (token.group(1).charAt(0) == 'A' ? "B" : "A") + token.group(1).substring(1);
        po.page().header("HX-Request", "true").header("X-CSRF-Token", tampered).contentType(ContentType.URLENC)
                .formParam("kind", "STORY").formParam("title", "Forged").post("/products/" + shop + "/backlog/items")
                .then().statusCode(403);
        assertEquals(1, backlogKeys(shop).size());
    }
}
