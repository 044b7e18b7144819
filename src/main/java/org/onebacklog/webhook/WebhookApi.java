package org.onebacklog.webhook;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onebacklog.web.Bodies;

/** A product's webhooks over the JSON API: add one (its secret appears once), list them. */
@Tag(name = "Webhooks")
@Path("/api/v1/products/{key}/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class WebhookApi {

    public record NewWebhook(String url, List<String> events) {
    }

    /** A webhook as listed: never its secret. */
    public record WebhookView(long id, String url, List<String> events, String createdBy, Instant createdAt) {
        static WebhookView of(Webhook w) {
            return new WebhookView(w.id, w.url, w.events(), w.createdBy.username, w.createdAt);
        }
    }

    /** A webhook just added, with the secret its deliveries are signed with: shown only here. */
    public record CreatedWebhook(long id, String url, List<String> events, String secret) {
    }

    @Inject
    WebhookService webhooks;

    @POST
    @Transactional
    @APIResponse(responseCode = "201", description = "The webhook, with the secret its deliveries are signed with, "
            + "shown this once; Location is its delivery log",
            content = @Content(schema = @Schema(implementation = CreatedWebhook.class)))
    @Operation(summary = "Add a webhook",
            description = "Subscribes a URL to the product's events (or `*` for all). The secret the deliveries "
                    + "are signed with (Standard Webhooks) is in this answer only. Loopback and private addresses "
                    + "are refused unless the server allows them.")
    public Response create(@PathParam("key") String key, NewWebhook body) {
        NewWebhook draft = Bodies.required(body);
        WebhookService.Created created = webhooks.create(key, draft.url(), draft.events());
        Webhook w = created.webhook();
        return Response.created(URI.create("/api/v1/webhooks/" + w.id + "/deliveries"))
                .entity(new CreatedWebhook(w.id, w.url, w.events(), created.secret())).build();
    }

    @GET
    @Transactional
    @Operation(summary = "List the webhooks",
            description = "The product's webhooks and the events they receive; never their secrets.")
    public List<WebhookView> list(@PathParam("key") String key) {
        return webhooks.list(key).stream().map(WebhookView::of).toList();
    }
}
