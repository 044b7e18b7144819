package org.onebacklog.backlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.product.Access;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductService;

/**
 * Reading the backlog: in order, filtered and searched on the server, a window at a time (keyset paging by rank),
 * with each item's place in the whole backlog.
 */
@ApplicationScoped
public class BacklogListing {

    @Inject
    Access access;

    @Inject
    ProductService products;

    @Inject
    EntityManager em;

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
        StringBuilder query = new StringBuilder("from BacklogItem i where i.product = :product and i.status <> :done"
                + " and i.archivedAt is null");
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

    private static String likeEscape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
