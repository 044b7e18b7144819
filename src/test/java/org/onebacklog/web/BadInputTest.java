package org.onebacklog.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.backlogKeys;
import static org.onebacklog.support.Api.product;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever a script sends, it gets a 4xx problem naming what is wrong, and nothing is half-saved. */
@QuarkusTest
class BadInputTest {

    static Stream<Arguments> badItems() {
        String huge = "x".repeat(201);
        return Stream.of(
                Arguments.of("malformed JSON", "{\"kind\": \"STORY\", \"title\": ", null),
                Arguments.of("not an object", "[1, 2]", null),
                Arguments.of("empty object", "{}", "kind"),
                Arguments.of("unknown kind", "{\"kind\": \"EPIC\", \"title\": \"t\"}", "kind"),
                Arguments.of("title missing", "{\"kind\": \"STORY\"}", "title"),
                Arguments.of("blank title", "{\"kind\": \"STORY\", \"title\": \"   \"}", "title"),
                Arguments.of("title too long", "{\"kind\": \"STORY\", \"title\": \"" + huge + "\"}", "title"),
                Arguments.of("control character", "{\"kind\": \"STORY\", \"title\": \"a\\u0007b\"}", "title"),
                Arguments.of("line break in title", "{\"kind\": \"STORY\", \"title\": \"a\\nb\"}", "title"),
                Arguments.of("estimate as text", "{\"kind\": \"STORY\", \"title\": \"t\", \"estimate\": \"abc\"}",
                        "estimate"),
                Arguments.of("negative estimate", "{\"kind\": \"STORY\", \"title\": \"t\", \"estimate\": -1}",
                        "estimate"),
                Arguments.of("enormous estimate", "{\"kind\": \"STORY\", \"title\": \"t\", \"estimate\": 1e300}",
                        "estimate"),
                Arguments.of("estimate beyond any range",
                        "{\"kind\": \"STORY\", \"title\": \"t\", \"estimate\": 1e999999999}", "estimate"),
                Arguments.of("three decimals", "{\"kind\": \"STORY\", \"title\": \"t\", \"estimate\": 1.125}",
                        "estimate"),
                Arguments.of("labels not a list", "{\"kind\": \"STORY\", \"title\": \"t\", \"labels\": \"ui\"}",
                        "labels"),
                Arguments.of("label with spaces", "{\"kind\": \"STORY\", \"title\": \"t\", \"labels\": [\"a b\"]}",
                        "labels"),
                Arguments.of("unknown field", "{\"kind\": \"STORY\", \"title\": \"t\", \"colour\": \"red\"}",
                        "colour"),
                Arguments.of("technical without value", "{\"kind\": \"TECHNICAL\", \"title\": \"t\"}",
                        "valueStatement"),
                Arguments.of("huge description", "{\"kind\": \"STORY\", \"title\": \"t\", \"description\": \""
                        + "d".repeat(20_001) + "\"}", "description"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badItems")
    void aBadItemIsRefusedWithTheFieldNamed(String what, String body, String field) {
        String shop = product("BI");
        var response = asAdmin().body(body).post("/api/v1/products/" + shop + "/items").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.is(400))
                .body("detail", not(containsString("Exception")));
        if (field != null) {
            response.body("violations.field", hasItem(field));
        }
        assertEquals(List.of(), backlogKeys(shop), "nothing saved for " + what);
    }

    static Stream<Arguments> badProducts() {
        return Stream.of(
                Arguments.of("{\"name\": \"No key\"}", "key"),
                Arguments.of("{\"key\": \"shop\", \"name\": \"lower case\"}", "key"),
                Arguments.of("{\"key\": \"S\", \"name\": \"too short\"}", "key"),
                Arguments.of("{\"key\": \"ABCDEFGHIJK\", \"name\": \"too long\"}", "key"),
                Arguments.of("{\"key\": \"OKAY\"}", "name"),
                Arguments.of("{\"key\": \"OKAY\", \"name\": \"x\", \"unit\": \"DAYS\"}", "unit"),
                Arguments.of("{\"key\": 12, \"name\": {}}", "name"));
    }

    @ParameterizedTest
    @MethodSource("badProducts")
    void aBadProductIsRefusedWithTheFieldNamed(String body, String field) {
        asAdmin().body(body).post("/api/v1/products").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem(field));
        asAdmin().get("/api/v1/products/OKAY").then().statusCode(404);
    }

    @Test
    void aDuplicateProductKeyIsRefused() {
        String shop = product("BD");
        asAdmin().body("{\"key\": \"" + shop + "\", \"name\": \"Again\"}").post("/api/v1/products").then()
                .statusCode(400).body("violations[0].field", org.hamcrest.Matchers.is("key"));
    }

    @Test
    void badMembersAreRefused() {
        String shop = product("BM");
        asAdmin().body("{\"username\": \"newbie\", \"role\": \"DEVELOPER\"}")
                .post("/api/v1/products/" + shop + "/members").then().statusCode(400)
                .body("violations.field", hasItem("password"));
        asAdmin().body("{\"username\": \"newbie\", \"role\": \"BOSS\", \"password\": \"long-enough\"}")
                .post("/api/v1/products/" + shop + "/members").then().statusCode(400)
                .body("violations.field", hasItem("role"));
        asAdmin().body("{\"username\": \"no spaces\", \"role\": \"VIEWER\", \"password\": \"long-enough\"}")
                .post("/api/v1/products/" + shop + "/members").then().statusCode(400)
                .body("violations.field", hasItem("username"));
        asAdmin().body("{\"username\": \"newbie\", \"role\": \"VIEWER\", \"password\": \"short\"}")
                .post("/api/v1/products/" + shop + "/members").then().statusCode(400)
                .body("violations.field", hasItem("password"));
        asAdmin().get("/api/v1/products/" + shop + "/members").then().statusCode(200)
                .body("username", not(hasItem("newbie")));
    }

    @Test
    void badPatchesAreRefusedAndLeaveTheItemAlone() {
        String shop = product("BB");
        String key = org.onebacklog.support.Api.story(shop, "Stays");
        for (String body : List.of("{\"title\": 5, \"version\": 0}", "{\"estimate\": true, \"version\": 0}",
                "{\"kind\": \"EPIC\", \"version\": 0}", "{\"status\": \"FINISHED\", \"version\": 0}",
                "{\"title\": \"ok\", \"version\": \"zero\"}", "{\"labels\": [1], \"version\": 0}",
                "{\"title\": \"\", \"version\": 0}", "{\"kind\": \"TECHNICAL\", \"version\": 0}", "nonsense")) {
            asAdmin().body(body).patch("/api/v1/items/" + key).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        asAdmin().get("/api/v1/items/" + key).then().body("title", org.hamcrest.Matchers.is("Stays"))
                .body("version", org.hamcrest.Matchers.is(0));
    }

    @Test
    void unknownThingsAre404Problems() {
        asAdmin().get("/api/v1/products/NOSUCH").then().statusCode(404).contentType("application/problem+json");
        asAdmin().get("/api/v1/items/NOSUCH-1").then().statusCode(404).contentType("application/problem+json");
        asAdmin().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnknownAddressInABrowserIsTheFriendly404Page() {
        for (var who : List.of(io.restassured.RestAssured.given(), org.onebacklog.support.Browser.admin().page())) {
            who.redirects().follow(false).accept("text/html").get("/nothing/here").then().statusCode(404)
                    .contentType(containsString("text/html")).body(containsString("There is nothing at this address"))
                    .body(not(containsString("Exception")));
        }
    }

    @Test
    void mangledPageFormsAnswer400WithTheFieldNamed() {
        var board = org.onebacklog.support.Api.activeBoard("BF");
        var po = org.onebacklog.support.Browser.admin();
        long task = org.onebacklog.support.Api.task(board.sprint(), 0);
        po.htmx().formParam("column", "IN_PROGRESS").formParam("version", "0").formParam("position", "first")
                .post("/products/" + board.product() + "/board/tasks/" + task + "/move").then().statusCode(400)
                .body(containsString("A place in the column is a whole number"));
        asAdmin().get("/api/v1/tasks/" + task).then().body("column", org.hamcrest.Matchers.is("TODO"));
        po.htmx().formParam("kind", "STORY").formParam("title", "Huge").formParam("estimate", "1e999999999")
                .post("/products/" + board.product() + "/backlog/items").then().statusCode(400)
                .body(containsString("Write the estimate as a number"));
        po.htmx().formParam("title", "Huge task").formParam("estimate", "1e999999999")
                .post("/products/" + board.product() + "/board/items/" + board.product() + "-1/tasks").then()
                .statusCode(400).body(containsString("Write a number"));
        po.form().formParam("reservedPercent", "30").formParam("mode", "WARN").formParam("sprint", "abc")
                .post("/products/" + board.product() + "/planning/policy").then().statusCode(400)
                .body(containsString("The form lost track of its sprint"));
        asAdmin().get("/api/v1/products/" + board.product() + "/capacity-policy").then()
                .body("reservedShare", org.hamcrest.Matchers.not(org.hamcrest.Matchers.is(0.3f)));
        asAdmin().body("{\"title\": \"Huge\", \"estimate\": 1e999999999}")
                .post("/api/v1/items/" + board.product() + "-1/tasks").then().statusCode(400)
                .body("violations.field", hasItem("estimate"));
    }

    /** No answer to bad input names one of our classes or carries a stack trace. */
    @Test
    void errorsNeverNameJavaClasses() {
        String shop = product("BJ");
        java.util.regex.Pattern javaName = java.util.regex.Pattern.compile(
                "(org\\.onebacklog|java\\.|jakarta\\.|com\\.fasterxml|\\$[A-Z]|\\bat [a-z]+\\.)");
        List<String[]> calls = List.of(
                new String[] {"/api/v1/products", "[1]"}, new String[] {"/api/v1/products", "\"text\""},
                new String[] {"/api/v1/products", "{\"key\": [1]}"}, new String[] {"/api/v1/products", "{"},
                new String[] {"/api/v1/products/" + shop + "/items", "[]"},
                new String[] {"/api/v1/products/" + shop + "/items", "{\"kind\": {}, \"title\": 1}"},
                new String[] {"/api/v1/products/" + shop + "/items", "{\"kind\": \"STORY\", \"title\": \"t\", \"estimate\": [1]}"},
                new String[] {"/api/v1/products/" + shop + "/sprints", "{\"name\": \"s\", \"start\": \"tomorrow\"}"},
                new String[] {"/api/v1/products/" + shop + "/sprints", "7"},
                new String[] {"/api/v1/products/" + shop + "/members", "{\"username\": 1, \"role\": 2}"});
        for (String[] call : calls) {
            String body = asAdmin().body(call[1]).post(call[0]).then().statusCode(400).extract().asString();
            org.junit.jupiter.api.Assertions.assertFalse(javaName.matcher(body).find(), call[1] + " -> " + body);
        }
    }
}
