package org.onebacklog.tv;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;

/**
 * A display's views are changed in place ({@code PATCH /api/v1/products/{key}/displays/{id}}): same token, same TV
 * address, with the version read; by those who run the product's sprints only.
 */
@QuarkusTest
class DisplayChangeTest {

    record Created(long id, String token, long version) {
    }

    static Created display(String product, Integer rotateSeconds) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Team room TV"));
        if (rotateSeconds != null) {
            body.put("rotateSeconds", rotateSeconds);
        }
        var created = asAdmin().body(body).post("/api/v1/products/" + product + "/displays").then().statusCode(201)
                .extract().jsonPath();
        return new Created(created.getLong("id"), created.getString("token"), created.getLong("version"));
    }

    static String path(String product, long id) {
        return "/api/v1/products/" + product + "/displays/" + id;
    }

    @Test
    void aDisplaysViewsChangeInPlaceAndItsTokenStillOpensTheTv() {
        String shop = Api.activeBoard("DC").product();
        Created display = display(shop, null);

        long version = asAdmin().body(Map.of("rotateSeconds", 30, "version", display.version()))
                .patch(path(shop, display.id())).then().statusCode(200)
                .body("id", is((int) display.id())).body("rotateSeconds", is(30)).body("name", is("Team room TV"))
                .body("token", nullValue()).extract().jsonPath().getLong("version");
        asAdmin().get("/api/v1/products/" + shop + "/displays").then().statusCode(200)
                .body("[0].rotateSeconds", is(30)).body("[0].version", is((int) version));
        // The same address still opens the TV, now rotating.
        io.restassured.RestAssured.given().accept("text/html").get(TvPage.url(shop, display.token()))
                .then().statusCode(200).body(containsString("data-rotate=\"30\""));

        // 0: the board alone again; a new name; the fields left out are kept.
        asAdmin().body(Map.of("rotateSeconds", 0, "name", "Corridor", "version", version))
                .patch(path(shop, display.id())).then().statusCode(200)
                .body("rotateSeconds", nullValue()).body("name", is("Corridor"));
        io.restassured.RestAssured.given().accept("text/html").get(TvPage.url(shop, display.token()))
                .then().statusCode(200).body(org.hamcrest.Matchers.not(containsString("data-rotate=")));
    }

    @Test
    void aStaleVersionIsAConflictWithTheDisplayAsItIsNow() {
        String shop = Api.product("DC");
        Created display = display(shop, 15);
        asAdmin().body(Map.of("rotateSeconds", 60, "version", display.version()))
                .patch(path(shop, display.id())).then().statusCode(200);

        asAdmin().body(Map.of("rotateSeconds", 120, "version", display.version()))
                .patch(path(shop, display.id())).then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("current.rotateSeconds", is(60)).body("current.version", is((int) display.version() + 1));
        asAdmin().get("/api/v1/products/" + shop + "/displays").then().body("[0].rotateSeconds", is(60));
    }

    @Test
    void badChangesGetAMessageByField() {
        String shop = Api.product("DC");
        Created display = display(shop, null);
        asAdmin().body(Map.of("rotateSeconds", 5, "version", display.version())).patch(path(shop, display.id()))
                .then().statusCode(400).body("violations[0].field", is("rotateSeconds"))
                .body("violations[0].message", containsString("10 to 3600"));
        asAdmin().body(Map.of("rotateSeconds", 30)).patch(path(shop, display.id()))
                .then().statusCode(400).body("violations[0].field", is("version"));
        asAdmin().body(Map.of("name", " ", "version", display.version())).patch(path(shop, display.id()))
                .then().statusCode(400).body("violations[0].field", is("name"));
        asAdmin().contentType("application/json").patch(path(shop, display.id())).then().statusCode(400);
        asAdmin().body(Map.of("rotateSeconds", 30, "version", display.version())).patch(path(shop, 987654321L))
                .then().statusCode(404);
        // A display of another product is not found through this one.
        String other = Api.product("DC");
        asAdmin().body(Map.of("rotateSeconds", 30, "version", display.version())).patch(path(other, display.id()))
                .then().statusCode(404);
        asAdmin().get("/api/v1/products/" + shop + "/displays").then().body("[0].rotateSeconds", nullValue());
    }

    @Test
    void onlyThoseWhoRunTheSprintsChangeDisplays() {
        String shop = Api.product("DC");
        Created display = display(shop, null);
        Map<String, Object> change = Map.of("rotateSeconds", 30, "version", display.version());
        asUser(Api.member(shop, "DEVELOPER")).body(change).patch(path(shop, display.id())).then().statusCode(403);
        asUser(Api.member(shop, "VIEWER")).body(change).patch(path(shop, display.id())).then().statusCode(403);
        io.restassured.RestAssured.given().contentType("application/json").body(change)
                .patch(path(shop, display.id())).then().statusCode(401);
        asUser(Api.member(shop, "SCRUM_MASTER")).body(change).patch(path(shop, display.id())).then()
                .statusCode(200).body("rotateSeconds", is(30));
        assertEquals(30, asAdmin().get("/api/v1/products/" + shop + "/displays").then().extract().jsonPath()
                .getInt("[0].rotateSeconds"));
    }
}
