package org.onebacklog.account;

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
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.web.Form;
import org.onebacklog.web.Shell;

/** The person's API tokens: create one (its secret is shown once), see when each was last used, revoke. */
@Path("/account/tokens")
@Produces(MediaType.TEXT_HTML)
public class TokensPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tokens(Shell shell, List<ApiToken> tokens, Form form, String secret);

        static native TemplateInstance tokens$panel(List<ApiToken> tokens, Form form, String secret);
    }

    @Inject
    ApiTokenService tokens;

    @Inject
    Access access;

    @GET
    public TemplateInstance show() {
        User user = access.currentUser();
        return Templates.tokens(Shell.of(user.username, user.isAdmin(), "account"), tokens.mine(), Form.empty(),
                null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        try {
            ApiTokenService.Created created = tokens.create(form.value("name"));
            return Response.ok(Templates.tokens$panel(tokens.mine(), Form.empty(), created.secret())).build();
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(Templates.tokens$panel(tokens.mine(), form.failed(invalid), null))
                    .build();
        }
    }

    @POST
    @Path("{id}/revoke")
    public TemplateInstance revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Templates.tokens$panel(tokens.mine(), Form.empty(), null);
    }
}
