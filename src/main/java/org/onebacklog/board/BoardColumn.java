package org.onebacklog.board;

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
import org.onebacklog.product.Product;

/** A column of a product's board, with an optional work-in-progress limit. The last column means done. */
@Entity
@Table(name = "board_column")
public class BoardColumn extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_column_seq")
    @SequenceGenerator(name = "board_column_seq", sequenceName = "board_column_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    public Product product;

    @Column(name = "column_key")
    public String key;

    public String name;

    public int position;

    @Column(name = "wip_limit")
    public Integer wipLimit;

    @Column(name = "wip_hard")
    public boolean wipHard;

    @Version
    public long version;
}
