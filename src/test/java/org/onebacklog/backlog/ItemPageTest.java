package org.onebacklog.backlog;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.item;
import static org.onebacklog.support.Api.product;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Browser;

@QuarkusTest
class ItemPageTest {

    @Test
    void theItemPageRendersMarkdownWithoutAnythingExecutable() {
        String shop = product("IM");
        String key = item(asAdmin(), shop, Map.of("kind", "STORY", "title", "<b>Bold</b> title",
                "description", "Pay **fast**.\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n"
                        + "[click](javascript:alert(2)) and [docs](https://example.org)"));
        Browser.admin().page().get("/products/" + shop + "/items/" + key).then().statusCode(200)
                .body(containsString("<strong>fast</strong>"))
                .body(containsString("&lt;b&gt;Bold&lt;/b&gt; title"))
                .body(containsString("href=\"https://example.org\""))
                .body(not(containsString("<script>alert")))
                .body(not(containsString("onerror=")))
                .body(not(containsString("<img src=x")))
                .body(not(containsString("javascript:")));
    }

    @Test
    void editingSavesOrExplainsWhatIsWrong() {
        String shop = product("IE");
        String key = item(asAdmin(), shop, Map.of("kind", "STORY", "title", "Original", "estimate", 3));
        Browser po = Browser.admin();
        po.htmx().get("/products/" + shop + "/items/" + key + "/edit").then().statusCode(200)
                .body(containsString("value=\"Original\""));

        po.htmx().formParam("version", "0").formParam("kind", "STORY").formParam("title", "")
                .formParam("estimate", "-2").formParam("status", "TODO")
                .post("/products/" + shop + "/items/" + key).then().statusCode(400)
                .body(containsString("id=\"title-error\"")).body(containsString("id=\"estimate-error\""));
        asAdmin().get("/api/v1/items/" + key).then().body("title", org.hamcrest.Matchers.is("Original"));

        po.htmx().formParam("version", "0").formParam("kind", "BUG").formParam("title", "Renamed")
                .formParam("estimate", "5").formParam("status", "IN_PROGRESS").formParam("labels", "web")
                .post("/products/" + shop + "/items/" + key).then().statusCode(200)
                .body(containsString("Renamed")).body(containsString("In progress"));
        asAdmin().get("/api/v1/items/" + key).then().body("kind", org.hamcrest.Matchers.is("BUG"))
                .body("version", org.hamcrest.Matchers.is(1));
    }

    @Test
    void aStaleEditKeepsWhatThePersonTypedBelowTheSavedVersionAndSaysWhoChangedIt() {
        String shop = product("IS");
        String key = item(asAdmin(), shop, Map.of("kind", "STORY", "title", "Original"));
        String colleague = org.onebacklog.support.Api.member(shop, "DEVELOPER");
        org.onebacklog.support.Api.asUser(colleague).body(Map.of("title", "Changed by a colleague", "version", 0))
                .patch("/api/v1/items/" + key).then().statusCode(200);
        String answer = Browser.admin().htmx().formParam("version", "0").formParam("kind", "STORY")
                .formParam("title", "Mine").formParam("description", "What I typed at length")
                .formParam("status", "TODO").post("/products/" + shop + "/items/" + key).then().statusCode(409)
                .body(containsString(colleague + " changed this item just now: your text is kept below, the saved"
                        + " version above."))
                // The saved version, above the form...
                .body(containsString("<dd class=\"differs\">Changed by a colleague</dd>"))
                // ...and the form keeps what was typed, now against the fresh version.
                .body(containsString("value=\"Mine\""))
                .body(containsString(">What I typed at length</textarea>"))
                .body(containsString("name=\"version\" value=\"1\""))
                .extract().asString();
        // The message sits in the editor, before the saved version, which comes before the form's fields.
        org.junit.jupiter.api.Assertions.assertTrue(answer.indexOf("changed this item") < answer.indexOf("Saved version")
                && answer.indexOf("Saved version") < answer.indexOf("id=\"edit-title\""));
        asAdmin().get("/api/v1/items/" + key).then().body("title", org.hamcrest.Matchers.is("Changed by a colleague"));
        // Saving again applies the person's text over the version they have now seen.
        Browser.admin().htmx().formParam("version", "1").formParam("kind", "STORY").formParam("title", "Mine")
                .formParam("status", "TODO").post("/products/" + shop + "/items/" + key).then().statusCode(200);
        asAdmin().get("/api/v1/items/" + key).then().body("title", org.hamcrest.Matchers.is("Mine"));
    }

    @Test
    void anItemOfAnotherProductIsNotFoundUnderThisOne() {
        String shop = product("IA");
        String other = product("IB");
        String key = item(asAdmin(), other, Map.of("kind", "STORY", "title", "Elsewhere"));
        Browser.admin().page().get("/products/" + shop + "/items/" + key).then().statusCode(404);
    }

    @Test
    void aDoneItemSaysSoInsteadOfAPlaceInTheBacklog() {
        String shop = product("ID");
        String done = org.onebacklog.support.Api.story(shop, "Shipped");
        org.onebacklog.support.Api.story(shop, "Still to do");
        asAdmin().body(Map.of("status", "DONE", "version", 0)).patch("/api/v1/items/" + done).then().statusCode(200)
                .body("rank", org.hamcrest.Matchers.nullValue());
        Browser.admin().page().get("/products/" + shop + "/items/" + done).then().statusCode(200)
                .body(containsString("Done: no longer in the backlog")).body(not(containsString("#1 in the backlog")));
        Browser.admin().page().get("/products/" + shop + "/items/" + shop + "-2").then()
                .body(containsString("#1 in the backlog"));
    }
}
