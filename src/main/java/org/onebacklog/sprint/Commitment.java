package org.onebacklog.sprint;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import org.onebacklog.account.User;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.store.Row;

/**
 * An item committed to a sprint: who committed it and when, under which DoD version, with which override of the
 * capacity policy, and what became of it (removed, completed, carried over). Rows are kept: they are history.
 */
@Entity
public class Commitment extends Row {

    public static final String COMPLETED = "COMPLETED";
    public static final String CARRIED_OVER = "CARRIED_OVER";


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Sprint sprint;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public BacklogItem item;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committed_by")
    public User committedBy;

    public Instant committedAt = Instant.now();

    public Instant removedAt;

    /** The version of the Definition of Done that applied when the item was committed. */
    public Integer dodVersion;

    public String overrideReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "override_by")
    public User overrideBy;

    public String outcome;

    @Version
    public long version;
}
