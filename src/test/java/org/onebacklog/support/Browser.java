package org.onebacklog.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** A person at a browser: logs in through the login form and keeps the session cookie. */
public final class Browser {

    private static final java.util.regex.Pattern CSRF =
            java.util.regex.Pattern.compile("\"X-CSRF-Token\": \"([^\"]+)\"");

    private final String session;
    private final String csrf;

    private Browser(String session, String firstPage) {
        this.session = session;
        String page = given().redirects().follow(false).cookie("onebacklog-session", session).accept("text/html")
                .get(firstPage).then().statusCode(200).extract().asString();
        java.util.regex.Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("the page carries no CSRF token for htmx");
        }
        this.csrf = matcher.group(1);
    }

    /** The session cookie's value, as an attacker who copied it would have it. */
    public String sessionCookie() {
        return session;
    }

    /** The CSRF token the pages give this person. */
    public String csrfToken() {
        return csrf;
    }

    public static Browser login(String username, String password) {
        return new Browser(sessionOf(username, password), "/products");
    }

    /**
     * Logs in with a one-time password an admin handed over: the only page open to this person is the one where they
     * choose their own password.
     */
    public static Browser loginWithOneTimePassword(String username, String oneTimePassword) {
        return new Browser(sessionOf(username, oneTimePassword), "/account/new-password");
    }

    private static String sessionOf(String username, String password) {
        String cookie = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check").then().statusCode(302).extract().cookie("onebacklog-session");
        if (cookie == null) {
            throw new AssertionError("login as " + username + " gave no session cookie");
        }
        return cookie;
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

    /** A request made by htmx from one of our pages: it carries the CSRF token in its header. */
    public RequestSpecification htmx() {
        return page().header("HX-Request", "true").header("X-CSRF-Token", csrf).contentType(ContentType.URLENC);
    }

    /** A plain form post from one of our pages: the CSRF token travels as a hidden field. */
    public RequestSpecification form() {
        return page().contentType(ContentType.URLENC).formParam("csrf", csrf);
    }
}
