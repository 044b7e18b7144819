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

/** {@code /api/v1/webhooks/{id}}: delete a webhook, read its delivery log, send a delivery again. */
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
    public Response delete(@PathParam("id") long id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("deliveries")
    public List<DeliveryView> deliveries(@PathParam("id") long id) {
        return webhooks.deliveries(id, LOG_SIZE).stream().map(DeliveryView::of).toList();
    }

    @POST
    @Path("deliveries/{deliveryId}/redeliver")
    @Transactional
    public Response redeliver(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return Response.accepted(DeliveryView.of(webhooks.redeliver(id, deliveryId))).build();
    }
}
