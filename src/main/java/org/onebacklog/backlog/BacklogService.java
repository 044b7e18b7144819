package org.onebacklog.backlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onebacklog.account.Access;
import org.onebacklog.account.Member;
import org.onebacklog.events.ItemAdded;
import org.onebacklog.events.ItemChanged;
import org.onebacklog.events.ItemRanked;
import org.onebacklog.events.ScrumEvent;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.failure.NotFound;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductService;

/** The one backlog: adding, editing and ordering items. Only the Product Owner orders. */
@ApplicationScoped
public class BacklogService {

    /** A keyboard move of one row. */
    public enum Move {
        UP, DOWN, TOP, BOTTOM
    }

    @Inject
    Access access;


    @Inject
    ProductService products;

    @Inject
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<ItemFinishing> finishing;

    /** What happened, for the record, the live views and whoever else observes. */
    @Inject
    jakarta.enterprise.event.Event<ScrumEvent> events;

    /**
     * Adds an item. The Product Owner's items go to the bottom of the ranked backlog; everyone else's wait,
     * unranked, for the Product Owner to place them.
     */
    @Transactional
    public BacklogItem create(String productKey, ItemDraft draft) {
        Product product = products.find(productKey);
        Member member = access.contributor(product);
        Checks checks = new Checks();
        ItemDraft clean = ItemRules.check(draft, checks);
        checks.throwIfAny();

        // Taking the number locks the product row: ranking at the bottom must not race with another writer.
        int number = Product.takeItemNumber(product.id);
        BacklogItem item = new BacklogItem();
        item.product = product;
        item.number = number;
        item.key = product.key + "-" + item.number;
        item.createdBy = member.user();
        apply(item, clean);
        if (member.canOrderBacklog()) {
            item.rank = Ranking.between(lastRank(product, null), null);
        }
        item.persist();
        if (item.rank != null && Ranking.needsRebalance(item.rank)) {
            rebalance(product);
        }
        events.fire(new ItemAdded(product.stamp(member.user()), item.ref(), item.kind.name(), item.rank != null));
        return item;
    }

    /** Replaces the item's content, if {@code expectedVersion} is still the item's version. */
    @Transactional
    public BacklogItem update(String itemKey, long expectedVersion, ItemDraft draft) {
        BacklogItem item = find(itemKey);
        Member member = access.contributor(item.product);
        // Lock the row and read it afresh: of two editors at once, the second sees the first's version (a clean 409
        // with the fresh item), instead of both passing the check and colliding at commit.
        org.onebacklog.store.RowLock.lockAndRefresh(em, item, "backlog_item", item.id);
        if (item.version != expectedVersion) {
            throw staleVersion(item, expectedVersion);
        }
        Checks checks = new Checks();
        ItemDraft clean = ItemRules.check(draft, checks);
        checks.throwIfAny();
        if (clean.status() == ItemStatus.DONE && item.status != ItemStatus.DONE) {
            finishing.fire(new ItemFinishing(item));
        }
        ItemKind kindBefore = item.kind;
        BigDecimal estimateBefore = item.estimate;
        ItemStatus statusBefore = item.status;
        apply(item, clean);
        item.touch(member.user());
        em.flush();
        events.fire(new ItemChanged(item.product.stamp(member.user()), item.ref(), kindBefore.name(),
                item.kind.name(), estimateBefore, item.estimate, statusBefore.name(), item.status.name()));
        return item;
    }

    /**
     * Places the item right after {@code afterKey} or right before {@code beforeKey}; with neither, at the top.
     * Only the ranks of the moved item change, unless its gap has become too fine (then the backlog is respaced).
     */
    @Transactional
    public BacklogItem rank(String itemKey, String afterKey, String beforeKey, Long expectedVersion) {
        BacklogItem item = find(itemKey);
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
        BacklogItem item = find(itemKey);
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

    /** The backlog in order, narrowed by the filter. Unranked items come first, oldest first. */
    public Backlog backlog(String productKey, BacklogFilter filter) {
        return window(productKey, filter, null, Integer.MAX_VALUE);
    }

    /**
     * Part of the backlog in order, narrowed by the filter: up to {@code limit} ranked items after rank key
     * {@code afterRank} (keyset paging, so a page deep in the backlog costs what the first one does), preceded by
     * the items awaiting the Product Owner when the window starts at the top. Positions are places in the whole
     * backlog; {@code next} is the rank to continue after while more items follow.
     */
    public Backlog window(String productKey, BacklogFilter filter, String afterRank, int limit) {
        Product product = products.find(productKey);
        access.member(product);
        if (afterRank != null && !Ranking.isValid(afterRank)) {
            throw new InvalidInput("after", "Not a rank key: " + afterRank);
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(product, filter, params);
        List<BacklogItem> awaiting = afterRank != null ? List.of()
                : BacklogItem.find(where + " and i.rank is null order by i.createdAt, i.id", params).list();
        Map<String, Object> rankedParams = new HashMap<>(params);
        rankedParams.put("after", afterRank == null ? Ranking.FLOOR : afterRank);
        // A range on the rank and the product in the order: H2 then reads the (product, rank) index in order and
        // stops after the page, as PostgreSQL does anyway; "rank is not null" alone made H2 read and sort them all.
        String rankedQuery = where + " and i.rank > :after order by i.product.id, i.rank";
        List<BacklogItem> ranked = limit == Integer.MAX_VALUE
                ? BacklogItem.find(rankedQuery, rankedParams).list()
                : new ArrayList<>(BacklogItem.find(rankedQuery, rankedParams).range(0, limit).list());
        String next = null;
        if (ranked.size() > limit) {
            ranked.remove(limit);
            next = ranked.get(limit - 1).rank;
        }
        // Only a filtered list says how many items match: the first screen of the whole backlog never counts them.
        int matching = filter.isEmpty() || afterRank != null ? -1
                : next == null ? ranked.size()
                : (int) BacklogItem.count(where + " and i.rank is not null", params);
        return new Backlog(awaiting, ranked, positions(product, ranked, afterRank == null, filter.isEmpty()), next,
                matching);
    }

    private static String where(Product product, BacklogFilter filter, Map<String, Object> params) {
        StringBuilder query = new StringBuilder("from BacklogItem i where i.product = :product and i.status <> :done");
        params.put("product", product);
        params.put("done", ItemStatus.DONE);
        if (filter.kind() != null) {
            query.append(" and i.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.label() != null) {
            query.append(" and :label member of i.labels");
            params.put("label", filter.label());
        }
        if (filter.text() != null) {
            query.append(" and (lower(i.title) like :text escape '!' or lower(i.key) like :text escape '!'"
                    + " or lower(i.description) like :text escape '!')");
            params.put("text", "%" + likeEscape(filter.text().toLowerCase()) + "%");
        }
        return query.toString();
    }

    /** What planning offers: ranked items that are neither done nor in a sprint, in backlog order. */
    public List<BacklogItem> readyForPlanning(Product product) {
        return BacklogItem.list("product = ?1 and sprintId is null and status <> ?2 and rank is not null"
                + " order by rank", product, ItemStatus.DONE);
    }

    /** The item with this key, if the caller may see it. */
    public BacklogItem get(String itemKey) {
        BacklogItem item = find(itemKey);
        access.member(item.product);
        return item;
    }

    /**
     * Refuses an item key that is not in this product. Reads only the key, on purpose: an item loaded into the
     * request's session before a write would be served stale to the page rendered after it.
     */
    public String requireInProduct(String itemKey, String productKey) {
        List<String> owners = em.createQuery("select i.product.key from BacklogItem i where i.key = :key",
                String.class).setParameter("key", itemKey).getResultList();
        if (owners.isEmpty() || !owners.get(0).equals(productKey)) {
            throw new NotFound("There is no item " + itemKey + " in " + productKey);
        }
        return itemKey;
    }

    /** The item's 1-based place among the ranked open items of its backlog; 0 while unranked or once done. */
    public int position(BacklogItem item) {
        if (item.rank == null || item.status == ItemStatus.DONE) {
            return 0;
        }
        long before = BacklogItem.count("product = ?1 and rank < ?2 and status <> ?3", item.product, item.rank,
                ItemStatus.DONE);
        return (int) before + 1;
    }

    public List<String> labelsInUse(String productKey) {
        Product product = products.find(productKey);
        return em.createQuery("select distinct l from BacklogItem i join i.labels l where i.product = :product"
                + " order by l", String.class).setParameter("product", product).getResultList();
    }

    /**
     * Places in the whole backlog of these ranked items (in rank order): one count of the open items before the
     * first, then, when the list is filtered, the open ranks between its first and last item.
     */
    private Map<Long, Integer> positions(Product product, List<BacklogItem> ranked, boolean fromTop,
            boolean complete) {
        Map<Long, Integer> positions = new HashMap<>();
        if (ranked.isEmpty()) {
            return positions;
        }
        String first = ranked.get(0).rank;
        String last = ranked.get(ranked.size() - 1).rank;
        int before = fromTop && complete ? 0 : (int) BacklogItem.count("product = ?1 and rank < ?2 and status <> ?3",
                product, first, ItemStatus.DONE);
        if (complete) {
            for (int i = 0; i < ranked.size(); i++) {
                positions.put(ranked.get(i).id, before + i + 1);
            }
            return positions;
        }
        List<String> between = em.createQuery("select i.rank from BacklogItem i where i.product = :p"
                        + " and i.status <> :done and i.rank >= :first and i.rank <= :last order by i.product.id, i.rank",
                        String.class)
                .setParameter("p", product).setParameter("done", ItemStatus.DONE).setParameter("first", first)
                .setParameter("last", last).getResultList();
        Map<String, Integer> places = new HashMap<>();
        for (int i = 0; i < between.size(); i++) {
            places.put(between.get(i), before + i + 1);
        }
        for (BacklogItem item : ranked) {
            positions.put(item.id, places.getOrDefault(item.rank, 0));
        }
        return positions;
    }

    private BacklogItem find(String itemKey) {
        return BacklogItem.byKey(itemKey).orElseThrow(() -> new NotFound("There is no item " + itemKey));
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
            throw staleVersion(item, expectedVersion);
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
        events.fire(new ItemRanked(item.product.stamp(access.currentUser()), item.ref()));
        if (Ranking.needsRebalance(item.rank)) {
            rebalance(item.product);
        }
    }

    /** Respaces every rank of the product evenly, keeping the order. Rare: only when a gap has been split thin. */
    private void rebalance(Product product) {
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

    private static void apply(BacklogItem item, ItemDraft draft) {
        item.kind = draft.kind();
        item.title = draft.title();
        item.description = draft.description();
        item.estimate = draft.estimate();
        item.valueStatement = draft.valueStatement();
        item.labels.clear();
        item.labels.addAll(draft.labels());
        item.status = draft.status();
    }

    public ItemView view(BacklogItem item) {
        return ItemView.of(item, position(item));
    }

    private Conflict staleVersion(BacklogItem item, long expectedVersion) {
        return new Conflict(item.key + " was changed by " + (item.updatedBy == null ? "someone"
                : item.updatedBy.username) + " at " + item.updatedAt + " (it is at version " + item.version
                + ", you sent " + expectedVersion + "). Look at the fresh state (in current) and apply your change"
                + " again", view(item));
    }


    private static String likeEscape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
