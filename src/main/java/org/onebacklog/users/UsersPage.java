package org.onebacklog.users;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.onebacklog.account.Caller;
import org.onebacklog.account.User;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.Forbidden;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.web.Form;
import org.onebacklog.web.FormBinder;
import org.onebacklog.web.Shell;

/**
 * The admins' list of users: create one (a one-time password is shown once, to hand over), disable or enable, make
 * or unmake admin, reset a password. Refusals are said next to the field or the row, over the fresh list.
 */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
public class UsersPage {

    /** A one-time password to hand over, shown once. */
    public record Handover(String username, String password, boolean reset) {
    }

    /** What became of a row's action, said in that row. */
    public record RowNote(String username, String text, boolean refused) {

        public boolean isFor(String name) {
            return username.equals(name);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(Shell shell, String me, List<UserView> users, Form form,
                Handover handover, RowNote note);

        static native TemplateInstance users$panel(String me, List<UserView> users, Form form, Handover handover,
                RowNote note);
    }

    @Inject
    UserService users;

    @Inject
    Caller caller;

    @GET
    public TemplateInstance show() {
        User me = caller.user();
        List<UserView> all = users.list();
        return Templates.users(Shell.of(me.username, me.isAdmin(), "users"), me.username, all, Form.empty(), null,
                null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        String password = form.value("password");
        try {
            UserService.Created created = users.create(form.value("username"), password.isEmpty() ? null : password,
                    form.is("admin", "on") || form.is("admin", "true"));
            String name = created.user().username();
            if (created.oneTimePassword() != null) {
                return panel(200, Form.empty(), new Handover(name, created.oneTimePassword(), false), null);
            }
            return panel(200, Form.empty().message(name + " can log in now, with the password you gave."), null, null);
        } catch (InvalidInput invalid) {
            return panel(400, form.with("password", "").failed(invalid), null, null);
        } catch (Conflict | Forbidden refused) {
            return panel(status(refused), form.with("password", "")
                    .failed(new InvalidInput("username", refused.getMessage())), null, null);
        }
    }

    /** Disable or enable ({@code disabled}), make or unmake admin ({@code admin}), with the version the row showed. */
    @POST
    @Path("{username}/change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("username") String username, MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        FormBinder in = FormBinder.of(form);
        long version = in.version("The page lost track of this user's version; reload it");
        try {
            in.throwIfAny();
            UserView changed = users.change(username, new UserChange(flag(form, "disabled"), flag(form, "admin"),
                    version));
            return panel(200, Form.empty(), null, new RowNote(username, said(changed), false));
        } catch (InvalidInput invalid) {
            return panel(400, Form.empty(), null, new RowNote(username, invalid.violations().get(0).message(), true));
        } catch (UserService.Stale stale) {
            return panel(409, Form.empty(), null, new RowNote(username, "Someone changed " + username
                    + " meanwhile; this is how it stands now. Try again if you still need to.", true));
        } catch (Conflict | Forbidden refused) {
            return panel(status(refused), Form.empty(), null, new RowNote(username, refused.getMessage(), true));
        }
    }

    @POST
    @Path("{username}/password-reset")
    public Response resetPassword(@PathParam("username") String username) {
        UserService.Reset reset = users.resetPassword(username);
        return panel(200, Form.empty(), new Handover(reset.username(), reset.oneTimePassword(), true), null);
    }

    private Response panel(int status, Form form, Handover handover, RowNote note) {
        Response.ResponseBuilder answer = Response.status(status).entity(Templates.users$panel(
                caller.user().username, users.list(), form, handover, note));
        if (handover != null) {
            answer.header("Cache-Control", "no-store"); // a password on the page: no cache may keep it
        }
        return answer.build();
    }

    private static Boolean flag(Form form, String name) {
        return form.value(name).isEmpty() ? null : Boolean.valueOf(form.is(name, "true"));
    }

    private static int status(RuntimeException refused) {
        return refused instanceof Forbidden ? 403 : 409;
    }

    private static String said(UserView user) {
        return user.username() + " is now " + (user.disabled() ? "disabled" : "enabled")
                + (user.admin() ? ", an admin." : ", not an admin.");
    }
}
