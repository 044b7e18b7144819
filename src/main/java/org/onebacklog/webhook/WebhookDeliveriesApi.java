package org.onebacklog.webhook;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/webhooks/{id}}: delete a webhook, read its delivery log, send a delivery again. */
@Tag(name = "Webhooks")
@Path("/api/v1/webhooks/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class WebhookDeliveriesApi {

    /** One line of the log. */
    public record DeliveryView(long id, String messageId, String type, DeliveryStatus status, int attempts,
            String lastError, Integer lastStatusCode, Instant createdAt, Instant nextAttemptAt,
            Instant deliveredAt) {
        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.id, d.messageId, d.type, d.status, d.attempts, d.lastError, d.lastStatusCode,
                    d.createdAt, d.status.open() ? d.nextAttemptAt : null, d.deliveredAt);
        }
    }

    static final int LOG_SIZE = 100;

    @Inject
    WebhookService webhooks;

    @DELETE
    @APIResponse(responseCode = "204", description = "The webhook is deleted; nothing more is delivered")
    @Operation(summary = "Delete a webhook",
            description = "Deletes the webhook; nothing more is delivered to it.")
    public Response delete(@PathParam("id") long id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("deliveries")
    @Operation(summary = "Read a webhook's delivery log",
            description = "The latest deliveries, newest first: status, attempts, the last error and the next "
                    + "attempt.")
    public List<DeliveryView> deliveries(@PathParam("id") long id) {
        return webhooks.deliveries(id, LOG_SIZE).stream().map(DeliveryView::of).toList();
    }

    @POST
    @Path("deliveries/{deliveryId}/redeliver")
    @Transactional
    @APIResponse(responseCode = "202", description = "The delivery is queued to be sent again",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @Operation(summary = "Send a delivery again",
            description = "Queues the delivery to be sent again.")
    public Response redeliver(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return Response.accepted(DeliveryView.of(webhooks.redeliver(id, deliveryId))).build();
    }
}
