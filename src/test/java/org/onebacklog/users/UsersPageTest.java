package org.onebacklog.users;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.as;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.product;
import static org.onebacklog.users.UsersApiTest.freshName;
import static org.onebacklog.users.UsersApiTest.user;
import static org.onebacklog.users.UsersApiTest.version;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Browser;

/** The admins' page /admin/users, and the first login of someone who was handed a one-time password. */
@QuarkusTest
class UsersPageTest {

    private static final Pattern ONE_TIME = Pattern.compile("data-one-time-password>([^<]+)</code>");

    @Test
    void onlyAdminsSeeThePageAndTheLinkToIt() {
        Browser admin = Browser.admin();
        admin.page().get("/products").then().statusCode(200).body(containsString("href=\"/admin/users\""));
        admin.page().get("/admin/users").then().statusCode(200).body(containsString("data-user=\"admin\""));

        Browser developer = Browser.user(member(product("UP"), "DEVELOPER"));
        developer.page().get("/products").then().statusCode(200).body(not(containsString("/admin/users")));
        developer.page().get("/admin/users").then().statusCode(403).body(containsString("Only admins manage users"));
        developer.htmx().formParam("username", freshName("sneak")).post("/admin/users").then().statusCode(403);
        given().redirects().follow(false).accept("text/html").get("/admin/users").then().statusCode(302)
                .header("Location", containsString("/login"));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        Browser admin = Browser.admin();
        String name = freshName("forged");
        admin.page().contentType(ContentType.URLENC).formParam("username", name).post("/admin/users").then()
                .statusCode(403);
        asAdmin().get("/api/v1/users/" + name).then().statusCode(404);
    }

    /** Created on the page without a password, the user logs in with the one-time password and must choose one. */
    @Test
    void aOneTimePasswordIsHandedOverOnceAndReplacedAtTheFirstLogin() {
        Browser admin = Browser.admin();
        String name = freshName("gina");
        String html = admin.htmx().formParam("username", name).formParam("password", "").post("/admin/users").then()
                .statusCode(200).body(containsString("shown only this once"))
                .body(containsString("data-user=\"" + name + "\"")).extract().asString();
        Matcher shown = ONE_TIME.matcher(html);
        assertTrue(shown.find(), "the one-time password is shown");
        String oneTime = shown.group(1);
        admin.page().get("/admin/users").then().body(not(containsString(oneTime)));

        Browser gina = Browser.loginWithOneTimePassword(name, oneTime);
        gina.page().get("/products").then().statusCode(303).header("Location", containsString("/account/new-password"));
        gina.htmx().get("/products/ANY/backlog").then().header("HX-Redirect", is("/account/new-password"));
        gina.page().get("/account/new-password").then().statusCode(200).body(containsString("Choose your password"));

        gina.form().formParam("password", "password1").formParam("repeat", "password1")
                .post("/account/new-password").then().statusCode(400)
                .body(containsString("most common passwords")).body(containsString("aria-invalid"));
        gina.form().formParam("password", "mountain river lamp").formParam("repeat", "mountain river lamb")
                .post("/account/new-password").then().statusCode(400).body(containsString("The two passwords differ"));
        gina.form().formParam("password", oneTime).formParam("repeat", oneTime)
                .post("/account/new-password").then().statusCode(400).body(containsString("not the one-time password"));
        gina.form().formParam("password", "mountain river lamp").formParam("repeat", "mountain river lamp")
                .post("/account/new-password").then().statusCode(303).header("Location", containsString("/products"));

        gina.page().get("/products").then().statusCode(200);
        gina.page().get("/account/new-password").then().statusCode(303);
        as(name, "mountain river lamp").get("/api/v1/products").then().statusCode(200);
        as(name, oneTime).get("/api/v1/products").then().statusCode(401);
        asAdmin().get("/api/v1/users/" + name).then().body("mustChangePassword", is(false));
    }

    @Test
    void aUserCreatedWithAPasswordIsSaidSo() {
        String name = freshName("hank");
        Browser.admin().htmx().formParam("username", name).formParam("password", "a long enough passphrase")
                .formParam("admin", "on").post("/admin/users").then().statusCode(200)
                .body(containsString(name + " can log in now")).body(not(containsString("data-one-time-password")));
        asAdmin().get("/api/v1/users/" + name).then().body("admin", is(true)).body("mustChangePassword", is(false));
    }

    @Test
    void badInputAndATakenNameAreSaidNextToTheField() {
        Browser admin = Browser.admin();
        admin.htmx().formParam("username", "no spaces").formParam("password", "12345678").post("/admin/users").then()
                .statusCode(400).body(containsString("id=\"username-error\""))
                .body(containsString("id=\"password-error\"")).body(containsString("value=\"no spaces\""))
                .body(not(containsString("value=\"12345678\"")));
        String taken = user("taken", false);
        admin.htmx().formParam("username", taken).post("/admin/users").then().statusCode(409)
                .body(containsString("id=\"username-error\"")).body(containsString("There is a user " + taken));
    }

    @Test
    void rowsDisableEnableAndPromote() {
        Browser admin = Browser.admin();
        String name = user("ivy", false);
        admin.htmx().formParam("disabled", "true").formParam("version", version(name))
                .post("/admin/users/" + name + "/change").then().statusCode(200)
                .body(containsString(name + " is now disabled"));
        asAdmin().get("/api/v1/users/" + name).then().body("disabled", is(true));
        admin.htmx().formParam("disabled", "false").formParam("version", version(name))
                .post("/admin/users/" + name + "/change").then().statusCode(200);
        admin.htmx().formParam("admin", "true").formParam("version", version(name))
                .post("/admin/users/" + name + "/change").then().statusCode(200)
                .body(containsString(name + " is now enabled, an admin."));
        asAdmin().get("/api/v1/users/" + name).then().body("admin", is(true)).body("disabled", is(false));
    }

    @Test
    void aStaleRowSaysSoOverTheFreshList() {
        Browser admin = Browser.admin();
        String name = user("jay", false);
        long read = version(name);
        asAdmin().body(Map.of("disabled", true, "version", read)).patch("/api/v1/users/" + name).then()
                .statusCode(200);
        String html = admin.htmx().formParam("admin", "true").formParam("version", read)
                .post("/admin/users/" + name + "/change").then().statusCode(409)
                .body(containsString("Someone changed " + name + " meanwhile")).extract().asString();
        // The fresh row: disabled now, so it offers "Enable".
        String row = html.substring(html.indexOf("data-user=\"" + name + "\""));
        assertTrue(row.substring(0, row.indexOf("</tr>")).contains("Enable"), row);
        asAdmin().get("/api/v1/users/" + name).then().body("admin", is(false));
    }

    @Test
    void aResetOnThePageHandsOverANewOneTimePassword() {
        String name = user("kim", false);
        String html = Browser.admin().htmx().post("/admin/users/" + name + "/password-reset").then().statusCode(200)
                .body(containsString("New one-time password for " + name)).extract().asString();
        Matcher shown = ONE_TIME.matcher(html);
        assertTrue(shown.find());
        as(name, shown.group(1)).get("/api/v1/products").then().statusCode(403);
    }
}
