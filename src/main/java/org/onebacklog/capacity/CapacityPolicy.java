package org.onebacklog.capacity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A product's capacity policy: the share of every sprint reserved for technical work, and how firmly. */
@Entity
public class CapacityPolicy extends PanacheEntityBase {

    public static final BigDecimal DEFAULT_SHARE = new BigDecimal("0.20");

    @Id
    public Long productId;

    public BigDecimal reservedShare = DEFAULT_SHARE;

    @Enumerated(EnumType.STRING)
    public PolicyMode mode = PolicyMode.WARN;

    @Version
    public long version;
}
