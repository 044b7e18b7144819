package org.onebacklog.dod;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.onebacklog.account.User;
import org.onebacklog.product.Product;
import org.onebacklog.store.Row;

/** One saved version of a product's DoD, as the JSON of its criteria: history is never rewritten. */
@Entity
public class DodVersion extends Row {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Product product;

    public int number;

    public String snapshot;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    public User createdBy;

    public Instant createdAt = Instant.now();
}
