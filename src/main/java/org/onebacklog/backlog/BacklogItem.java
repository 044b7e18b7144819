package org.onebacklog.backlog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hibernate.annotations.SortNatural;
import org.onebacklog.account.User;
import org.onebacklog.events.ItemRef;
import org.onebacklog.product.Product;
import org.onebacklog.store.Row;

/** A story, bug or technical item in a product's one backlog. */
@Entity
public class BacklogItem extends Row {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Product product;

    @Column(name = "item_number")
    public int number;

    @Column(name = "item_key")
    public String key;

    @Enumerated(EnumType.STRING)
    public ItemKind kind;

    public String title;

    /** Markdown as the author wrote it; rendered and sanitised on display. */
    public String description;

    public BigDecimal estimate;

    public String valueStatement;

    @Enumerated(EnumType.STRING)
    public ItemStatus status = ItemStatus.TODO;

    /** The fractional rank key ({@link Ranking}); null while the item waits for the Product Owner to place it. */
    @Column(name = "rank_key")
    public String rank;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "item_label", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "label")
    @SortNatural
    public SortedSet<String> labels = new TreeSet<>();

    /** The sprint the item is committed to, if any. */
    public Long sprintId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    public User createdBy;

    public Instant createdAt = Instant.now();

    public Instant updatedAt = Instant.now();

    /** Who changed the item last (null before anyone did): a refused edit names them. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by")
    public User updatedBy;

    /** Why the item is stuck, while it is; null when it is not blocked. */
    public String blockedReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "blocked_by")
    public User blockedBy;

    public Instant blockedAt;

    /** Set when the item was archived: gone from the backlog and the board, kept in the record. */
    public Instant archivedAt;

    @Version
    public long version;

    /** Marks the item as changed by {@code user} now. */
    public void touch(User user) {
        updatedBy = user;
        updatedAt = Instant.now();
    }

    public boolean isBlocked() {
        return blockedReason != null;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public boolean isUnranked() {
        return rank == null;
    }

    public static Optional<BacklogItem> byKey(String key) {
        return find("key", key).firstResultOptional();
    }

    /** The item as events name it. */
    public ItemRef ref() {
        return new ItemRef(id, key, title, sprintId);
    }
}
