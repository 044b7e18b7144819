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
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductPage;
import org.onebacklog.product.ProductService;
import org.onebacklog.web.Form;
import org.onebacklog.web.Shell;

/** The product's TV displays: create a token per wall screen (its address is shown once), see when each was last on, revoke. */
@Path("/products/{key}/displays")
@Produces(MediaType.TEXT_HTML)
public class DisplaysPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance displays(Shell shell, Product product, List<DisplayToken> displays,
                Form form, String url, List<Integer> rotations);

        static native TemplateInstance displays$panel(Product product, List<DisplayToken> displays, Form form,
                String url, List<Integer> rotations);
    }

    @Inject
    DisplayService displays;

    @Inject
    ProductService products;

    @Inject
    ProductPage productPage;

    @GET
    public TemplateInstance show(@PathParam("key") String key) {
        ProductPage.Opened page = productPage.forSprintRunner(key, "members");
        Product product = page.product();
        return Templates.displays(page.shell(), product, displays.list(key), Form.empty(),
                null, DisplayService.ROTATIONS);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("key") String key, MultivaluedMap<String, String> submitted) {
        Product product = products.find(key);
        Form form = Form.of(submitted);
        try {
            String rotate = form.value("rotateSeconds");
            Integer seconds = null;
            if (!rotate.isBlank()) {
                try {
                    seconds = Integer.valueOf(rotate.strip());
                } catch (NumberFormatException e) {
                    throw new InvalidInput("rotateSeconds", "Choose how often the TV changes view");
                }
            }
            DisplayService.Created created = displays.create(key, form.value("name"), seconds);
            return Response.ok(Templates.displays$panel(product, displays.list(key), Form.empty(), created.url(),
                    DisplayService.ROTATIONS)).build();
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(Templates.displays$panel(product, displays.list(key),
                    form.failed(invalid), null, DisplayService.ROTATIONS)).build();
        }
    }

    @POST
    @Path("{id}/revoke")
    public TemplateInstance revoke(@PathParam("key") String key, @PathParam("id") long id) {
        Product product = products.find(key);
        displays.revoke(key, id);
        return Templates.displays$panel(product, displays.list(key), Form.empty(), null, DisplayService.ROTATIONS);
    }
}
