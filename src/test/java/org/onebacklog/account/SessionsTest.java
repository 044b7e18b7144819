package org.onebacklog.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.onebacklog.support.Api.backlogKeys;
import static org.onebacklog.support.Api.member;
import static org.onebacklog.support.Api.product;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Browser;

/** Sessions that end: a copy of the cookie is worth nothing once its session is over, on the server. */
@QuarkusTest
class SessionsTest {

    @Inject
    Sessions sessions;

    @TestHTTPResource("/")
    URI base;

    @AfterEach
    void realTime() {
        sessions.useClock(null);
    }

    /** What a page answers to a browser that sends this cookie: 200, or 302 to the login page. */
    private static io.restassured.response.ValidatableResponse products(String cookie) {
        return given().redirects().follow(false).cookie(Sessions.COOKIE, cookie).accept("text/html").get("/products")
                .then();
    }

    private static void refused(String cookie) {
        products(cookie).statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void aCopyOfTheCookieTakenBeforeLogoutOpensNothing() {
        String shop = product("SN");
        String developer = member(shop, "DEVELOPER");
        Browser browser = Browser.user(developer);
        String copy = browser.sessionCookie();
        String csrf = browser.csrfToken();
        products(copy).statusCode(200);

        browser.form().post("/logout").then().statusCode(303).header("Location", endsWith("/login?bye"));
        given().get("/login?bye").then().statusCode(200).body(containsString("You are logged out"));

        refused(copy);
        given().redirects().follow(false).cookie(Sessions.COOKIE, copy).header("HX-Request", "true")
                .get("/products/" + shop + "/backlog").then().statusCode(302).header("Location", endsWith("/login"));
        given().redirects().follow(false).cookie(Sessions.COOKIE, copy).header("HX-Request", "true")
                .header("X-CSRF-Token", csrf).contentType(ContentType.URLENC).formParam("kind", "STORY")
                .formParam("title", "Written with a stolen cookie").post("/products/" + shop + "/backlog/items")
                .then().statusCode(302);
        assertEquals(List.of(), backlogKeys(shop));
    }

    @Test
    void logOutEverywhereEndsEverySessionOfThatPersonOnly() {
        String shop = product("SV");
        String developer = member(shop, "DEVELOPER");
        String other = member(shop, "VIEWER");
        Browser laptop = Browser.user(developer);
        Browser phone = Browser.user(developer);
        Browser colleague = Browser.user(other);

        laptop.form().post("/account/logout-everywhere").then().statusCode(303)
                .header("Location", endsWith("/login?bye")).header("Set-Cookie", containsString("Max-Age=0"));

        refused(laptop.sessionCookie());
        refused(phone.sessionCookie());
        products(colleague.sessionCookie()).statusCode(200);
    }

    @Test
    void logOutEverywhereOverTheApiEndsThePageSessions() {
        String shop = product("SW");
        String developer = member(shop, "DEVELOPER");
        Browser laptop = Browser.user(developer);

        Api.asUser(developer).post("/api/v1/account/logout-everywhere").then().statusCode(204);

        refused(laptop.sessionCookie());
        Api.asUser(developer).get("/api/v1/products").then().statusCode(200);
        given().post("/api/v1/account/logout-everywhere").then().statusCode(401);
    }

    @Test
    void aSessionEndsAfterTheIdleTimeoutUnlessUsed() {
        String shop = product("SI");
        String developer = member(shop, "DEVELOPER");
        Browser used = Browser.user(developer);
        Browser left = Browser.user(developer);

        at(Duration.ofHours(7));
        products(used.sessionCookie()).statusCode(200);
        at(Duration.ofHours(14));
        products(used.sessionCookie()).statusCode(200);
        refused(left.sessionCookie());
        at(Duration.ofHours(22).plusMinutes(1));
        refused(used.sessionCookie());
    }

    @Test
    void aSessionInUseStillEndsAtTheEndOfItsLifetime() {
        String shop = product("SL");
        String developer = member(shop, "DEVELOPER");
        Browser browser = Browser.user(developer);
        for (int hours : new int[] {6, 12, 18, 23}) {
            at(Duration.ofHours(hours));
            products(browser.sessionCookie()).statusCode(200);
        }
        at(Duration.ofHours(24).plusMinutes(1));
        refused(browser.sessionCookie());
    }

    @Test
    void anUnknownCookieIsNoSession() {
        refused("obs_made-up-by-someone");
        given().redirects().follow(false).cookie(Sessions.COOKIE, "obs_made-up").accept("text/html").get("/login")
                .then().statusCode(200);
    }

    @Test
    void theLoginLeadsBackToThePageThatAskedForIt() {
        String shop = product("SR");
        var challenge = given().redirects().follow(false).accept("text/html").get("/products/" + shop + "/board");
        challenge.then().statusCode(302).header("Location", endsWith("/login"));
        String remembered = challenge.cookie(SessionAuthentication.RETURN_COOKIE);
        given().redirects().follow(false).cookie(SessionAuthentication.RETURN_COOKIE, remembered)
                .formParam("j_username", "admin").formParam("j_password", Api.ADMIN_PASSWORD)
                .post("/j_security_check").then().statusCode(302)
                .header("Location", endsWith("/products/" + shop + "/board"));
        given().redirects().follow(false).cookie(SessionAuthentication.RETURN_COOKIE, "%2F%2Fevil.example%2F")
                .formParam("j_username", "admin").formParam("j_password", Api.ADMIN_PASSWORD)
                .post("/j_security_check").then().statusCode(302).header("Location", endsWith(":"
                        + io.restassured.RestAssured.port + "/products"));
    }

    @Test
    void aLiveSocketOpenedWithASessionClosesWhenTheSessionEnds() throws Exception {
        String shop = product("SS");
        String developer = member(shop, "DEVELOPER");
        Browser browser = Browser.user(developer);
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        BlockingQueue<Integer> closed = new LinkedBlockingQueue<>();
        BasicWebSocketConnector.create().baseUri(base).path("/live/" + shop + "?view=board")
                .addHeader("Cookie", Sessions.COOKIE + "=" + browser.sessionCookie())
                .executionModel(BasicWebSocketConnector.ExecutionModel.NON_BLOCKING)
                .onTextMessage((connection, message) -> messages.add(message))
                .onClose((connection, reason) -> closed.add(reason.getCode()))
                .connectAndAwait();
        assertNotNull(messages.poll(10, TimeUnit.SECONDS), "the session let the socket in: it says hello");

        browser.form().post("/logout").then().statusCode(303);

        assertEquals(SessionSockets.SESSION_ENDED, closed.poll(10, TimeUnit.SECONDS),
                "the socket of the ended session is closed, and told why");
    }

    /**
     * Java's CookieManager (and other RFC 2965 clients) sends the cookie quoted, with {@code $Path}: it is the same
     * session, so the socket stays open while the session holds (it was closed within a second).
     */
    @Test
    void aSocketWhoseClientQuotesTheCookieStaysOpenWhileTheSessionHolds() throws Exception {
        String shop = product("SQ");
        String developer = member(shop, "DEVELOPER");
        Browser browser = Browser.user(developer);
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        BlockingQueue<Integer> closed = new LinkedBlockingQueue<>();
        BasicWebSocketConnector.create().baseUri(base).path("/live/" + shop + "?view=board")
                .addHeader("Cookie", Sessions.COOKIE + "=\"" + browser.sessionCookie() + "\";$Path=\"/\"")
                .executionModel(BasicWebSocketConnector.ExecutionModel.NON_BLOCKING)
                .onTextMessage((connection, message) -> messages.add(message))
                .onClose((connection, reason) -> closed.add(reason.getCode()))
                .connectAndAwait();
        assertNotNull(messages.poll(10, TimeUnit.SECONDS), "the session let the socket in: it says hello");
        // The sessions of open sockets are checked once a second: two checks and more.
        assertEquals(null, closed.poll(2500, TimeUnit.MILLISECONDS), "the socket stays open: its session holds");

        browser.form().post("/logout").then().statusCode(303);

        assertEquals(SessionSockets.SESSION_ENDED, closed.poll(10, TimeUnit.SECONDS),
                "and closes once the session has ended");
    }

    /** Moves the server's clock to this long after now. */
    private void at(Duration later) {
        sessions.useClock(Clock.offset(Clock.systemUTC(), later));
    }
}
