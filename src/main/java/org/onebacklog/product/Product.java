package org.onebacklog.product;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** A product: it owns exactly one backlog, and its key prefixes every item key (SHOP-42). */
@Entity
public class Product extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    public Long id;

    @Column(name = "product_key")
    public String key;

    public String name;

    @Enumerated(EnumType.STRING)
    public EstimateUnit unit = EstimateUnit.POINTS;

    /** The number the next item gets; taken under a row lock so that two creators never share one. */
    @Column(name = "next_item_number")
    public int nextItemNumber = 1;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Version
    public long version;

    public static Optional<Product> byKey(String key) {
        return find("key", key).firstResultOptional();
    }

    /** The product, locked for the rest of the transaction (used when numbering a new item). */
    public static Optional<Product> byKeyForUpdate(String key) {
        return find("key", key).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
