package org.onebacklog.tv;

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
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductPage;
import org.onebacklog.product.ProductService;
import org.onebacklog.web.Form;
import org.onebacklog.web.FormBinder;
import org.onebacklog.web.Shell;

/** The product's TV displays: create a token per wall screen (its address is shown once), see when each was last on, revoke. */
@Path("/products/{key}/displays")
@Produces(MediaType.TEXT_HTML)
public class DisplaysPage {

    /**
     * What the last change of one display's views came to: {@code error} is said next to its field, otherwise it
     * was saved.
     */
    public record Edited(long id, String error) {
        public boolean failed(long display) {
            return id == display && error != null;
        }

        public boolean saved(long display) {
            return id == display && error == null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance displays(Shell shell, Product product, List<DisplayToken> displays,
                Form form, String url, List<Integer> rotations, Edited edited);

        static native TemplateInstance displays$panel(Product product, List<DisplayToken> displays, Form form,
                String url, List<Integer> rotations, Edited edited);
    }

    @Inject
    DisplayService displays;

    @Inject
    ProductService products;

    @Inject
    ProductPage productPage;

    @GET
    public TemplateInstance show(@PathParam("key") String key) {
        ProductPage.Opened page = productPage.forSprintRunner(key, "displays");
        Product product = page.product();
        return Templates.displays(page.shell(), product, displays.list(key), Form.empty(),
                null, DisplayService.ROTATIONS, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("key") String key, MultivaluedMap<String, String> submitted) {
        Product product = products.find(key);
        Form form = Form.of(submitted);
        try {
            FormBinder in = FormBinder.of(form);
            Integer seconds = in.whole("rotateSeconds", "Choose how often the TV changes view");
            in.throwIfAny();
            DisplayService.Created created = displays.create(key, form.value("name"), seconds);
            return Response.ok(Templates.displays$panel(product, displays.list(key), Form.empty(), created.url(),
                    DisplayService.ROTATIONS, null)).build();
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(Templates.displays$panel(product, displays.list(key),
                    form.failed(invalid), null, DisplayService.ROTATIONS, null)).build();
        }
    }

    @POST
    @Path("{id}/revoke")
    public TemplateInstance revoke(@PathParam("key") String key, @PathParam("id") long id) {
        Product product = products.find(key);
        displays.revoke(key, id);
        return Templates.displays$panel(product, displays.list(key), Form.empty(), null, DisplayService.ROTATIONS,
                null);
    }

    /**
     * Changes a display's views in place: "" shows the board alone, a number of seconds rotates. Its TV keeps its
     * address and follows at once. A stale version (someone changed it meanwhile) is said next to the field, with
     * the display as it is now.
     */
    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("key") String key, @PathParam("id") long id,
            MultivaluedMap<String, String> submitted) {
        Product product = products.find(key);
        Form form = Form.of(submitted);
        Edited edited;
        int status = 200;
        try {
            FormBinder in = FormBinder.of(form);
            Integer seconds = in.whole("rotateSeconds", "Choose how often the TV changes view");
            Long version = in.id("version", "Reload the page: the form lost the display's version");
            in.throwIfAny();
            displays.change(key, id, null, seconds == null ? 0 : seconds, version);
            edited = new Edited(id, null);
        } catch (InvalidInput invalid) {
            status = 400;
            edited = new Edited(id, invalid.violations().get(0).message());
        } catch (Conflict stale) {
            status = 409;
            edited = new Edited(id, "Someone changed this display meanwhile: it now shows what is selected."
                    + " Choose again if you still want the change.");
        }
        return Response.status(status).entity(Templates.displays$panel(product, displays.list(key), Form.empty(),
                null, DisplayService.ROTATIONS, edited)).build();
    }
}
