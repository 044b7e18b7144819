package org.onebacklog.dod;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.product;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Browser;

@QuarkusTest
class DodPageTest {

    @Test
    void criteriaAreAddedReorderedAndRemovedOnThePage() {
        String shop = product("DG");
        Browser sm = Browser.user(member(shop, "SCRUM_MASTER"));
        sm.page().get("/products/" + shop + "/dod").then().statusCode(200).body(containsString("No criteria yet"));
        sm.htmx().formParam("text", "Reviewed by a second developer")
                .post("/products/" + shop + "/dod/criteria").then().statusCode(200);
        sm.htmx().formParam("text", "Code the story touches is refactored").formParam("impliesTask", "on")
                .formParam("taskTitle", "Refactor touched code").formParam("category", "REFACTORING")
                .formParam("amount", "20").formParam("estimateKind", "share")
                .post("/products/" + shop + "/dod/criteria").then().statusCode(200)
                .body(containsString("Adds the task <strong>“Refactor touched code”</strong> · 20 % of the item"));
        long refactor = ((Number) asAdmin().get("/api/v1/products/" + shop + "/dod").then().extract()
                .path("criteria[1].id")).longValue();
        asAdmin().get("/api/v1/products/" + shop + "/dod").then().body("criteria[1].estimateShare", is(0.2f));

        sm.htmx().post("/products/" + shop + "/dod/criteria/" + refactor + "/up").then().statusCode(200);
        asAdmin().get("/api/v1/products/" + shop + "/dod").then().body("version", is(3))
                .body("criteria.text", contains("Code the story touches is refactored",
                        "Reviewed by a second developer"));
        sm.htmx().post("/products/" + shop + "/dod/criteria/" + refactor + "/remove").then().statusCode(200);
        asAdmin().get("/api/v1/products/" + shop + "/dod").then()
                .body("criteria.text", contains("Reviewed by a second developer"));
    }

    @Test
    void aBadCriterionIsExplainedNextToItsField() {
        String shop = product("DH");
        Browser po = Browser.admin();
        po.htmx().formParam("text", "Docs updated").formParam("impliesTask", "on").formParam("category", "DOCUMENTATION")
                .formParam("amount", "").formParam("estimateKind", "fixed")
                .post("/products/" + shop + "/dod/criteria").then().statusCode(400)
                .body(containsString("id=\"taskTitle-error\"")).body(containsString("id=\"estimate-error\""))
                .body(containsString("value=\"Docs updated\""));
        asAdmin().get("/api/v1/products/" + shop + "/dod").then().body("version", is(0));
    }

    @Test
    void developersReadTheDodButDoNotEditIt() {
        String shop = product("DR");
        Browser dev = Browser.user(member(shop, "DEVELOPER"));
        dev.page().get("/products/" + shop + "/dod").then().statusCode(200);
        dev.htmx().formParam("text", "Anything").post("/products/" + shop + "/dod/criteria").then().statusCode(403);
    }
}
