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

    @Test
    void theStylesheetAndHtmxAreServed() {
        given().get("/css/app.css").then().statusCode(200);
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
        given().get("/js/app.js").then().statusCode(200);
    }
}
