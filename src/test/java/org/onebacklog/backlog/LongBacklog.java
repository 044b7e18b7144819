package org.onebacklog.backlog;

import static io.restassured.RestAssured.given;
import static org.onebacklog.support.Api.asAdmin;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A backlog of some hundred items, added over the API with a token (a password check per call would make it slow),
 * and how a person reads such a backlog page by page: the rows of an answer and the link of its sentinel row.
 */
final class LongBacklog {

    private static final Pattern SENTINEL = Pattern.compile("<li class=\"more\" hx-get=\"([^\"]+)\"");
    private static String token;

    private LongBacklog() {
    }

    /** The admin's API calls with a bearer token. */
    static RequestSpecification asAdminWithToken() {
        if (token == null) {
            token = asAdmin().body(Map.of("name", "long backlogs")).post("/api/v1/tokens").then().statusCode(201)
                    .extract().path("token");
        }
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** Adds {@code count} items, ranked at the bottom in turn; {@code body} gives the i-th item's JSON. */
    static List<String> add(String product, int count, IntFunction<Map<String, ?>> body) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(asAdminWithToken().body(body.apply(i)).post("/api/v1/products/" + product + "/items").then()
                    .statusCode(201).extract().path("key"));
        }
        return keys;
    }

    static List<String> stories(String product, int count) {
        return add(product, count, i -> Map.of("kind", "STORY", "title", "Story " + i));
    }

    /** The link the answer's sentinel row loads when it is seen, or null at the end of the backlog. */
    static String sentinel(String html) {
        Matcher matcher = SENTINEL.matcher(html);
        return matcher.find() ? matcher.group(1).replace("&amp;", "&") : null;
    }
}
