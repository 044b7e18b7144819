package org.onebacklog.tv;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import org.onebacklog.account.User;
import org.onebacklog.product.Product;
import org.onebacklog.store.Row;

/**
 * A display token: it opens one product's read-only TV view without a login. Only its SHA-256 hash is kept;
 * revoking deletes the row, so the token stops working with the next request or socket check.
 */
@Entity
public class DisplayToken extends Row {

    public static final String PREFIX = "obd_";


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Product product;

    public String name;

    public String tokenHash;

    @Column(name = "token_prefix")
    public String prefix;

    /** Seconds between the TV's views; null keeps the board view. */
    public Integer rotateSeconds;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    public User createdBy;

    public Instant createdAt = Instant.now();

    public Instant lastSeenAt;

    @Version
    public long version;
}
