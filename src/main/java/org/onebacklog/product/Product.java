package org.onebacklog.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.onebacklog.account.User;
import org.onebacklog.events.Stamp;
import org.onebacklog.store.Row;
import org.onebacklog.store.RowLock;

/** A product: it owns exactly one backlog, and its key prefixes every item key (SHOP-42). */
@Entity
public class Product extends Row {

    @Column(name = "product_key")
    public String key;

    public String name;

    @Enumerated(EnumType.STRING)
    public EstimateUnit unit = EstimateUnit.POINTS;

    /**
     * The number the next item gets. Only {@link #takeItemNumber} changes it, in the database: saving a product
     * never writes it back, so a stale copy cannot hand a number out twice.
     */
    @Column(name = "next_item_number", updatable = false)
    public int nextItemNumber = 1;

    public Instant createdAt = Instant.now();

    /** The team's daily stand-up, "HH:mm" in the team's time zone, on working days. */
    public String standupTime = "09:30";

    /** Working days in an in-between column after which a card is marked aging. */
    public int agingDays = 2;

    @Version
    public long version;

    public static Optional<Product> byKey(String key) {
        return find("key", key).firstResultOptional();
    }

    /**
     * The product, locked for the rest of the transaction and read afresh once locked. A locking query alone would
     * hand back the stale copy already in the session, and locking that copy checks its old version: a spurious
     * conflict whenever someone changed the product since.
     */
    public static Optional<Product> byKeyForUpdate(String key) {
        Optional<Product> product = byKey(key);
        product.ifPresent(p -> RowLock.lockAndRefresh(getEntityManager(), p, "product", p.id));
        return product;
    }

    /**
     * Takes the product's next item number in one atomic update, which also locks the product row until the
     * transaction ends. Leaves the product's version alone: adding an item never conflicts with anyone.
     */
    public static int takeItemNumber(long productId) {
        EntityManager em = getEntityManager();
        em.createNativeQuery("update product set next_item_number = next_item_number + 1 where id = :id")
                .setParameter("id", productId).executeUpdate();
        Number next = (Number) em.createNativeQuery("select next_item_number from product where id = :id")
                .setParameter("id", productId).getSingleResult();
        return next.intValue() - 1;
    }

    /** When the team's stand-up is held, in its time zone. */
    public LocalTime standupAt() {
        LocalTime at = StandupTimes.parse(standupTime);
        return at == null ? LocalTime.of(9, 30) : at;
    }

    /** Where and now, for an event of this product that {@code by} made happen (null: the system). */
    public Stamp stamp(User by) {
        return Stamp.now(id, key, by == null ? null : by.username);
    }
}
