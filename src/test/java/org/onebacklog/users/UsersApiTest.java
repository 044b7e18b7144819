package org.onebacklog.users;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.onebacklog.support.Api.as;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.password;
import static org.onebacklog.support.Api.product;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onebacklog.support.Browser;

/** The admins' user API: who may call it, the one-time passwords, disabling, and the admin who must remain. */
@QuarkusTest
class UsersApiTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String ONE_TIME = "[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}";

    static String freshName(String prefix) {
        return prefix + "-" + NAMES.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100_000, 36);
    }

    /** Creates a user with their test password, as admin, and returns the name. */
    static String user(String prefix, boolean admin) {
        String name = freshName(prefix);
        asAdmin().body(Map.of("username", name, "password", password(name), "admin", admin)).post("/api/v1/users")
                .then().statusCode(201);
        return name;
    }

    static long version(String username) {
        return ((Number) asAdmin().get("/api/v1/users/" + username).then().statusCode(200).extract().path("version"))
                .longValue();
    }

    static Response patch(RequestSpecification who, String username, Map<String, Object> change) {
        return who.body(change).patch("/api/v1/users/" + username);
    }

    static void disable(String username, boolean disabled) {
        patch(asAdmin(), username, Map.of("disabled", disabled, "version", version(username))).then().statusCode(200)
                .body("disabled", is(disabled));
    }

    // --- who may call

    static Stream<Arguments> roleMatrix() {
        List<String> endpoints = List.of("list", "read", "create", "change", "reset");
        List<Object[]> callers = List.of(new Object[] {"anonymous", 401}, new Object[] {"user", 403},
                new Object[] {"disabled", 401}, new Object[] {"admin", 200});
        return endpoints.stream().flatMap(e -> callers.stream().map(c -> Arguments.of(e, c[0], c[1])));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("roleMatrix")
    void onlyAdminsManageUsers(String endpoint, String caller, int expected) {
        String target = user("target", false);
        RequestSpecification who = switch (caller) {
            case "anonymous" -> given().contentType(ContentType.JSON).accept(ContentType.JSON);
            case "user" -> asUser(user("plain", false));
            case "disabled" -> {
                String admin = user("gone", true);
                disable(admin, true);
                yield asUser(admin);
            }
            default -> asAdmin();
        };
        Response response = switch (endpoint) {
            case "list" -> who.get("/api/v1/users");
            case "read" -> who.get("/api/v1/users/" + target);
            case "create" -> who.body(Map.of("username", freshName("new"))).post("/api/v1/users");
            case "change" -> who.body(Map.of("admin", true, "version", version(target)))
                    .patch("/api/v1/users/" + target);
            default -> who.post("/api/v1/users/" + target + "/password-reset");
        };
        int status = expected == 200 && endpoint.equals("create") ? 201 : expected;
        response.then().statusCode(status);
        if (status >= 400) {
            response.then().contentType("application/problem+json").body("status", is(status));
        }
    }

    // --- creating

    @Test
    void aUserCreatedWithAPasswordLogsInWithIt() {
        String name = freshName("dana");
        asAdmin().body(Map.of("username", name, "password", password(name))).post("/api/v1/users").then()
                .statusCode(201).header("Location", containsString("/api/v1/users/" + name))
                .body("username", is(name)).body("admin", is(false)).body("disabled", is(false))
                .body("mustChangePassword", is(false)).body("oneTimePassword", nullValue());
        asUser(name).get("/api/v1/products").then().statusCode(200);
    }

    @Test
    void theListShowsEachUsersProductsAndRoles() {
        String shop = product("US");
        String developer = member(shop, "DEVELOPER");
        String path = "find { it.username == '" + developer + "' }";
        asAdmin().get("/api/v1/users").then().statusCode(200)
                .body("username", hasItems("admin", developer))
                .body(path + ".products.key", is(List.of(shop)))
                .body(path + ".products.role", is(List.of("DEVELOPER")))
                .body(path + ".admin", is(false))
                .body(path + ".createdAt", not(nullValue()))
                .body(path + ".version", not(nullValue()));
    }

    @Test
    void withoutAPasswordTheAnswerCarriesAOneTimePasswordToBeChangedFirst() {
        String name = freshName("erin");
        String oneTime = asAdmin().body(Map.of("username", name)).post("/api/v1/users").then().statusCode(201)
                .header("Cache-Control", "no-store")
                .body("mustChangePassword", is(true)).body("oneTimePassword", matchesPattern(ONE_TIME))
                .extract().path("oneTimePassword");
        // It is shown once: the list and the user's own answer never carry it.
        asAdmin().get("/api/v1/users").then().body(not(containsString(oneTime)));
        asAdmin().get("/api/v1/users/" + name).then().body("mustChangePassword", is(true))
                .body(not(containsString(oneTime)));
        as(name, oneTime).get("/api/v1/products").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("Change your one-time password first"));
        // The API's own password change is let through, and it ends the one-time password's reign.
        as(name, oneTime).body(Map.of("current", oneTime, "new", "a brand new passphrase"))
                .post("/api/v1/account/password").then().statusCode(204);
        asAdmin().get("/api/v1/users/" + name).then().body("mustChangePassword", is(false));
        as(name, "a brand new passphrase").get("/api/v1/products").then().statusCode(200);
        as(name, oneTime).get("/api/v1/products").then().statusCode(401);
    }

    @Test
    void aTakenUsernameIsAConflictShowingTheUser() {
        String name = user("taken", false);
        asAdmin().body(Map.of("username", name, "password", "another long passphrase")).post("/api/v1/users").then()
                .statusCode(409).body("detail", containsString("already")).body("current.username", is(name));
    }

    @Test
    void badInputNamesEachField() {
        asAdmin().body(Map.of("username", "no spaces allowed", "password", "password")).post("/api/v1/users").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("username", "password"));
        asAdmin().body(Map.of("username", "frank", "password", "frank-and-more")).post("/api/v1/users").then()
                .statusCode(400).body("violations[0].field", is("password"))
                .body("violations[0].message", containsString("username"));
        asAdmin().body("{}").post("/api/v1/users").then().statusCode(400)
                .body("violations[0].field", is("username"));
        asAdmin().body(Map.of("username", freshName("x"), "surprise", true)).post("/api/v1/users").then()
                .statusCode(400);
    }

    // --- changing

    @Test
    void aStaleVersionIsAConflictWithTheCurrentUser() {
        String name = user("stale", false);
        long read = version(name);
        patch(asAdmin(), name, Map.of("admin", true, "version", read)).then().statusCode(200)
                .body("admin", is(true)).body("version", is((int) read + 1));
        patch(asAdmin(), name, Map.of("disabled", true, "version", read)).then().statusCode(409)
                .body("current.admin", is(true)).body("current.disabled", is(false))
                .body("current.version", is((int) read + 1));
    }

    @Test
    void aChangeNeedsItsVersionAndSomethingToChange() {
        String name = user("vers", false);
        patch(asAdmin(), name, Map.of("disabled", true)).then().statusCode(400)
                .body("violations.field", hasItem("version"));
        patch(asAdmin(), name, Map.of("version", version(name))).then().statusCode(400)
                .body("violations.field", hasItem("disabled"));
        patch(asAdmin(), name, Map.of("disabled", "perhaps", "version", 0)).then().statusCode(400);
        patch(asAdmin(), "nobody-" + name, Map.of("disabled", true, "version", 0)).then().statusCode(404);
        asAdmin().get("/api/v1/users/" + name).then().body("disabled", is(false));
    }

    @Test
    void theLastEnabledAdminStays() {
        // Leave "admin" as the only enabled admin: other tests' admins are demoted (and stay users).
        List<String> others = asAdmin().get("/api/v1/users").then().extract().jsonPath()
                .getList("findAll { it.admin && !it.disabled && it.username != 'admin' }.username", String.class);
        others.forEach(name -> patch(asAdmin(), name, Map.of("admin", false, "version", version(name))).then()
                .statusCode(200));

        patch(asAdmin(), "admin", Map.of("admin", false, "version", version("admin"))).then().statusCode(409)
                .body("detail", containsString("last enabled admin")).body("current.admin", is(true));
        patch(asAdmin(), "admin", Map.of("disabled", true, "version", version("admin"))).then().statusCode(409)
                .body("detail", containsString("last enabled admin"));

        // A disabled admin does not count.
        String boss = user("boss", true);
        disable(boss, true);
        patch(asAdmin(), "admin", Map.of("admin", false, "version", version("admin"))).then().statusCode(409);

        // With a second enabled admin, one may step down; nobody disables their own account.
        disable(boss, false);
        patch(asAdmin(), "admin", Map.of("disabled", true, "version", version("admin"))).then().statusCode(403)
                .body("detail", containsString("your own account"));
        patch(asUser(boss), boss, Map.of("admin", false, "version", version(boss))).then().statusCode(200)
                .body("admin", is(false));
        asUser(boss).get("/api/v1/users").then().statusCode(403);
        asAdmin().get("/api/v1/users/admin").then().body("admin", is(true)).body("disabled", is(false));
    }

    // --- disabled users

    @Test
    void aDisabledUsersPasswordTokensAndSessionsStopAtOnce() {
        String shop = product("UD");
        String name = member(shop, "DEVELOPER");
        String token = asUser(name).body(Map.of("name", "CI")).post("/api/v1/tokens").then().statusCode(201)
                .extract().path("token");
        Browser browser = Browser.user(name);
        Function<String, RequestSpecification> bearer = t -> given().header("Authorization", "Bearer " + t);

        disable(name, true);
        asUser(name).get("/api/v1/products").then().statusCode(401);
        bearer.apply(token).get("/api/v1/products").then().statusCode(401);
        browser.page().get("/products/" + shop + "/backlog").then().statusCode(302)
                .header("Location", containsString("/login"));
        // The login form says what it says for a wrong password: nothing tells that the account exists.
        String refused = formLogin(name, password(name));
        String wrong = formLogin(name, "not the password at all");
        org.junit.jupiter.api.Assertions.assertEquals(wrong, refused);

        disable(name, false);
        asUser(name).get("/api/v1/products").then().statusCode(200);
        bearer.apply(token).get("/api/v1/products").then().statusCode(200);
    }

    private static String formLogin(String username, String password) {
        return given().redirects().follow(false).contentType(ContentType.URLENC).formParam("j_username", username)
                .formParam("j_password", password).post("/j_security_check").then().statusCode(302).extract()
                .header("Location");
    }

    // --- password reset

    @Test
    void aResetGivesAOneTimePasswordAndTheOldOneStops() {
        String name = user("reset", false);
        long before = version(name);
        String oneTime = asAdmin().post("/api/v1/users/" + name + "/password-reset").then().statusCode(200)
                .body("username", is(name)).body("oneTimePassword", matchesPattern(ONE_TIME)).extract()
                .path("oneTimePassword");
        asUser(name).get("/api/v1/products").then().statusCode(401);
        as(name, oneTime).get("/api/v1/products").then().statusCode(403)
                .body("detail", containsString("one-time password"));
        asAdmin().get("/api/v1/users/" + name).then().body("mustChangePassword", is(true))
                .body("version", is((int) before + 1));
        asAdmin().post("/api/v1/users/nobody-" + name + "/password-reset").then().statusCode(404);
    }
}
