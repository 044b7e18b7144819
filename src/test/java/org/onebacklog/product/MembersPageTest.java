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

    /** The Scrum Master sets the team's stand-up on the Team page; a time or a number it cannot read is said there. */
    @Test
    void theScrumMasterSetsTheStandUpOnTheTeamPage() {
        String shop = product("MS");
        Browser sm = Browser.user(member(shop, "SCRUM_MASTER"));
        String page = sm.page().get("/products/" + shop + "/members").then().statusCode(200)
                .body(containsString("id=\"standup-time\"")).body(containsString("value=\"09:30\"")).extract()
                .asString();
        String version = page.replaceAll("(?s).*id=\"standup-settings\".*?name=\"version\" value=\"(\\d+)\".*", "$1");
        sm.htmx().formParam("standupTime", "25:00").formParam("agingDays", "two").formParam("version", version)
                .post("/products/" + shop + "/members/standup").then().statusCode(400)
                .body(containsString("id=\"agingDays-error\"")).body(containsString("value=\"25:00\""));
        sm.htmx().formParam("standupTime", "25:00").formParam("agingDays", "2").formParam("version", version)
                .post("/products/" + shop + "/members/standup").then().statusCode(400)
                .body(containsString("id=\"standupTime-error\"")).body(containsString("such as 09:30"));
        sm.htmx().formParam("standupTime", "8:45").formParam("agingDays", "3").formParam("version", version)
                .post("/products/" + shop + "/members/standup").then().statusCode(200)
                .body(containsString("the stand-up is at 08:45, cards age after 3 working days"));
        asAdmin().get("/api/v1/products/" + shop).then().body("standupTime", org.hamcrest.Matchers.is("08:45"))
                .body("agingDays", org.hamcrest.Matchers.is(3));
        sm.htmx().formParam("standupTime", "10:00").formParam("agingDays", "3").formParam("version", version)
                .post("/products/" + shop + "/members/standup").then().statusCode(409)
                .body(containsString("Someone changed the stand-up meanwhile")).body(containsString("value=\"08:45\""));
        Browser dev = Browser.user(member(shop, "DEVELOPER"));
        dev.htmx().formParam("standupTime", "11:00").formParam("agingDays", "3").formParam("version", version)
                .post("/products/" + shop + "/members/standup").then().statusCode(403);
        asAdmin().get("/api/v1/products/" + shop).then().body("standupTime", org.hamcrest.Matchers.is("08:45"));
    }

    /**
     * On the Team page each member's row changes the role and takes the member off the team; a refusal is said on
     * that row, and a change someone made meanwhile shows the team as it is now.
     */
    @Test
    void eachRowChangesTheRoleAndRemovesWithRefusalsOnTheRow() {
        String shop = product("MR");
        String poName = member(shop, "PRODUCT_OWNER");
        Browser po = Browser.user(poName);
        Browser sm = Browser.user(member(shop, "SCRUM_MASTER"));
        String dev = member(shop, "DEVELOPER");
        String team = "/products/" + shop + "/members/";
        po.page().get(team).then().statusCode(200).body(containsString("id=\"role-" + dev + "\""))
                .body(containsString("id=\"remove-" + dev + "\"")).body(containsString("hx-confirm=\"Take " + dev));

        po.htmx().formParam("role", "VIEWER").formParam("version", "0").post(team + dev + "/role").then()
                .statusCode(200).body(containsString(dev + " is now Viewer."));
        // The Scrum Master's page still said version 0: refused on the row, with the role as it is now.
        sm.htmx().formParam("role", "SCRUM_MASTER").formParam("version", "0").post(team + dev + "/role").then()
                .statusCode(409).body(containsString("id=\"member-" + dev + "-error\""))
                .body(containsString("Someone changed " + dev + "&#39;s role meanwhile"))
                .body(org.hamcrest.Matchers.matchesPattern("(?s).*id=\"role-" + dev + "\".*?<option value=\"VIEWER\""
                        + " selected>.*"));
        sm.htmx().formParam("role", "PRODUCT_OWNER").formParam("version", "1").post(team + dev + "/role").then()
                .statusCode(403).body(containsString("id=\"member-" + dev + "-error\""))
                .body(containsString("gives or takes the Product Owner role"));
        sm.htmx().formParam("role", "BOSS").formParam("version", "1").post(team + dev + "/role").then()
                .statusCode(400).body(containsString("aria-invalid=\"true\" aria-describedby=\"member-" + dev
                        + "-error\""));
        asAdmin().get("/api/v1/products/" + shop + "/members").then()
                .body("find { it.username == '" + dev + "' }.role", org.hamcrest.Matchers.is("VIEWER"));

        // The admin steps back; the Product Owner is the last one and stays.
        Browser.admin().htmx().formParam("version", "0").post(team + "admin/remove").then().statusCode(200);
        po.htmx().formParam("version", "0").post(team + poName + "/remove").then().statusCode(409)
                .body(containsString("id=\"member-" + poName + "-error\""))
                .body(containsString("only Product Owner"));
        sm.htmx().formParam("version", "1").post(team + dev + "/remove").then().statusCode(200)
                .body(containsString(dev + " is off the team")).body(not(containsString("data-member=\"" + dev)));
        sm.htmx().formParam("version", "1").post(team + dev + "/remove").then().statusCode(404)
                .body(containsString(dev + " is no longer on the team"));
    }

    /** A developer sees no controls on the others' rows, and leaves the team from their own. */
    @Test
    void aDeveloperLeavesTheTeamFromTheirOwnRow() {
        String shop = product("ML");
        String devName = member(shop, "DEVELOPER");
        Browser dev = Browser.user(devName);
        String team = "/products/" + shop + "/members/";
        dev.page().get(team).then().statusCode(200)
                .body(containsString("id=\"remove-" + devName + "\" class=\"small danger\""))
                .body(containsString("id=\"remove-admin\" class=\"small danger can-run-only\""))
                .body(containsString("Leave the team of Product " + shop));
        dev.htmx().formParam("version", "0").post(team + "admin/remove").then().statusCode(403);
        dev.htmx().formParam("version", "0").post(team + devName + "/remove").then().statusCode(204)
                .header("HX-Redirect", "/products");
        asAdmin().get("/api/v1/products/" + shop + "/members").then().body("username", not(hasItem(devName)));
    }
}
