package org.onebacklog.tv;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.onebacklog.account.User;
import org.onebacklog.product.Product;

/**
 * A display token: it opens one product's read-only TV view without a login. Only its SHA-256 hash is kept;
 * revoking deletes the row, so the token stops working with the next request or socket check.
 */
@Entity
@Table(name = "display_token")
public class DisplayToken extends PanacheEntityBase {

    public static final String PREFIX = "obd_";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "display_token_seq")
    @SequenceGenerator(name = "display_token_seq", sequenceName = "display_token_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    public Product product;

    public String name;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "token_prefix")
    public String prefix;

    /** Seconds between the TV's views; null keeps the board view. */
    @Column(name = "rotate_seconds")
    public Integer rotateSeconds;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    public User createdBy;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    @Version
    public long version;
}
