package org.onebacklog.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.web.Ago;
import org.onebacklog.web.Form;
import org.onebacklog.web.Shell;

/** My account: change my password, see and end my sessions, log out everywhere; my API tokens are a link away. */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
public class AccountPage {

    /** A session as its owner sees it in the list. */
    public record SessionRow(long id, String device, String address, Instant startedAt, String lastSeen,
            boolean current) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(Shell shell, Form form, List<SessionRow> sessions, boolean changed,
                boolean ended, String idle, String lifetime);
    }

    @Inject
    Caller caller;

    @Inject
    Sessions sessions;

    @Inject
    PasswordChange passwords;

    @Inject
    SecurityIdentity identity;

    @GET
    public TemplateInstance show(@QueryParam("changed") String changed, @QueryParam("ended") String ended) {
        return page(caller.user(), Form.empty(), changed != null, ended != null);
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(MultivaluedMap<String, String> submitted, @Context HttpServerRequest request) {
        Form form = Form.of(submitted);
        User user = caller.user();
        try {
            passwords.change(user, form.value("current"), form.value("new"), form.value("repeat"),
                    LoginPage.addressOf(request), Sessions.idOf(identity));
        } catch (InvalidInput invalid) {
            // The passwords are not shown again: only the messages, next to their fields.
            return Response.status(400).entity(page(user, Form.empty().failed(invalid), false, false)).build();
        }
        return Response.seeOther(URI.create("/account?changed=1#change-password")).build();
    }

    /** Ends one of my sessions; ending the one I am using is logging out. */
    @POST
    @Path("sessions/{id}/end")
    public Response endSession(@PathParam("id") long id) {
        sessions.end(caller.user(), id);
        if (Sessions.idOf(identity).filter(current -> current == id).isPresent()) {
            return LoginPage.loggedOut();
        }
        return Response.seeOther(URI.create("/account?ended=1")).build();
    }

    @POST
    @Path("logout-everywhere")
    public Response logoutEverywhere() {
        sessions.endAllOf(caller.user());
        return LoginPage.loggedOut();
    }

    private TemplateInstance page(User user, Form form, boolean changed, boolean ended) {
        Optional<Long> current = Sessions.idOf(identity);
        Instant now = sessions.now();
        List<SessionRow> rows = sessions.openOf(user).stream()
                .map(s -> new SessionRow(s.id, s.device, s.address, s.createdAt, Ago.since(s.lastSeenAt, now),
                        current.filter(s.id::equals).isPresent()))
                .sorted((a, b) -> Boolean.compare(b.current(), a.current()))
                .toList();
        return Templates.account(Shell.of(user.username, user.isAdmin(), "account"), form, rows, changed, ended,
                spoken(sessions.limits().idle()), spoken(sessions.limits().lifetime()));
    }

    /** "8 hours", "7 days", "30 minutes": a setting as the page says it. */
    static String spoken(java.time.Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes % (24 * 60) == 0 && minutes >= 48 * 60) {
            return minutes / (24 * 60) + " days";
        }
        if (minutes % 60 == 0) {
            return minutes == 60 ? "1 hour" : minutes / 60 + " hours";
        }
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
