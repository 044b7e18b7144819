package org.onebacklog.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.onebacklog.account.User;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.dod.Criterion;
import org.onebacklog.dod.TaskCategory;
import org.onebacklog.events.TaskRef;
import org.onebacklog.store.Row;

/** A unit of work on the board, belonging to a backlog item: plain, or implied by a DoD criterion. */
@Entity
// Only changed columns are written: a stale copy elsewhere must not write back a rank respaced under it.
@org.hibernate.annotations.DynamicUpdate
public class Task extends Row {

    /**
     * "The task {@code alias} is on the board of sprint {@code :parameter}", for a JPQL where clause. A task has no
     * sprint of its own; asked through {@code alias.item.sprintId}, H2 reads every task of every product and joins
     * its item. Asked by the item ids of the sprint, it reads the sprint's tasks by their item's index.
     */
    public static String onBoardOf(String alias, String parameter) {
        return alias + ".item.id in (select sprintItem.id from BacklogItem sprintItem where sprintItem.sprintId = "
                + parameter + ")";
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public BacklogItem item;

    public String title;

    /** What the task is about, in Markdown (rendered sanitised). */
    public String description;

    @Column(name = "column_key")
    public String column = Columns.TODO;

    /**
     * The card's place in its column: a fractional rank key ({@link org.onebacklog.backlog.Ranking}), cards ordered by
     * (rank, id). A move writes this one row; ties are allowed and respaced when a move meets them.
     */
    @Column(name = "rank_key")
    public String rank;

    @ManyToOne(fetch = FetchType.LAZY)
    public User assignee;

    public BigDecimal estimate;

    public BigDecimal remaining;

    /** The DoD criterion this task was generated from; null for a plain task. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "dod_criterion_id")
    public Criterion criterion;

    @Enumerated(EnumType.STRING)
    public TaskCategory category;

    public boolean waived;

    public String waiveReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "waived_by")
    public User waivedBy;

    public Instant waivedAt;

    public Instant createdAt = Instant.now();

    /** When the card came into its column: its age there is counted in working days from this. */
    public Instant inColumnSince = Instant.now();

    /** Why the card is stuck, while it is; null when it is not blocked. */
    public String blockedReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "blocked_by")
    public User blockedBy;

    public Instant blockedAt;

    /** Who changed the card last, and when: a refused edit tells the person who got there first. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by")
    public User updatedBy;

    public Instant updatedAt = Instant.now();

    @Version
    public long version;

    /** Marks the card as changed by {@code user} now. */
    public void touch(User user) {
        updatedBy = user;
        updatedAt = Instant.now();
    }

    public boolean isBlocked() {
        return blockedReason != null;
    }

    public boolean isDodImplied() {
        return criterion != null;
    }

    /** Done (in the board's last column), or waived by the Product Owner: either way nothing is left to do. */
    public boolean isClosed(String doneColumn) {
        return waived || doneColumn.equals(column);
    }

    /** The task as events name it. */
    public TaskRef ref() {
        return new TaskRef(id, title, item.ref(), isDodImplied());
    }
}
