package org.onebacklog.product;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;
import static org.onebacklog.support.Api.freshKey;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.product;

@QuarkusTest
class ProductApiTest {

    @Test
    void aCreatedProductBelongsToItsCreatorAsProductOwner() {
        String shop = product("PA");
        String developer = member(shop, "DEVELOPER");
        String key = freshKey("PH");
        asUser(developer).body(Map.of("key", key, "name", "Hours product", "unit", "HOURS"))
                .post("/api/v1/products").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/products/" + key))
                .body("unit", is("HOURS"));
        asUser(developer).get("/api/v1/products/" + key + "/members").then().statusCode(200)
                .body("find { it.username == '" + developer + "' }.role", is("PRODUCT_OWNER"));
        asUser(developer).get("/api/v1/products").then().body("key", hasItem(key)).body("key", hasItem(shop));
    }

    @Test
    void usersSeeOnlyTheirProducts() {
        String mine = product("PM");
        String theirs = product("PT");
        String developer = member(mine, "DEVELOPER");
        asUser(developer).get("/api/v1/products").then().statusCode(200)
                .body("key", hasItem(mine)).body("key", not(hasItem(theirs)));
        asUser(developer).get("/api/v1/products/" + theirs).then().statusCode(403);
        asAdmin().get("/api/v1/products").then().body("key", hasItem(theirs));
    }

    @Test
    void membersAreAddedAndTheirRoleChanged() {
        String shop = product("PR");
        String someone = member(shop, "VIEWER");
        asAdmin().body(Map.of("username", someone, "role", "SCRUM_MASTER"))
                .post("/api/v1/products/" + shop + "/members").then().statusCode(200).body("role", is("SCRUM_MASTER"));
        String developer = member(shop, "DEVELOPER");
        asUser(developer).body(Map.of("username", "friend-" + shop.toLowerCase(), "role", "DEVELOPER",
                "password", "a-long-password")).post("/api/v1/products/" + shop + "/members").then().statusCode(403);
    }

    @Test
    void anonymousCallersGet401() {
        given().get("/api/v1/products").then().statusCode(401);
        given().contentType("application/json").body("{}").post("/api/v1/products").then().statusCode(401);
    }
}
