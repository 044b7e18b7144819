package org.onebacklog.jira;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;
import static org.onebacklog.support.Api.backlogKeys;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.product;
import static org.onebacklog.support.Api.story;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JiraImportApiTest {

    @Inject
    ImportedItemsHeard heard;

    @Test
    void theDryRunPreviewsTheBacklogInJirasOrderAndWritesNothing() {
        String shop = product("JD");

        post(asAdmin(), shop, "sprint-backlog.csv", "?dryRun=true").then().statusCode(200)
                .body("wouldCreate.jiraKey", contains("SHOP-9", "SHOP-3", "SHOP-21", "SHOP-14", "SHOP-30"))
                .body("wouldCreate.kind", contains("BUG", "STORY", "STORY", "STORY", "STORY"))
                .body("wouldCreate.rank", contains(1, 2, 3, 4, 5))
                .body("wouldCreate.line", contains(11, 13, 12, 2, 15))
                .body("wouldCreate[3].title", is("Pay with a saved card"))
                .body("wouldCreate[3].estimate", is(5))
                .body("wouldCreate[3].labels", contains("checkout", "payments"))
                .body("wouldCreate[3].description", containsString("1. Saved cards are listed **first**"))
                .body("unranked", is(0))
                .body("warnings", empty());

        assertEquals(List.of(), backlogKeys(shop));
        assertEquals(List.of(), heard.keysIn(shop));
    }

    @Test
    void theImportAddsEveryIssueBelowTheBacklogInJirasOrderAndAnnouncesEach() {
        String shop = product("JI");
        String existing = story(shop, "Sign in with a magic link");

        Response response = post(asAdmin(), shop, "sprint-backlog.csv", "");
        response.then().statusCode(201)
                .body("created.title", contains("Basket total ignores the voucher", "Browse the catalogue by category",
                        "Upgrade the payment SDK", "Pay with a saved card", "Wish list"))
                .body("created.rank", contains(2, 3, 4, 5, 6))
                .body("unranked", is(0))
                .body("warnings", empty());
        List<String> created = response.jsonPath().getList("created.key", String.class);

        List<String> backlog = backlogKeys(shop);
        assertEquals(existing, backlog.get(0));
        assertEquals(created, backlog.subList(1, backlog.size()));
        // One ItemAdded per item, after the commit (in no particular order: the live views fold them anyway).
        assertEquals(Set.copyOf(created), Set.copyOf(heard.keysIn(shop).stream().filter(k -> !k.equals(existing))
                .toList()));
        assertEquals(6, heard.keysIn(shop).size());
        asAdmin().get("/api/v1/items/" + created.get(3)).then().statusCode(200)
                .body("kind", is("STORY"))
                .body("estimate", is(5))
                .body("labels", contains("checkout", "payments"))
                .body("description", containsString("## Acceptance\n1. Saved cards are listed **first**"))
                .body("description", containsString("the \"Remember me\" box"))
                .body("description", containsString("```java\ncardStore.find(customer, \"default\");\n```"));
        asAdmin().get("/api/v1/items/" + created.get(0)).then().body("kind", is("BUG")).body("estimate", is(2));
    }

    @Test
    void tasksImportedAsTechnicalWaitUnrankedUntilTheyStateTheirValue() {
        String shop = product("JT");

        Response response = post(asAdmin(), shop, "sprint-backlog.csv", "?otherTypes=technical");
        response.then().statusCode(201).body("unranked", is(1))
                .body("created.find { it.title == 'Upgrade the payment SDK' }.kind", is("TECHNICAL"))
                .body("created.find { it.title == 'Upgrade the payment SDK' }.unranked", is(true))
                .body("created.find { it.title == 'Upgrade the payment SDK' }.rank", nullValue());
        String sdk = response.path("created.find { it.title == 'Upgrade the payment SDK' }.key");

        asAdmin().get("/api/v1/products/" + shop + "/backlog").then()
                .body("[0].key", is(sdk)).body("[0].unranked", is(true));
        asAdmin().body(Map.of()).post("/api/v1/items/" + sdk + "/rank").then().statusCode(409)
                .body("detail", containsString("no value statement"));

        int version = asAdmin().get("/api/v1/items/" + sdk).path("version");
        asAdmin().body(Map.of("valueStatement", "Checkout keeps working after June, when the vendor drops v2",
                "version", version)).patch("/api/v1/items/" + sdk).then().statusCode(200);
        asAdmin().body(Map.of()).post("/api/v1/items/" + sdk + "/rank").then().statusCode(200).body("rank", is(1));
    }

    @Test
    void awkwardRowsComeBackAsWarningsWithTheirLines() {
        String shop = product("JA");

        post(asAdmin(), shop, "awkward.csv", "").then().statusCode(201)
                .body("created.title[0]", is("Checkout in one page"))
                .body("created.estimate[0]", nullValue())
                .body("created.size()", is(4))
                .body("warnings.line", contains(2, 3, 4, 5, 7, 8))
                .body("warnings[1].message", containsString("SHOP-41: skipped: it is a Sub-task"))
                .body("warnings[2].message", containsString("no Summary"))
                .body("warnings[5].message", containsString("control characters"));
        assertEquals(4, backlogKeys(shop).size());
    }

    @Test
    void aBrokenFileIsAProblemThatNamesTheLineAndNothingIsWritten() {
        String shop = product("JB");

        post(asAdmin(), shop, "broken.csv", "").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("Line 5"))
                .body("detail", containsString("never closed"));
        asAdmin().contentType("text/csv").body("Issue key,Title\nSHOP-1,Something\n")
                .post("/api/v1/products/" + shop + "/import/jira").then().statusCode(400)
                .body("detail", containsString("Line 1: there is no Summary column"));
        asAdmin().contentType("text/csv").body("Summary\nA\n").queryParam("otherTypes", "EPIC")
                .post("/api/v1/products/" + shop + "/import/jira").then().statusCode(400)
                .body("violations.field", contains("otherTypes"));
        assertEquals(List.of(), backlogKeys(shop));
    }

    @Test
    void onlyTheProductOwnerImports() {
        String shop = product("JR");
        String developer = member(shop, "DEVELOPER");
        String owner = member(shop, "PRODUCT_OWNER");

        post(asUser(developer), shop, "sprint-backlog.csv", "?dryRun=true").then().statusCode(403)
                .body("detail", containsString("Product Owner"));
        post(asUser(developer), shop, "sprint-backlog.csv", "").then().statusCode(403);
        assertEquals(List.of(), backlogKeys(shop));

        post(asUser(owner), shop, "sprint-backlog.csv", "").then().statusCode(201);
        assertEquals(5, backlogKeys(shop).size());
    }

    private static Response post(RequestSpecification who, String productKey, String file, String query) {
        return who.contentType("text/csv").body(JiraFiles.bytes(file))
                .post("/api/v1/products/" + productKey + "/import/jira" + query);
    }
}
