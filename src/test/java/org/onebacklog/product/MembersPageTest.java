package org.onebacklog.product;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Browser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.product;

@QuarkusTest
class MembersPageTest {

    @Test
    void theProductOwnerAddsANewTeammateWhoCanThenLogIn() {
        String shop = product("MP");
        Browser po = Browser.user(member(shop, "PRODUCT_OWNER"));
        String newcomer = "newcomer-" + shop.toLowerCase();
        po.htmx().formParam("username", newcomer).formParam("role", "DEVELOPER").formParam("password", "short")
                .post("/products/" + shop + "/members").then().statusCode(400)
                .body(containsString("id=\"password-error\"")).body(not(containsString("value=\"short\"")));
        po.htmx().formParam("username", newcomer).formParam("role", "DEVELOPER")
                .formParam("password", "a-good-long-password").post("/products/" + shop + "/members").then()
                .statusCode(200).body(containsString(newcomer + " joined " + shop));
        asAdmin().get("/api/v1/products/" + shop + "/members").then().body("username", hasItem(newcomer));
        Browser.login(newcomer, "a-good-long-password").page().get("/products/" + shop + "/members").then()
                .statusCode(200).body(containsString("<body class=\"can-contribute\" "));
    }

    @Test
    void developersSeeTheTeamButCannotAddToIt() {
        String shop = product("MD");
        Browser dev = Browser.user(member(shop, "DEVELOPER"));
        dev.htmx().formParam("username", "intruder").formParam("role", "PRODUCT_OWNER")
                .formParam("password", "a-good-long-password").post("/products/" + shop + "/members").then()
                .statusCode(403);
        asAdmin().get("/api/v1/products/" + shop + "/members").then().body("username", not(hasItem("intruder")));
    }
}
