package org.onebacklog.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onebacklog.events.ScrumEvent;

/**
 * Writes one {@link Delivery} per webhook that subscribed to the event, in the transaction of the change: the
 * outbox. Sending is the {@link DeliveryWorker}'s job, after the commit, so a slow receiver never slows a write.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper json;

    /** Joins the change's transaction; it only starts one for an event fired outside any. */
    @Transactional
    void on(@Observes ScrumEvent event) {
        String type = EventTypes.of(event);
        List<Webhook> subscribed = Webhook.ofProduct(event.stamp().productId()).stream()
                .filter(w -> w.wants(type)).toList();
        if (subscribed.isEmpty()) {
            return;
        }
        String body = body(type, event);
        for (Webhook webhook : subscribed) {
            Delivery.of(webhook, Delivery.newMessageId(), type, body).persist();
        }
    }

    /** {@code {type, productKey, at, actor, data}}: data is the event's values, its stamp already said above. */
    String body(String type, ScrumEvent event) {
        ObjectNode data = json.valueToTree(event);
        data.remove("stamp");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("productKey", event.stamp().productKey());
        body.put("at", event.stamp().at().toString());
        body.put("actor", event.stamp().actor());
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event's values always serialise", e);
        }
    }
}
