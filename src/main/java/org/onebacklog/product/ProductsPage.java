package org.onebacklog.product;

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
import java.util.List;
import org.onebacklog.account.Access;
import org.onebacklog.account.User;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.web.Form;
import org.onebacklog.web.Shell;

/** The list of the caller's products, and the form that creates one. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ProductsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance products(Shell shell, List<Product> products, Form form);
    }

    @Inject
    ProductService products;

    @Inject
    Access access;

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/products")).build();
    }

    @GET
    @Path("products")
    public TemplateInstance list() {
        return page(Form.empty().with("unit", "POINTS"));
    }

    @POST
    @Path("products")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        try {
            Product product = products.create(form.value("key"), form.value("name"), form.value("unit"));
            return Response.seeOther(URI.create("/products/" + product.key + "/backlog")).build();
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(page(form.failed(invalid))).build();
        }
    }

    private TemplateInstance page(Form form) {
        User user = access.currentUser();
        return Templates.products(Shell.of(user.username, user.isAdmin(), "products"), products.visibleToCaller(),
                form);
    }
}
