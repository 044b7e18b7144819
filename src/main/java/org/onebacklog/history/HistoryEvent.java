package org.onebacklog.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.onebacklog.backlog.ItemKind;

/** A stored {@link Happening}. Appended in the transaction of the change it records; never updated. */
@Entity
@Table(name = "history_event")
public class HistoryEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "history_event_seq")
    @SequenceGenerator(name = "history_event_seq", sequenceName = "history_event_seq", allocationSize = 50)
    public Long id;

    @Column(name = "product_id")
    public Long productId;

    @Column(name = "sprint_id")
    public Long sprintId;

    @Column(name = "item_id")
    public Long itemId;

    @Column(name = "item_key")
    public String itemKey;

    @Column(name = "task_id")
    public Long taskId;

    @Column(name = "happened_at")
    public Instant happenedAt;

    @Enumerated(EnumType.STRING)
    public Happening.Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind")
    public ItemKind itemKind;

    public BigDecimal amount;

    @Column(name = "reserved_share")
    public BigDecimal reservedShare;

    public Boolean done;

    @Column(name = "dod_task")
    public boolean dodTask;

    public String reason;

    public String actor;

    /** A move's columns (keys), and the task's or item's title when it happened: the stand-up's "who did what". */
    @Column(name = "from_column")
    public String fromColumn;

    @Column(name = "to_column")
    public String toColumn;

    public String title;

    Happening toHappening() {
        return new Happening(happenedAt, kind, sprintId, itemKey, itemKind, taskId, amount, reservedShare, done,
                dodTask, reason, actor);
    }
}
