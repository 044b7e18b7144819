package org.onebacklog.product;

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
import org.onebacklog.web.FormBinder;
import org.onebacklog.web.Shell;

/** The team of a product: who is in it with which role, and the form the PO or Scrum Master adds people with. */
@Path("/products/{key}/members")
@Produces(MediaType.TEXT_HTML)
public class MembersPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance members(Shell shell, Product product, List<Membership> members, Form form,
                Form standup);

        static native TemplateInstance members$team(Product product, List<Membership> members, Form form);

        static native TemplateInstance members$standup(Product product, Form standup);
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
                Form.empty().with("role", Role.DEVELOPER.name()), standupForm(product));
    }

    /**
     * The team's stand-up: its time (the team's time zone, working days), which decides what "changed since the
     * stand-up" means, and after how many working days in a column a card is marked aging.
     */
    @POST
    @Path("standup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response standup(@PathParam("key") String key, MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        FormBinder in = FormBinder.of(form);
        Integer aging = in.whole("agingDays", "Write a whole number of working days, such as 2");
        long version = in.version("The form lost track of the team's version; reload the page");
        try {
            in.throwIfAny();
            Product saved = products.update(key, new ProductPatch(null, form.value("standupTime"), aging, version));
            return Response.ok(Templates.members$standup(saved, standupForm(saved)
                    .message("Saved: the stand-up is at " + saved.standupTime + ", cards age after " + saved.agingDays
                            + " working day" + (saved.agingDays == 1 ? "" : "s") + "."))).build();
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(Templates.members$standup(products.find(key), form.failed(invalid)))
                    .build();
        } catch (org.onebacklog.failure.Forbidden | org.onebacklog.failure.Conflict refused) {
            int status = refused instanceof org.onebacklog.failure.Forbidden ? 403 : 409;
            Product fresh = products.find(key);
            return Response.status(status).entity(Templates.members$standup(fresh,
                    standupForm(fresh).failed(new InvalidInput("standupTime", refused instanceof
                            org.onebacklog.failure.Conflict ? "Someone changed the stand-up meanwhile; these are"
                            + " the saved values, change them again if you need to" : refused.getMessage()))))
                    .build();
        }
    }

    private static Form standupForm(Product product) {
        return Form.empty().with("standupTime", product.standupTime).with("agingDays", String.valueOf(product.agingDays))
                .with("version", String.valueOf(product.version));
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
