package org.onebacklog.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.onebacklog.account.User;
import org.onebacklog.product.Product;
import org.onebacklog.store.Row;

/**
 * A product's subscription: the events it wants (or all of them) are posted to its URL, signed with its secret.
 * The secret is kept as is because it signs every delivery; people see it once, when the webhook is made.
 */
@Entity
public class Webhook extends Row {

    static final String ALL = "*";


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Product product;

    public String url;

    /** Event names separated by commas, or {@code *}. */
    @Column(name = "events")
    String eventNames;

    String secret;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    public User createdBy;

    public Instant createdAt = Instant.now();

    @Version
    public long version;

    public List<String> events() {
        return Arrays.asList(eventNames.split(","));
    }

    public boolean wants(String eventType) {
        return ALL.equals(eventNames) || events().contains(eventType);
    }

    static List<Webhook> ofProduct(long productId) {
        return list("product.id = ?1 order by id", productId);
    }
}
