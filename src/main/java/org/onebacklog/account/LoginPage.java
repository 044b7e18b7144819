package org.onebacklog.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The login form, the login it posts ({@code /j_security_check}, the name form logins have always had) and logout.
 * A login starts a session on the server ({@link Sessions}) and gives the browser its random token; logout ends it
 * there, so a copy of the cookie taken before is worth nothing.
 */
@Path("/")
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean loggedOut, String wait);
    }

    @Inject
    LoginThrottle throttle;

    @Inject
    PasswordLogin passwords;

    @Inject
    Sessions sessions;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") String error, @Context UriInfo uri,
            @Context HttpServerRequest request) {
        String wait = error == null ? null
                : throttle.waitForAddress(addressOf(request)).map(LoginThrottle::describe).orElse(null);
        // "?bye" has no value, which a @QueryParam cannot tell from no parameter at all.
        return Templates.login(error != null, uri.getQueryParameters().containsKey("bye"), wait);
    }

    /**
     * Checks the username and password (under the throttle; {@link LoginOrigin} has already refused forms from other
     * sites) and starts a session: on to the page that sent the person here, else their products.
     */
    @POST
    @Path(LoginOrigin.LOGIN_POST_PATH)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logIn(@FormParam("j_username") String username, @FormParam("j_password") String password,
            @CookieParam(SessionAuthentication.RETURN_COOKIE) String returnTo,
            @CookieParam(Sessions.COOKIE) String previous, @Context HttpServerRequest request) {
        String address = addressOf(request);
        User user;
        try {
            user = passwords.verify(username == null ? "" : username, password == null ? "" : password, address);
        } catch (AuthenticationFailedException wrong) {
            return Response.status(302).location(URI.create("/login?error=true")).build();
        }
        if (previous != null && !previous.isBlank()) {
            sessions.end(previous); // this browser's earlier session is replaced, not left open beside the new one
        }
        Sessions.Started started = sessions.start(user, request.getHeader("User-Agent"), address);
        Response.ResponseBuilder answer = Response.status(302)
                .location(URI.create(SessionAuthentication.returnTo(returnTo)))
                .cookie(sessionCookie(started.token(), isHttps(request)));
        if (returnTo != null) {
            answer.cookie(new NewCookie.Builder(SessionAuthentication.RETURN_COOKIE).path(LoginOrigin.LOGIN_POST)
                    .value("").maxAge(0).httpOnly(true).build());
        }
        return answer.build();
    }

    /** Ends the session on the server and in the browser. */
    @POST
    @Path("logout")
    public Response logout(@CookieParam(Sessions.COOKIE) String token) {
        if (token != null && !token.isBlank()) {
            sessions.end(token);
        }
        return loggedOut();
    }

    /** The answer that leaves a browser logged out: its cookie expired, on to the login page. */
    static Response loggedOut() {
        NewCookie expired = new NewCookie.Builder(Sessions.COOKIE).path("/").value("").maxAge(0).httpOnly(true)
                .build();
        return Response.seeOther(URI.create("/login?bye")).cookie(expired).build();
    }

    /** HttpOnly (no script reads it), SameSite=Lax (no other site's form sends it), Secure when we run on HTTPS. */
    private static NewCookie sessionCookie(String token, boolean https) {
        return new NewCookie.Builder(Sessions.COOKIE).path("/").value(token).httpOnly(true).secure(https)
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    private static boolean isHttps(HttpServerRequest request) {
        return "https".equalsIgnoreCase(request.scheme());
    }

    static String addressOf(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
