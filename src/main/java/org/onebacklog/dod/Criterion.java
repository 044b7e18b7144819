package org.onebacklog.dod;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.onebacklog.product.Product;

/**
 * One criterion of a product's Definition of Done. If it implies a task, every item committed to a sprint gets
 * one task from it: title, category, and an estimate that is fixed or a share of the item's estimate. Removed
 * criteria are kept (flagged) so that the tasks they generated keep their link.
 */
@Entity
@Table(name = "dod_criterion")
public class Criterion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dod_criterion_seq")
    @SequenceGenerator(name = "dod_criterion_seq", sequenceName = "dod_criterion_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Product product;

    public int position;

    public String text;

    public boolean impliesTask;

    public String taskTitle;

    @Enumerated(EnumType.STRING)
    public TaskCategory category;

    /** A fixed estimate for the implied task, in the product's unit. */
    public BigDecimal estimate;

    /** Or a share of the item's estimate (0 to 1). */
    public BigDecimal estimateShare;

    public boolean removed;

    @Version
    public long version;
}
