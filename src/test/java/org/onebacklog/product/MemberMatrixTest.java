package org.onebacklog.product;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onebacklog.support.Api;

/**
 * Who may change a member's role and take a member off the team, over the API: each caller (admin, Product Owner,
 * Scrum Master, Developer, Viewer, someone of another team, nobody) acting on themselves, on another member and on
 * the last Product Owner. Each case gets a team of its own; the answer and the team afterwards are checked.
 */
@QuarkusTest
class MemberMatrixTest {

    /** The people of every team of this test: made once, added to each case's product. */
    static final String PO = "mx-owner", SM = "mx-master", DEV = "mx-dev", VIEWER = "mx-viewer", OTHER = "mx-other",
            STRANGER = "mx-stranger";

    private static boolean peopleMade;

    @BeforeEach
    void people() {
        if (peopleMade) {
            return;
        }
        peopleMade = true;
        String home = Api.product("MXH");
        for (String person : List.of(PO, SM, DEV, VIEWER, OTHER, STRANGER)) {
            asAdmin().body(Map.of("username", person, "role", "VIEWER", "password", Api.password(person)))
                    .post(members(home)).then().statusCode(org.hamcrest.Matchers.anyOf(is(201), is(200)));
        }
    }

    /**
     * A team whose only Product Owner is {@link #PO}: the admin who made the product stepped back to Viewer, so it
     * is a member like the others (and still an admin).
     */
    static String team() {
        String shop = Api.product("MX");
        for (var entry : Map.of(PO, "PRODUCT_OWNER", SM, "SCRUM_MASTER", DEV, "DEVELOPER", VIEWER, "VIEWER",
                OTHER, "DEVELOPER").entrySet()) {
            asAdmin().body(Map.of("username", entry.getKey(), "role", entry.getValue())).post(members(shop)).then()
                    .statusCode(201);
        }
        asAdmin().body(Map.of("role", "VIEWER")).put(members(shop) + "/admin").then().statusCode(200);
        return shop;
    }

    static String members(String shop) {
        return "/api/v1/products/" + shop + "/members";
    }

    static RequestSpecification as(String caller) {
        return switch (caller) {
            case "admin" -> asAdmin();
            case "anonymous" -> given().contentType(ContentType.JSON).accept(ContentType.JSON);
            default -> asUser(caller);
        };
    }

    /** The member a case acts on: the caller, another member ({@link #OTHER}, a developer) or the last PO. */
    static String target(String caller, String on) {
        return switch (on) {
            case "self" -> caller.equals("anonymous") ? OTHER : caller;
            case "another" -> OTHER;
            default -> PO;
        };
    }

    static String roleOf(String shop, String username) {
        List<Map<String, Object>> team = asAdmin().get(members(shop)).then().statusCode(200).extract().jsonPath()
                .getList("");
        return team.stream().filter(m -> m.get("username").equals(username)).map(m -> (String) m.get("role"))
                .findFirst().orElse(null);
    }

    static final List<String> CALLERS = List.of("admin", PO, SM, DEV, VIEWER, STRANGER, "anonymous");

    /** The answer to a change of role: the role a case asks for is one the target does not have yet. */
    static Stream<Arguments> roleChanges() {
        return Stream.of(
                // caller, on, expected status
                Arguments.of("admin", "self", 200), Arguments.of("admin", "another", 200),
                Arguments.of("admin", "lastPo", 409),
                Arguments.of(PO, "self", 403), Arguments.of(PO, "another", 200), Arguments.of(PO, "lastPo", 403),
                Arguments.of(SM, "self", 403), Arguments.of(SM, "another", 200), Arguments.of(SM, "lastPo", 403),
                Arguments.of(DEV, "self", 403), Arguments.of(DEV, "another", 403), Arguments.of(DEV, "lastPo", 403),
                Arguments.of(VIEWER, "self", 403), Arguments.of(VIEWER, "another", 403),
                Arguments.of(VIEWER, "lastPo", 403),
                Arguments.of(STRANGER, "self", 403), Arguments.of(STRANGER, "another", 403),
                Arguments.of(STRANGER, "lastPo", 403),
                Arguments.of("anonymous", "self", 401), Arguments.of("anonymous", "another", 401),
                Arguments.of("anonymous", "lastPo", 401));
    }

    @ParameterizedTest(name = "{0} changes the role of {1}: {2}")
    @MethodSource("roleChanges")
    void changingARole(String caller, String on, int status) {
        String shop = team();
        String target = target(caller, on);
        String before = roleOf(shop, target);
        String wanted = "DEVELOPER".equals(before) ? "VIEWER" : "DEVELOPER";
        var answer = as(caller).body(Map.of("role", wanted)).put(members(shop) + "/" + target).then()
                .statusCode(status);
        if (status == 200) {
            answer.body("username", is(target)).body("role", is(wanted));
        }
        assertEquals(status == 200 ? wanted : before, roleOf(shop, target), "the role of " + target + " afterwards");
    }

    static Stream<Arguments> removals() {
        return Stream.of(
                Arguments.of("admin", "self", 204), Arguments.of("admin", "another", 204),
                Arguments.of("admin", "lastPo", 409),
                Arguments.of(PO, "self", 409), Arguments.of(PO, "another", 204), Arguments.of(PO, "lastPo", 409),
                Arguments.of(SM, "self", 204), Arguments.of(SM, "another", 204), Arguments.of(SM, "lastPo", 403),
                Arguments.of(DEV, "self", 204), Arguments.of(DEV, "another", 403), Arguments.of(DEV, "lastPo", 403),
                Arguments.of(VIEWER, "self", 204), Arguments.of(VIEWER, "another", 403),
                Arguments.of(VIEWER, "lastPo", 403),
                Arguments.of(STRANGER, "self", 403), Arguments.of(STRANGER, "another", 403),
                Arguments.of(STRANGER, "lastPo", 403),
                Arguments.of("anonymous", "self", 401), Arguments.of("anonymous", "another", 401),
                Arguments.of("anonymous", "lastPo", 401));
    }

    @ParameterizedTest(name = "{0} removes {1}: {2}")
    @MethodSource("removals")
    void removingAMember(String caller, String on, int status) {
        String shop = team();
        String target = target(caller, on);
        boolean wasMember = roleOf(shop, target) != null;
        var answer = as(caller).delete(members(shop) + "/" + target).then().statusCode(status);
        if (status == 409) {
            answer.body("detail", containsString("only Product Owner")).body("current.username", is(PO))
                    .body("current.role", is("PRODUCT_OWNER"));
        }
        boolean isMember = roleOf(shop, target) != null;
        assertEquals(status == 204 ? false : wasMember, isMember, target + " on the team afterwards");
    }

    @Test
    void aProductOwnerIsTakenOffOnlyByAProductOwnerAndTheLastOneStays() {
        String shop = team();
        asAdmin().body(Map.of("role", "PRODUCT_OWNER")).put(members(shop) + "/" + DEV).then().statusCode(200);
        asUser(SM).delete(members(shop) + "/" + DEV).then().statusCode(403)
                .body("detail", containsString("takes a Product Owner off"));
        asUser(PO).delete(members(shop) + "/" + DEV).then().statusCode(204);
        // The one left leaves last: first someone else becomes Product Owner.
        asUser(PO).delete(members(shop) + "/" + PO).then().statusCode(409);
        asUser(PO).body(Map.of("role", "PRODUCT_OWNER")).put(members(shop) + "/" + OTHER).then().statusCode(200);
        asUser(PO).delete(members(shop) + "/" + PO).then().statusCode(204);
        asUser(PO).get(members(shop)).then().statusCode(403);
        asAdmin().get(members(shop)).then().body("username", not(hasItem(PO)));
    }

    @Test
    void aStaleVersionGetsTheCurrentMember() {
        String shop = team();
        asUser(PO).body(Map.of("role", "SCRUM_MASTER", "version", 0)).put(members(shop) + "/" + OTHER).then()
                .statusCode(200).body("role", is("SCRUM_MASTER")).body("version", is(1));
        asUser(SM).body(Map.of("role", "VIEWER", "version", 0)).put(members(shop) + "/" + OTHER).then()
                .statusCode(409).body("current.role", is("SCRUM_MASTER")).body("current.version", is(1));
        asUser(SM).queryParam("version", 0).delete(members(shop) + "/" + OTHER).then().statusCode(409)
                .body("current.username", is(OTHER));
        assertEquals("SCRUM_MASTER", roleOf(shop, OTHER));
        asUser(SM).queryParam("version", 1).delete(members(shop) + "/" + OTHER).then().statusCode(204);
    }

    @Test
    void unknownPeopleAndBadRolesAreSaidSo() {
        String shop = team();
        asUser(PO).body(Map.of("role", "VIEWER")).put(members(shop) + "/nobody-here").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no user nobody-here"));
        asUser(PO).body(Map.of("role", "VIEWER")).put(members(shop) + "/" + STRANGER).then().statusCode(404)
                .body("detail", containsString("not a member"));
        asUser(PO).delete(members(shop) + "/" + STRANGER).then().statusCode(404);
        asUser(PO).body(Map.of("role", "BOSS")).put(members(shop) + "/" + OTHER).then().statusCode(400)
                .body("violations[0].field", is("role")).body("violations[0].message", containsString("VIEWER"));
        asUser(PO).body(Map.of("role", 2)).put(members(shop) + "/" + OTHER).then().statusCode(400)
                .body("violations[0].field", is("role"));
        asUser(PO).body(Map.of("role", "viewer")).put(members(shop) + "/" + OTHER).then().statusCode(400);
        asUser(PO).body("").put(members(shop) + "/" + OTHER).then().statusCode(400);
        assertEquals("DEVELOPER", roleOf(shop, OTHER));
    }
}
