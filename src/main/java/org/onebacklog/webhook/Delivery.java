package org.onebacklog.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event for one webhook: the outbox row, written in the transaction of the change, so a rolled-back change
 * delivers nothing and a committed one is never lost. The {@link DeliveryWorker} sends it and keeps its state
 * here, which is why deliveries survive restarts. Ids come one at a time from the sequence: they are the order
 * of a webhook's deliveries.
 */
@Entity
@Table(name = "webhook_delivery")
public class Delivery extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 1)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Webhook webhook;

    /** The {@code webhook-id} header: the same for each attempt, so a receiver can drop what it already has. */
    public String messageId;

    /** The event record's simple name, such as TaskMoved. */
    @Column(name = "event_type")
    public String type;

    public String body;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status = DeliveryStatus.PENDING;

    public int attempts;

    public Instant nextAttemptAt;

    public String lastError;

    public Integer lastStatusCode;

    @Column(name = "claimed_by")
    String claimedBy;

    @Column(name = "claimed_until")
    Instant claimedUntil;

    public Instant createdAt;

    public Instant deliveredAt;

    static Delivery of(Webhook webhook, String messageId, String type, String body) {
        Delivery delivery = new Delivery();
        delivery.webhook = webhook;
        delivery.messageId = messageId;
        delivery.type = type;
        delivery.body = body;
        delivery.createdAt = Instant.now();
        delivery.nextAttemptAt = delivery.createdAt;
        return delivery;
    }

    static String newMessageId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }

    static List<Delivery> recent(Webhook webhook, int howMany) {
        return find("webhook = ?1 order by id desc", webhook).page(0, howMany).list();
    }
}
