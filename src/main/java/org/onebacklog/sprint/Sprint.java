package org.onebacklog.sprint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.onebacklog.product.Product;
import org.onebacklog.store.Row;

/** A sprint of a product: a goal, dates, a capacity in the product's unit, and the items committed to it. */
@Entity
public class Sprint extends Row {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Product product;

    public String name;

    public String goal;

    @Column(name = "start_date")
    public LocalDate start;

    @Column(name = "end_date")
    public LocalDate end;

    /** Null while unknown: no history to take it from and nobody has entered one. */
    public BigDecimal capacity;

    /** This sprint reserves another share than the product's policy, for the reason given. */
    public BigDecimal reservedShareOverride;

    public String shareOverrideReason;

    @Enumerated(EnumType.STRING)
    public SprintState state = SprintState.PLANNED;

    public Instant startedAt;

    public Instant closedAt;

    /** What the sprint completed, recorded when it closed: the team's velocity is made of these. */
    public BigDecimal completedEstimate;

    public Instant createdAt = Instant.now();

    @Version
    public long version;

    /** The product's active sprint, if one runs (at most one does). */
    public static Optional<Sprint> active(Product product) {
        return find("product = ?1 and state = ?2", product, SprintState.ACTIVE).firstResultOptional();
    }

    /** The id of the product's active sprint, or null: the board's hot path reads no more than that. */
    public static Long activeId(Product product) {
        return getEntityManager().createQuery("select s.id from Sprint s where s.product = :p and s.state = :active",
                Long.class).setParameter("p", product).setParameter("active", SprintState.ACTIVE)
                .getResultStream().findFirst().orElse(null);
    }
}
