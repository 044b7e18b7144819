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
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.Forbidden;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.failure.NotFound;
import org.onebacklog.web.Form;
import org.onebacklog.web.FormBinder;
import org.onebacklog.web.Shell;
import org.onebacklog.web.Versions;

/** The team of a product: who is in it with which role, and the form the PO or Scrum Master adds people with. */
@Path("/products/{key}/members")
@Produces(MediaType.TEXT_HTML)
public class MembersPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance members(Shell shell, Product product, List<Membership> members, Form form,
                Form standup, MemberNote note, String me, List<Role> roles);

        static native TemplateInstance members$team(Product product, List<Membership> members, Form form,
                MemberNote note, String me, List<Role> roles);

        static native TemplateInstance members$standup(Product product, Form standup);
    }

    @Inject
    MembershipService memberships;

    @Inject
    ProductService products;

    @Inject
    ProductPage productPage;

    @Inject
    Access access;

    private static final List<Role> ROLES = List.of(Role.values());

    @GET
    public TemplateInstance show(@PathParam("key") String key) {
        ProductPage.Opened page = productPage.open(key, "members");
        Product product = page.product();
        return Templates.members(page.shell(), product, memberships.members(product),
                Form.empty().with("role", Role.DEVELOPER.name()), standupForm(product), MemberNote.NONE,
                page.member().username(), ROLES);
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
            Form fresh = added().message(added.created()
                    ? name + " joined " + product.key + "." : name + "'s role is now " + added.membership().role.label()
                    + ".");
            return Response.ok(team(product, fresh, MemberNote.NONE)).build();
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(team(product, form.with("password", "").failed(invalid),
                    MemberNote.NONE)).build();
        } catch (org.onebacklog.failure.Forbidden | org.onebacklog.failure.Conflict refused) {
            // Said next to the form, like any other reason the change cannot be made.
            int status = refused instanceof org.onebacklog.failure.Forbidden ? 403 : 409;
            return Response.status(status).entity(team(product, form.with("password", "")
                    .failed(new InvalidInput("role", refused.getMessage())), MemberNote.NONE)).build();
        }
    }

    /** A member's row: "Change" gives the member the chosen role. Refusals are said on the row, with the team afresh. */
    @POST
    @Path("{username}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeRole(@PathParam("key") String key, @PathParam("username") String username,
            MultivaluedMap<String, String> submitted) {
        Product product = products.find(key);
        Form form = Form.of(submitted);
        try {
            Membership changed = memberships.changeRole(product, username, form.value("role"),
                    Versions.optional(form.value("version")));
            return Response.ok(team(product, added().message(username + " is now " + changed.role.label() + "."),
                    MemberNote.NONE)).build();
        } catch (RuntimeException refused) {
            return refusedOnRow(product, username, refused);
        }
    }

    /** A member's row: "Remove" takes the member off the team (after the browser's confirmation); "Leave" is one's own. */
    @POST
    @Path("{username}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("key") String key, @PathParam("username") String username,
            MultivaluedMap<String, String> submitted) {
        Product product = products.find(key);
        Form form = Form.of(submitted);
        try {
            memberships.remove(product, username, Versions.optional(form.value("version")));
        } catch (RuntimeException refused) {
            return refusedOnRow(product, username, refused);
        }
        if (username.equals(access.currentUser().username) && !access.currentUser().isAdmin()) {
            // Off the team, the page is no longer theirs to see: back to the products they still have.
            return Response.noContent().header("HX-Redirect", "/products").build();
        }
        return Response.ok(team(product, added().message(username + " is off the team of " + product.key
                + "; their open tasks are unassigned."), MemberNote.NONE)).build();
    }

    /** Why a row's change was refused, said on that row, over the team as it is now (a conflict's fresh state). */
    private Response refusedOnRow(Product product, String username, RuntimeException refused) {
        int status;
        String message;
        if (refused instanceof InvalidInput invalid) {
            status = 400;
            message = invalid.violations().get(0).message();
        } else if (refused instanceof Forbidden) {
            status = 403;
            message = refused.getMessage();
        } else if (refused instanceof Conflict) {
            status = 409;
            message = refused.getMessage().contains("changed meanwhile")
                    ? "Someone changed " + username + "'s role meanwhile; this is the role now, choose again if you"
                    + " still need to" : refused.getMessage();
        } else if (refused instanceof NotFound) {
            return Response.status(404).entity(team(product, added().message(username
                    + " is no longer on the team; this is the team now."), MemberNote.NONE)).build();
        } else {
            throw refused;
        }
        return Response.status(status).entity(team(product, added(), new MemberNote(username, message))).build();
    }

    private TemplateInstance team(Product product, Form form, MemberNote note) {
        return Templates.members$team(product, memberships.members(product), form, note,
                access.currentUser().username, ROLES);
    }

    /** The "add someone" form, empty. */
    private static Form added() {
        return Form.empty().with("role", Role.DEVELOPER.name());
    }
}
