package org.onebacklog.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** A person at a browser: logs in through the login form and keeps the session cookie. */
public final class Browser {

    private final String session;

    private Browser(String session) {
        this.session = session;
    }

    public static Browser login(String username, String password) {
        String cookie = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check").then().statusCode(302).extract().cookie("onebacklog-session");
        if (cookie == null) {
            throw new AssertionError("login as " + username + " gave no session cookie");
        }
        return new Browser(cookie);
    }

    public static Browser admin() {
        return login("admin", Api.ADMIN_PASSWORD);
    }

    public static Browser user(String username) {
        return login(username, Api.password(username));
    }

    /** A page request, as a browser sends it. */
    public RequestSpecification page() {
        return given().redirects().follow(false).cookie("onebacklog-session", session).accept("text/html");
    }

    /** A form post made by htmx from one of our pages. */
    public RequestSpecification htmx() {
        return page().header("HX-Request", "true").contentType(ContentType.URLENC);
    }
}
