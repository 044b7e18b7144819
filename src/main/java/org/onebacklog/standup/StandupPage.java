package org.onebacklog.standup;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductPage;
import org.onebacklog.web.Shell;

/**
 * Stand-up mode: the board walked person by person, one step on screen at a time, next and previous by keyboard
 * (→ and ←, or n and p), with an optional timebox per person ({@code ?timebox=90} seconds). Each step shown is
 * recorded, so the product's TVs follow the walk until "Back to the board" ends it.
 */
@Path("/products/{key}/standup")
@Produces(MediaType.TEXT_HTML)
public class StandupPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance standup(Shell shell, Product product, StandupSteps walk,
                StandupSteps.Step step, Integer timebox);

        static native TemplateInstance news(String productKey, StandupNews news);
    }

    @Inject
    ProductPage productPage;

    @Inject
    StandupService standups;

    @Inject
    StandupWalkService walks;

    @GET
    @Transactional
    public TemplateInstance show(@PathParam("key") String key, @QueryParam("step") Integer step,
            @QueryParam("timebox") Integer timebox) {
        ProductPage.Opened page = productPage.open(key, "board");
        Product product = page.product();
        StandupSteps walk = standups.steps(product);
        StandupSteps.Step shown = walk.step(step == null ? 0 : step);
        walks.stepped(product, shown);
        Integer box = timebox == null || timebox < 10 || timebox > 900 ? null : timebox;
        return Templates.standup(page.shell(), product, walk, shown, box);
    }

    /** The board's "since the stand-up" list (fetched by the board when it is opened, and while it is open). */
    @GET
    @Path("/news")
    @Transactional
    public TemplateInstance news(@PathParam("key") String key) {
        return Templates.news(key, standups.news(key));
    }

    /** "Back to the board": the walk is over, and the TVs show the board again. */
    @POST
    @Path("/end")
    public Response end(@PathParam("key") String key) {
        walks.ended(key);
        return Response.seeOther(URI.create("/products/" + key + "/board")).build();
    }
}
