package org.onebacklog.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.onebacklog.support.Api.asUser;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.product;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Browser;

@QuarkusTest
class ApiTokenTest {

    @Inject
    EntityManager em;

    @Test
    void aTokenIsShownOnceWorksAsBearerAndStopsWorkingWhenRevoked() {
        String shop = product("TK");
        String developer = member(shop, "DEVELOPER");
        var created = asUser(developer).body(Map.of("name", "CI pipeline")).post("/api/v1/tokens").then()
                .statusCode(201).body("token", startsWith("obk_")).extract();
        String secret = created.path("token");
        long id = ((Number) created.path("id")).longValue();

        asUser(developer).get("/api/v1/tokens").then().statusCode(200)
                .body("name", hasItem("CI pipeline"))
                .body("[0].prefix", is(secret.substring(0, 10)))
                .body(not(containsString(secret)));
        given().header("Authorization", "Bearer " + secret).get("/api/v1/products/" + shop + "/backlog").then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + secret).contentType(ContentType.JSON)
                .body(Map.of("kind", "STORY", "title", "Added by a script")).post("/api/v1/products/" + shop + "/items")
                .then().statusCode(201).body("unranked", is(true));
        asUser(developer).get("/api/v1/tokens").then().body("[0].lastUsedAt", notNullValue());

        asUser(developer).delete("/api/v1/tokens/" + id).then().statusCode(204);
        given().header("Authorization", "Bearer " + secret).get("/api/v1/products/" + shop + "/backlog").then()
                .statusCode(401);
    }

    @Test
    @jakarta.transaction.Transactional
    void onlyTheTokensHashIsStored() {
        String shop = product("TH");
        String developer = member(shop, "DEVELOPER");
        String secret = asUser(developer).body(Map.of("name", "stored?")).post("/api/v1/tokens").then()
                .statusCode(201).extract().path("token");
        @SuppressWarnings("unchecked")
        List<String> hashes = em.createNativeQuery("select token_hash from api_token").getResultList();
        assertFalse(hashes.contains(secret));
        assertEquals(1, hashes.stream().filter(h -> h.equals(ApiTokens.hash(secret))).count());
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() {
        String shop = product("TR");
        String owner = member(shop, "DEVELOPER");
        String other = member(shop, "VIEWER");
        var created = asUser(owner).body(Map.of("name", "mine")).post("/api/v1/tokens").then().statusCode(201)
                .extract();
        long id = ((Number) created.path("id")).longValue();
        asUser(other).delete("/api/v1/tokens/" + id).then().statusCode(404);
        given().header("Authorization", "Bearer " + created.path("token")).get("/api/v1/products").then()
                .statusCode(200);
    }

    @Test
    void aTokenNeedsAName() {
        String shop = product("TN");
        String developer = member(shop, "DEVELOPER");
        asUser(developer).body(Map.of("name", " ")).post("/api/v1/tokens").then().statusCode(400)
                .body("violations[0].field", is("name"));
        asUser(developer).body("{}").post("/api/v1/tokens").then().statusCode(400);
    }

    @Test
    void theTokensPageCreatesAndRevokes() {
        String shop = product("TP");
        String developer = member(shop, "DEVELOPER");
        Browser browser = Browser.user(developer);
        String html = browser.htmx().formParam("name", "Laptop script").post("/account/tokens").then()
                .statusCode(200).body(containsString("shown only this once")).extract().asString();
        java.util.regex.Matcher secret = java.util.regex.Pattern.compile("(obk_[A-Za-z0-9_-]+)</code>").matcher(html);
        org.junit.jupiter.api.Assertions.assertTrue(secret.find());
        given().header("Authorization", "Bearer " + secret.group(1)).get("/api/v1/products").then().statusCode(200);
        long id = ((Number) asUser(developer).get("/api/v1/tokens").then().extract().path("[0].id")).longValue();
        browser.htmx().post("/account/tokens/" + id + "/revoke").then().statusCode(200)
                .body(containsString("You have no API tokens"));
        given().header("Authorization", "Bearer " + secret.group(1)).get("/api/v1/products").then().statusCode(401);
        browser.page().get("/account/tokens").then().statusCode(200).body(not(containsString(secret.group(1))));
    }
}
