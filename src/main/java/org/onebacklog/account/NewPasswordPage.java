package org.onebacklog.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.web.Form;
import org.onebacklog.web.Shell;

/** Where someone who logged in with a one-time password chooses their own; {@link OneTimePasswordGate} sends them. */
@Path(OneTimePasswordGate.NEW_PASSWORD_PAGE)
@Produces(MediaType.TEXT_HTML)
public class NewPasswordPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance choose(Shell shell, Form form);
    }

    @Inject
    OneTimePasswordService oneTimePasswords;

    @Inject
    Caller caller;

    @GET
    public Response show() {
        if (!oneTimePasswords.pending()) {
            return Response.seeOther(URI.create("/products")).build();
        }
        return Response.ok(page(Form.empty())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        if (!oneTimePasswords.pending()) {
            return Response.seeOther(URI.create("/products")).build();
        }
        try {
            oneTimePasswords.replace(form.value("password"), form.value("repeat"));
            return Response.seeOther(URI.create("/products")).build();
        } catch (InvalidInput invalid) {
            // Passwords are never shown again, not even in the form that refused them.
            return Response.status(400).entity(page(Form.empty().failed(invalid))).build();
        }
    }

    private TemplateInstance page(Form form) {
        User user = caller.user();
        return Templates.choose(Shell.of(user.username, user.isAdmin(), "account"), form);
    }
}
