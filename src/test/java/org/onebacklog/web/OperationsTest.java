package org.onebacklog.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void healthIsUp() {
        given().get("/q/health").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void theOpenApiDocumentListsTheBacklogOperations() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/products/{key}/items"))
                .body(containsString("/api/v1/items/{itemKey}/rank"));
    }

    /** The stand-up's operations: blocking, archiving, the stand-up itself, the product's stand-up settings. */
    @Test
    void theOpenApiDocumentListsTheStandupOperations() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/tasks/{id}/block"))
                .body(containsString("/api/v1/items/{itemKey}/block"))
                .body(containsString("/api/v1/items/{itemKey}/restore"))
                .body(containsString("/api/v1/products/{key}/standup"));
    }

    @Test
    void theStylesheetAndHtmxAreServed() {
        given().get("/css/app.css").then().statusCode(200);
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
        given().get("/js/app.js").then().statusCode(200);
    }

    /** A board on a stand-up laptop or a phone: pages come brotli- or gzip-compressed, whichever the browser takes. */
    @Test
    void pagesTravelCompressed() {
        var board = org.onebacklog.support.Api.activeBoard("OC");
        var browser = org.onebacklog.support.Browser.admin();
        String page = "/products/" + board.product() + "/board";
        byte[] brotli = browser.page().header("Accept-Encoding", "br, gzip").get(page).then().statusCode(200)
                .header("Content-Encoding", is("br")).extract().asByteArray();
        String plain = browser.page().header("Accept-Encoding", "identity").get(page).then().statusCode(200)
                .header("Content-Encoding", org.hamcrest.Matchers.not("br")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(brotli.length * 3 < plain.length(),
                "brotli: " + brotli.length + " bytes for " + plain.length() + " plain");
        browser.page().header("Accept-Encoding", "gzip").get(page).then().statusCode(200)
                .header("Content-Encoding", is("gzip")).body(containsString("board-grid"));
        org.onebacklog.support.Api.asAdmin().header("Accept-Encoding", "gzip")
                .get("/api/v1/sprints/" + board.sprint() + "/board").then().statusCode(200)
                .header("Content-Encoding", is("gzip"));
    }
}
