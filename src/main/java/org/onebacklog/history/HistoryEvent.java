package org.onebacklog.history;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;
import org.onebacklog.backlog.ItemKind;
import org.onebacklog.store.Row;

/** A stored {@link Happening}. Appended in the transaction of the change it records; never updated. */
@Entity
public class HistoryEvent extends Row {

    public Long productId;

    public Long sprintId;

    public Long itemId;

    public String itemKey;

    public Long taskId;

    public Instant happenedAt;

    @Enumerated(EnumType.STRING)
    public Happening.Kind kind;

    @Enumerated(EnumType.STRING)
    public ItemKind itemKind;

    public BigDecimal amount;

    public BigDecimal reservedShare;

    public Boolean done;

    public boolean dodTask;

    public String reason;

    public String actor;

    /** A move's columns (keys), and the task's or item's title when it happened: the stand-up's "who did what". */
    public String fromColumn;

    public String toColumn;

    public String title;

    Happening toHappening() {
        return new Happening(happenedAt, kind, sprintId, itemKey, itemKind, taskId, amount, reservedShare, done,
                dodTask, reason, actor);
    }
}
