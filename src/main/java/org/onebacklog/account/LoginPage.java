package org.onebacklog.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The login form (posted to Quarkus' form authentication) and logout. */
@Path("/")
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean loggedOut, String wait);
    }

    @Inject
    LoginThrottle throttle;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") String error, @QueryParam("bye") String bye,
            @Context HttpServerRequest request) {
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        String wait = error == null ? null : throttle.waitForAddress(address).map(LoginThrottle::describe).orElse(null);
        return Templates.login(error != null, bye != null, wait);
    }

    /** Ends the session: the session lives only in its cookie, so expiring the cookie ends it. */
    @POST
    @Path("logout")
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(sessionCookie).path("/").value("").maxAge(0).httpOnly(true)
                .build();
        return Response.seeOther(URI.create("/login?bye")).cookie(expired).build();
    }
}
