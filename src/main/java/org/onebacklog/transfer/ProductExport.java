package org.onebacklog.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onebacklog.account.User;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.board.BoardColumn;
import org.onebacklog.board.Task;
import org.onebacklog.capacity.CapacityPolicy;
import org.onebacklog.capacity.PolicyService;
import org.onebacklog.dod.Criterion;
import org.onebacklog.dod.DodVersion;
import org.onebacklog.history.HistoryEvent;
import org.onebacklog.product.Access;
import org.onebacklog.product.Membership;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductService;
import org.onebacklog.sprint.Commitment;
import org.onebacklog.sprint.Sprint;
import org.onebacklog.tv.DisplayToken;
import org.onebacklog.webhook.WebhookService;

/**
 * Reads a whole product into a {@link ProductDocument}: the Product Owner's or Scrum Master's backup. Rows are read
 * in id order, so that a product recreated from the document (whose rows are written in document order) exports
 * the same document again.
 */
@ApplicationScoped
public class ProductExport {

    @Inject
    ProductService products;

    @Inject
    Access access;

    @Inject
    PolicyService policies;

    @Inject
    WebhookService webhooks;

    @Inject
    ObjectMapper json;

    @Transactional
    public ProductDocument export(String productKey) {
        Product product = products.find(productKey);
        access.sprintRunner(product);
        String keyPrefix = product.key + "-";

        List<ProductDocument.Member> members = Membership.<Membership>list("product", product).stream()
                .map(m -> new ProductDocument.Member(m.user.username, m.role.name()))
                .sorted((a, b) -> a.username().compareTo(b.username())).toList();
        CapacityPolicy policy = policies.of(product);
        List<ProductDocument.Column> columns = BoardColumn.<BoardColumn>list("product = ?1 order by position", product)
                .stream().map(c -> new ProductDocument.Column(c.key, c.name, c.wipLimit, c.wipHard, c.agingDays))
                .toList();

        Map<Long, Integer> criterionRefs = new HashMap<>();
        List<ProductDocument.Criterion> criteria = new ArrayList<>();
        for (Criterion c : Criterion.<Criterion>list("product = ?1 order by id", product)) {
            int ref = criteria.size() + 1;
            criterionRefs.put(c.id, ref);
            criteria.add(new ProductDocument.Criterion(ref, c.position, c.text, c.impliesTask, c.taskTitle,
                    name(c.category), c.estimate, c.estimateShare, c.removed));
        }
        List<ProductDocument.DodVersion> dodVersions = DodVersion.<DodVersion>list("product = ?1 order by number",
                product).stream().map(v -> new ProductDocument.DodVersion(v.number,
                        TransferIds.rewriteCriterionIds(snapshot(v.snapshot), criterionRefs::get),
                        username(v.createdBy), v.createdAt)).toList();

        Map<Long, Integer> sprintRefs = new HashMap<>();
        List<Sprint> sprintRows = Sprint.list("product = ?1 order by id", product);
        for (Sprint s : sprintRows) {
            sprintRefs.put(s.id, sprintRefs.size() + 1);
        }
        List<ProductDocument.Item> items = new ArrayList<>();
        Map<Long, Integer> itemNumbers = new HashMap<>();
        for (BacklogItem i : BacklogItem.<BacklogItem>list("product = ?1 order by number", product)) {
            itemNumbers.put(i.id, i.number);
            items.add(new ProductDocument.Item(i.number, name(i.kind), i.title, i.description, i.estimate,
                    i.valueStatement, List.copyOf(i.labels), name(i.status), i.rank, sprintRefs.get(i.sprintId),
                    username(i.createdBy), i.createdAt, username(i.updatedBy), i.updatedAt, i.blockedReason,
                    username(i.blockedBy), i.blockedAt, i.archivedAt));
        }
        List<ProductDocument.Sprint> sprints = new ArrayList<>();
        for (Sprint s : sprintRows) {
            List<ProductDocument.Commitment> commitments = Commitment.<Commitment>list("sprint = ?1 order by id", s)
                    .stream().map(c -> new ProductDocument.Commitment(c.item.number, username(c.committedBy),
                            c.committedAt, c.removedAt, c.dodVersion, c.overrideReason, username(c.overrideBy),
                            c.outcome)).toList();
            sprints.add(new ProductDocument.Sprint(sprintRefs.get(s.id), s.name, s.goal, s.start, s.end, s.capacity,
                    s.reservedShareOverride, s.shareOverrideReason, name(s.state), s.startedAt, s.closedAt,
                    s.completedEstimate, s.createdAt, commitments));
        }

        Map<Long, Integer> taskRefs = new LinkedHashMap<>();
        List<ProductDocument.Task> tasks = new ArrayList<>();
        for (Task t : Task.<Task>list("item.product = ?1 order by id", product)) {
            int ref = tasks.size() + 1;
            taskRefs.put(t.id, ref);
            tasks.add(new ProductDocument.Task(ref, t.item.number, t.title, t.description, t.column, t.rank,
                    username(t.assignee), t.estimate, t.remaining, t.criterion == null ? null
                            : criterionRefs.get(t.criterion.id), name(t.category), t.waived, t.waiveReason,
                    username(t.waivedBy), t.waivedAt, t.createdAt, t.inColumnSince, t.blockedReason,
                    username(t.blockedBy), t.blockedAt, username(t.updatedBy), t.updatedAt));
        }
        List<ProductDocument.HistoryRecord> history = new ArrayList<>();
        for (HistoryEvent e : HistoryEvent.<HistoryEvent>list("productId = ?1 order by id", product.id)) {
            // A task removed since keeps its entries: it gets the next ref, in the order the record first names it.
            Integer task = e.taskId == null ? null : taskRefs.computeIfAbsent(e.taskId, id -> taskRefs.size() + 1);
            history.add(new ProductDocument.HistoryRecord(e.happenedAt, name(e.kind), sprintRefs.get(e.sprintId),
                    TransferIds.itemNumber(e.itemKey, keyPrefix), task, name(e.itemKind), e.amount,
                    e.reservedShare, e.done, e.dodTask, e.reason, e.actor, e.fromColumn, e.toColumn, e.title));
        }
        List<ProductDocument.Display> displays = DisplayToken.<DisplayToken>list("product = ?1 order by id", product)
                .stream().map(d -> new ProductDocument.Display(d.name, d.rotateSeconds, username(d.createdBy),
                        d.createdAt)).toList();
        // A webhook goes out by its address and events only: its secret signs deliveries and is shown once, ever.
        List<ProductDocument.Webhook> hooks = webhooks.list(product.key).stream()
                .map(w -> new ProductDocument.Webhook(w.url, List.copyOf(w.events()))).toList();

        ProductDocument.Body body = new ProductDocument.Body(product.key, product.name, name(product.unit),
                product.standupTime, product.agingDays, nextItemNumber(product), product.createdAt, members,
                new ProductDocument.Policy(policy.reservedShare, name(policy.mode)), columns, criteria, dodVersions,
                items, sprints, tasks, history, displays, hooks);
        return new ProductDocument(ProductDocument.FORMAT, ProductDocument.VERSION, Instant.now(), body);
    }

    /** The product's next number as stored (the entity's copy may be stale: only an update query moves it). */
    private static int nextItemNumber(Product product) {
        Number next = (Number) Product.getEntityManager()
                .createNativeQuery("select next_item_number from product where id = :id")
                .setParameter("id", product.id).getSingleResult();
        return next.intValue();
    }

    private JsonNode snapshot(String stored) {
        try {
            return stored == null ? null : json.readTree(stored);
        } catch (JsonProcessingException e) {
            // A snapshot the DoD wrote always reads; keep an unreadable one verbatim rather than lose it.
            ObjectNode raw = json.createObjectNode();
            raw.put("unreadable", stored);
            return raw;
        }
    }

    private static String username(User user) {
        return user == null ? null : user.username;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
