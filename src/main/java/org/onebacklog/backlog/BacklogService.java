package org.onebacklog.backlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onebacklog.events.ItemAdded;
import org.onebacklog.events.ItemArchived;
import org.onebacklog.events.ItemChanged;
import org.onebacklog.events.ItemRestored;
import org.onebacklog.events.ScrumEvent;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.Forbidden;
import org.onebacklog.failure.NotFound;
import org.onebacklog.product.Access;
import org.onebacklog.product.Member;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductService;
import org.onebacklog.store.RowLock;

/** The one backlog's items: adding and editing them ({@link BacklogOrder} orders, {@link BacklogListing} reads). */
@ApplicationScoped
public class BacklogService {

    @Inject
    Access access;

    @Inject
    BacklogOrder order;

    @Inject
    BacklogListing listing;

    @Inject
    ProductService products;

    @Inject
    EntityManager em;

    @Inject
    Event<ItemFinishing> finishing;

    /** What happened, for the record, the live views and whoever else observes. */
    @Inject
    Event<ScrumEvent> events;

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

        return add(product, member, clean, member.canOrderBacklog());
    }

    /**
     * Adds items brought from another tool (an import), all at once, in the order given, at the bottom of the backlog:
     * one transaction, one {@link ItemAdded} each, as if the Product Owner had added them one by one. A technical
     * item that arrives without a value statement is kept, unranked, waiting for the Product Owner to state its
     * value ({@link BacklogOrder} refuses to rank it until then).
     */
    @Transactional
    public List<BacklogItem> addImported(String productKey, List<ItemDraft> drafts) {
        Product product = products.find(productKey);
        Member member = access.member(product);
        if (!member.canOrderBacklog()) {
            throw new Forbidden("Only the Product Owner of " + product.key + " imports items into its backlog");
        }
        Checks checks = new Checks();
        List<ItemDraft> clean = new ArrayList<>();
        for (ItemDraft draft : drafts) {
            clean.add(ItemRules.checkImported(draft, checks));
        }
        checks.throwIfAny();
        List<BacklogItem> added = new ArrayList<>();
        for (ItemDraft draft : clean) {
            added.add(add(product, member, draft, !ItemRules.awaitsValue(draft)));
        }
        return added;
    }

    private BacklogItem add(Product product, Member member, ItemDraft clean, boolean ranked) {
        // Taking the number locks the product row: ranking at the bottom must not race with another writer.
        int number = Product.takeItemNumber(product.id);
        BacklogItem item = new BacklogItem();
        item.product = product;
        item.number = number;
        item.key = product.key + "-" + item.number;
        item.createdBy = member.user();
        apply(item, clean);
        if (ranked) {
            item.rank = order.bottom(product);
        }
        item.persist();
        if (item.rank != null && Ranking.needsRebalance(item.rank)) {
            order.rebalance(product);
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
        RowLock.lockAndRefresh(em, item, "backlog_item", item.id);
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
     * Archives an item: gone from the backlog and the board, kept in the record and the reports, restorable. The
     * Product Owner's call, as the backlog is theirs. An item in a sprint leaves it first (observers of
     * {@link ItemArchived} in this transaction do that).
     */
    @Transactional
    public BacklogItem archive(String itemKey) {
        BacklogItem item = find(itemKey);
        Member member = access.productOwner(item.product);
        RowLock.lockAndRefresh(em, item, "backlog_item", item.id);
        if (item.isArchived()) {
            throw new Conflict(item.key + " is archived already", view(item));
        }
        events.fire(new ItemArchived(item.product.stamp(member.user()), item.ref()));
        item.archivedAt = Instant.now();
        item.rank = null;
        item.touch(member.user());
        em.flush();
        return item;
    }

    /** Brings an archived item back, awaiting the Product Owner's place for it in the backlog. */
    @Transactional
    public BacklogItem restore(String itemKey) {
        BacklogItem item = find(itemKey);
        Member member = access.productOwner(item.product);
        RowLock.lockAndRefresh(em, item, "backlog_item", item.id);
        if (!item.isArchived()) {
            throw new Conflict(item.key + " is not archived", view(item));
        }
        item.archivedAt = null;
        item.touch(member.user());
        em.flush();
        events.fire(new ItemRestored(item.product.stamp(member.user()), item.ref()));
        return item;
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

    BacklogItem find(String itemKey) {
        return BacklogItem.byKey(itemKey).orElseThrow(() -> new NotFound("There is no item " + itemKey));
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
        return ItemView.of(item, listing.position(item));
    }

    Conflict staleVersion(BacklogItem item, long expectedVersion) {
        return new Conflict(item.key + " was changed by " + (item.updatedBy == null ? "someone"
                : item.updatedBy.username) + " at " + item.updatedAt + " (it is at version " + item.version
                + ", you sent " + expectedVersion + "). Look at the fresh state (in current) and apply your change"
                + " again", view(item));
    }
}
