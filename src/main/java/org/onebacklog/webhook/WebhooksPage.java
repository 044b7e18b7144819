package org.onebacklog.webhook;

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

/** The product's webhooks: add one (its secret is shown once), see each one's latest deliveries, send again, delete. */
@Path("/products/{key}/webhooks")
@Produces(MediaType.TEXT_HTML)
public class WebhooksPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance webhooks(Shell shell, Product product,
                List<WebhookService.WithDeliveries> webhooks, Form form, List<String> chosen, String secret,
                List<String> eventTypes);

        static native TemplateInstance webhooks$panel(Product product, List<WebhookService.WithDeliveries> webhooks,
                Form form, List<String> chosen, String secret, List<String> eventTypes);
    }

    @Inject
    WebhookService webhooks;

    @Inject
    ProductService products;

    @Inject
    ProductPage productPage;

    @GET
    public TemplateInstance show(@PathParam("key") String key) {
        ProductPage.Opened page = productPage.forSprintRunner(key, "members");
        return Templates.webhooks(page.shell(), page.product(), webhooks.overview(key),
                Form.empty(), List.of(), null, EventTypes.ALL);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("key") String key, MultivaluedMap<String, String> submitted) {
        Product product = products.find(key);
        Form form = Form.of(submitted);
        List<String> chosen = submitted.get("events") == null ? List.of() : submitted.get("events");
        try {
            WebhookService.Created created = webhooks.create(key, form.value("url"), chosen);
            return Response.ok(panel(product, Form.empty(), List.of(), created.secret())).build();
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(panel(product, form.failed(invalid), chosen, null)).build();
        }
    }

    @POST
    @Path("{id}/delete")
    public TemplateInstance delete(@PathParam("key") String key, @PathParam("id") long id) {
        Product product = products.find(key);
        webhooks.delete(id);
        return panel(product, Form.empty(), List.of(), null);
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    public TemplateInstance redeliver(@PathParam("key") String key, @PathParam("id") long id,
            @PathParam("deliveryId") long deliveryId) {
        Product product = products.find(key);
        webhooks.redeliver(id, deliveryId);
        return panel(product, Form.empty().message("Queued to be sent again."), List.of(), null);
    }

    private TemplateInstance panel(Product product, Form form, List<String> chosen, String secret) {
        return Templates.webhooks$panel(product, webhooks.overview(product.key), form, chosen, secret,
                EventTypes.ALL);
    }
}
