package org.onebacklog.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.onebacklog.product.Product;
import org.onebacklog.store.Row;

/** A column of a product's board, with an optional work-in-progress limit. The last column means done. */
@Entity
public class BoardColumn extends Row {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Product product;

    @Column(name = "column_key")
    public String key;

    public String name;

    public int position;

    public Integer wipLimit;

    public boolean wipHard;

    /** Working days after which a card here is aging; null: the team's threshold. */
    public Integer agingDays;

    /** The version of the product's whole column set (the same on each of its rows): see {@link ColumnSet}. */
    public long setVersion;

    @Version
    public long version;
}
