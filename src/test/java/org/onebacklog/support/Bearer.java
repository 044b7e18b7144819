package org.onebacklog.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Requests with a personal API token, as a script making many calls would send them: HTTP Basic pays a bcrypt
 * check on every call, which would make a burst of writes mostly password hashing.
 */
public final class Bearer {

    private Bearer() {
    }

    /** Creates a token for that account (HTTP Basic, once) and returns requests that carry it. */
    public static Supplier<RequestSpecification> of(RequestSpecification basic) {
        String token = basic.body(Map.of("name", "burst")).post("/api/v1/tokens").then().statusCode(201).extract()
                .path("token");
        return () -> given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }
}
