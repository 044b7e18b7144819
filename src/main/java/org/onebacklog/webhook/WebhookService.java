package org.onebacklog.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.NotFound;
import org.onebacklog.product.Access;
import org.onebacklog.product.Member;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductService;

/**
 * A product's webhooks: the Product Owner or Scrum Master adds them (the secret is shown once), lists, deletes
 * them, reads their delivery log and sends a delivery again.
 */
@ApplicationScoped
public class WebhookService {

    /** A webhook just made: the only moment its secret is shown. */
    public record Created(Webhook webhook, String secret) {
    }

    /** A webhook with its latest deliveries, for the page. */
    public record WithDeliveries(Webhook webhook, List<Delivery> deliveries) {
    }

    static final int RECENT = 10;

    @Inject
    Access access;

    @Inject
    ProductService products;

    @ConfigProperty(name = "onebacklog.webhooks.allow-private-addresses", defaultValue = "false")
    boolean allowPrivate;

    @Transactional
    public Created create(String productKey, String url, List<String> events) {
        Product product = products.find(productKey);
        Member member = access.sprintRunner(product);
        Checks checks = new Checks();
        String target = url == null ? "" : url.strip();
        if (target.isEmpty()) {
            checks.add("url", "Give the address the events are posted to, such as https://example.org/hooks");
        } else if (target.length() > 2000) {
            checks.add("url", "Keep the address to 2000 characters");
        } else {
            new Targets(allowPrivate).refusal(target).ifPresent(why -> checks.add("url", why));
        }
        String names = eventNames(events, checks);
        checks.throwIfAny();
        Webhook webhook = new Webhook();
        webhook.product = product;
        webhook.url = target;
        webhook.eventNames = names;
        webhook.secret = Signature.newSecret();
        webhook.createdBy = member.user();
        webhook.persist();
        return new Created(webhook, webhook.secret);
    }

    public List<Webhook> list(String productKey) {
        Product product = products.find(productKey);
        access.sprintRunner(product);
        return Webhook.ofProduct(product.id);
    }

    /** The page's view: every webhook with its latest deliveries. */
    public List<WithDeliveries> overview(String productKey) {
        return list(productKey).stream().map(w -> new WithDeliveries(w, Delivery.recent(w, RECENT))).toList();
    }

    @Transactional
    public void delete(long id) {
        Webhook.deleteById(managed(id).id);
    }

    /** The delivery log, newest first. */
    public List<Delivery> deliveries(long webhookId, int howMany) {
        return Delivery.recent(managed(webhookId), howMany);
    }

    /**
     * Sends a delivery again: one still waiting goes at once; a finished one is queued anew behind the webhook's
     * others, with the same {@code webhook-id} so a receiver can tell it already has it.
     */
    @Transactional
    public Delivery redeliver(long webhookId, long deliveryId) {
        Webhook webhook = managed(webhookId);
        Delivery delivery = Delivery.<Delivery>findByIdOptional(deliveryId)
                .filter(d -> d.webhook.id.equals(webhook.id))
                .orElseThrow(() -> new NotFound("Webhook " + webhookId + " has no delivery " + deliveryId));
        if (delivery.status.open()) {
            delivery.nextAttemptAt = Instant.now();
            return delivery;
        }
        Delivery again = Delivery.of(webhook, delivery.messageId, delivery.type, delivery.body);
        again.persist();
        return again;
    }

    /** The webhook, if the caller runs its product. */
    private Webhook managed(long id) {
        Webhook webhook = Webhook.<Webhook>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("There is no webhook " + id));
        access.sprintRunner(webhook.product);
        return webhook;
    }

    private static String eventNames(List<String> events, Checks checks) {
        if (events == null || events.isEmpty()) {
            checks.add("events", "Choose at least one event to send, or every event (*)");
            return "";
        }
        if (events.contains(Webhook.ALL)) {
            return Webhook.ALL;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String name : events) {
            if (name == null || !EventTypes.ALL.contains(name.strip())) {
                checks.add("events", "There is no event " + name + "; the events are " + String.join(", ",
                        EventTypes.ALL) + ", or * for all");
                return "";
            }
            chosen.add(name.strip());
        }
        return String.join(",", chosen);
    }
}
