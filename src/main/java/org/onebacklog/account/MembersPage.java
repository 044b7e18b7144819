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
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductPage;
import org.onebacklog.product.ProductService;
import org.onebacklog.web.Form;
import org.onebacklog.web.Shell;

/** The team of a product: who is in it with which role, and the form the PO or Scrum Master adds people with. */
@Path("/products/{key}/members")
@Produces(MediaType.TEXT_HTML)
public class MembersPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance members(Shell shell, Product product, List<Membership> members, Form form);

        static native TemplateInstance members$team(Product product, List<Membership> members, Form form);
    }

    @Inject
    MembershipService memberships;

    @Inject
    ProductService products;

    @Inject
    ProductPage productPage;

    @GET
    public TemplateInstance show(@PathParam("key") String key) {
        ProductPage.Opened page = productPage.open(key, "members");
        Product product = page.product();
        return Templates.members(page.shell(), product, memberships.members(product),
                Form.empty().with("role", Role.DEVELOPER.name()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("key") String key, MultivaluedMap<String, String> submitted) {
        Product product = products.find(key);
        Form form = Form.of(submitted);
        try {
            MembershipService.Added added = memberships.addMember(product, form.value("username"),
                    form.value("role"), form.value("password"));
            String name = form.value("username").trim();
            Form fresh = Form.empty().with("role", Role.DEVELOPER.name()).message(added.created()
                    ? name + " joined " + product.key + "." : name + "'s role is now " + added.membership().role.label()
                    + ".");
            return Response.ok(Templates.members$team(product, memberships.members(product), fresh)).build();
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(Templates.members$team(product, memberships.members(product),
                    form.with("password", "").failed(invalid))).build();
        } catch (org.onebacklog.failure.Forbidden | org.onebacklog.failure.Conflict refused) {
            // Said next to the form, like any other reason the change cannot be made.
            int status = refused instanceof org.onebacklog.failure.Forbidden ? 403 : 409;
            return Response.status(status).entity(Templates.members$team(product, memberships.members(product),
                    form.with("password", "").failed(new InvalidInput("role", refused.getMessage())))).build();
        }
    }
}
