package org.onebacklog.backlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.onebacklog.events.ItemRanked;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.product.Access;
import org.onebacklog.product.Product;

/**
 * The Product Owner's ordering of the backlog: by neighbours (drag and drop), by keyboard steps, and the sprint's
 * rule that unfinished work goes back on top. Ranks are fractional keys ({@link Ranking}): a move writes one row,
 * under a lock on the product so two moves never pick the same gap.
 */
@ApplicationScoped
public class BacklogOrder {

    /** A keyboard move of one row. */
    public enum Move {
        UP, DOWN, TOP, BOTTOM
    }

    @Inject
    Access access;

    @Inject
    BacklogService backlog;

    @Inject
    EntityManager em;

    @Inject
    Event<ItemRanked> ranked;

    /**
     * Places the item right after {@code afterKey} or right before {@code beforeKey}; with neither, at the top.
     * Only the ranks of the moved item change, unless its gap has become too fine (then the backlog is respaced).
     */
    @Transactional
    public BacklogItem rank(String itemKey, String afterKey, String beforeKey, Long expectedVersion) {
        BacklogItem item = backlog.find(itemKey);
        access.productOwner(item.product);
        Product product = lockBacklog(item, expectedVersion);
        BacklogItem after = neighbour(item, afterKey, "after");
        BacklogItem before = neighbour(item, beforeKey, "before");
        String lower;
        String upper;
        if (after != null && before != null) {
            if (after.rank.compareTo(before.rank) >= 0) {
                throw new InvalidInput("before", before.key + " does not come after " + after.key);
            }
            lower = after.rank;
            upper = before.rank;
        } else if (after != null) {
            lower = after.rank;
            upper = nextRank(product, lower, item);
        } else if (before != null) {
            upper = before.rank;
            lower = previousRank(product, upper, item);
        } else {
            lower = null;
            upper = firstRank(product, item);
        }
        place(item, lower, upper);
        return item;
    }

    /** One step of keyboard ordering: up or down past the neighbour, or to either end of the backlog. */
    @Transactional
    public BacklogItem move(String itemKey, Move move, Long expectedVersion) {
        BacklogItem item = backlog.find(itemKey);
        access.productOwner(item.product);
        Product product = lockBacklog(item, expectedVersion);
        boolean unranked = item.rank == null;
        switch (move) {
            case TOP -> place(item, null, firstRank(product, item));
            case BOTTOM -> place(item, lastRank(product, item), null);
            case UP -> {
                if (unranked) {
                    place(item, null, firstRank(product, item));
                } else {
                    String previous = previousRank(product, item.rank, item);
                    if (previous != null) {
                        place(item, previousRank(product, previous, item), previous);
                    }
                }
            }
            case DOWN -> {
                if (unranked) {
                    place(item, lastRank(product, item), null);
                } else {
                    String next = nextRank(product, item.rank, item);
                    if (next != null) {
                        place(item, next, nextRank(product, next, item));
                    }
                }
            }
        }
        return item;
    }

    /**
     * Puts these items back on top of the backlog, in the order given (a closed sprint's unfinished work). Not a
     * Product Owner's decision but the sprint's rule, so no role check here: the caller closed the sprint.
     */
    public void returnToTop(Product product, List<BacklogItem> inOrder) {
        lockBacklog(product);
        for (int i = inOrder.size() - 1; i >= 0; i--) {
            BacklogItem item = inOrder.get(i);
            place(item, null, firstRank(product, item));
        }
    }

    /** The rank at the bottom of the backlog, for an item the Product Owner adds (the product row is locked). */
    String bottom(Product product) {
        return Ranking.between(lastRank(product, null), null);
    }

    private Product lockBacklog(Product product) {
        // Serialises the Product Owner's moves on one backlog, so two never pick the same gap.
        return Product.byKeyForUpdate(product.key).orElseThrow();
    }

    /** Locks the backlog, then reads the item afresh: a move committed while we waited is not a conflict. */
    private Product lockBacklog(BacklogItem item, Long expectedVersion) {
        Product product = lockBacklog(item.product);
        em.refresh(item);
        if (expectedVersion != null && item.version != expectedVersion) {
            throw backlog.staleVersion(item, expectedVersion);
        }
        if (item.isArchived()) {
            throw new Conflict(item.key + " is archived; restore it before placing it", backlog.view(item));
        }
        if (item.kind == ItemKind.TECHNICAL && (item.valueStatement == null || item.valueStatement.isBlank())) {
            // An imported technical item waits here: without its value the Product Owner cannot weigh it.
            throw new Conflict(item.key + " has no value statement yet: say who benefits and what leaving it undone"
                    + " costs before placing it", backlog.view(item));
        }
        return product;
    }

    private BacklogItem neighbour(BacklogItem item, String key, String field) {
        if (key == null || key.isBlank()) {
            return null;
        }
        BacklogItem other = BacklogItem.byKey(key.trim()).orElse(null);
        if (other == null || !other.product.id.equals(item.product.id)) {
            throw new InvalidInput(field, "There is no item " + key.trim() + " in " + item.product.key);
        }
        if (other.id.equals(item.id)) {
            throw new InvalidInput(field, "An item cannot be placed next to itself");
        }
        if (other.rank == null) {
            throw new InvalidInput(field, other.key + " is still awaiting the Product Owner; place it first");
        }
        return other;
    }

    private void place(BacklogItem item, String lower, String upper) {
        item.rank = Ranking.between(lower, upper);
        item.touch(access.currentUser());
        em.flush();
        ranked.fire(new ItemRanked(item.product.stamp(access.currentUser()), item.ref()));
        if (Ranking.needsRebalance(item.rank)) {
            rebalance(item.product);
        }
    }

    /** Respaces every rank of the product evenly, keeping the order. Rare: only when a gap has been split thin. */
    void rebalance(Product product) {
        List<BacklogItem> ranked = BacklogItem.list("product = ?1 and rank is not null order by rank", product);
        List<String> keys = Ranking.evenlySpaced(ranked.size());
        // Two passes, because the unique (product, rank) index is checked row by row.
        ranked.forEach(i -> i.rank = null);
        em.flush();
        for (int i = 0; i < ranked.size(); i++) {
            ranked.get(i).rank = keys.get(i);
        }
        em.flush();
    }

    // The neighbours below read one entry of the (product, rank) index each: ordered by product and rank with a
    // limit of one, where min()/max() beside "id <> :id" made H2 read every rank of the product.

    private String firstRank(Product product, BacklogItem except) {
        return oneRank("i.rank is not null", null, "asc", product, except);
    }

    private String lastRank(Product product, BacklogItem except) {
        return oneRank("i.rank is not null", null, "desc", product, except);
    }

    private String nextRank(Product product, String rank, BacklogItem except) {
        return oneRank("i.rank > :r", rank, "asc", product, except);
    }

    private String previousRank(Product product, String rank, BacklogItem except) {
        return oneRank("i.rank < :r", rank, "desc", product, except);
    }

    private String oneRank(String condition, String rank, String direction, Product product, BacklogItem except) {
        var query = em.createQuery("select i.rank from BacklogItem i where i.product = :p and " + condition
                        + " and i.id <> :id order by i.product.id " + direction + ", i.rank " + direction, String.class)
                .setParameter("p", product).setParameter("id", idOf(except)).setMaxResults(1);
        if (rank != null) {
            query.setParameter("r", rank);
        }
        List<String> ranks = query.getResultList();
        return ranks.isEmpty() ? null : ranks.get(0);
    }

    private static long idOf(BacklogItem item) {
        return item == null ? -1L : item.id;
    }
}
