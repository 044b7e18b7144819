package org.onebacklog.transfer;

import static org.onebacklog.transfer.DocumentCheck.list;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onebacklog.account.ApiTokens;
import org.onebacklog.account.User;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.backlog.ItemKind;
import org.onebacklog.backlog.ItemStatus;
import org.onebacklog.board.BoardColumn;
import org.onebacklog.board.Task;
import org.onebacklog.capacity.CapacityPolicy;
import org.onebacklog.capacity.PolicyMode;
import org.onebacklog.dod.Criterion;
import org.onebacklog.dod.DodVersion;
import org.onebacklog.dod.TaskCategory;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.history.Happening;
import org.onebacklog.history.HistoryEvent;
import org.onebacklog.product.Access;
import org.onebacklog.product.Membership;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductService;
import org.onebacklog.product.ProductView;
import org.onebacklog.product.Role;
import org.onebacklog.sprint.Commitment;
import org.onebacklog.sprint.Sprint;
import org.onebacklog.sprint.SprintState;
import org.onebacklog.tv.DisplayToken;
import org.onebacklog.tv.TvPage;

/**
 * Recreates a whole product from a {@link ProductDocument}, in one transaction, under the document's key or another.
 *
 * <p>Rows are written directly, not through the feature services, and no domain event is fired for them: the
 * document already carries the product's history, and every observer would do harm here. The history recorder would
 * append a second, present-day record beside the imported one (doubling every figure of the review), DoD task
 * generation would give committed items their DoD tasks again, the webhook outbox would announce years of past
 * changes. Product creation itself goes through {@link ProductService#create}, which fires no event either: the
 * importer becomes the Product Owner as anyone creating a product does. Nothing is on a board yet, so nothing is
 * pushed live.
 */
@ApplicationScoped
public class ProductImport {

    /** A display recreated with a fresh token: shown once, here, like any display's token. */
    @Schema(name = "ImportedDisplay")
    public record NewDisplay(String name, String token, String url) {
    }

    /**
     * What the import made: the product; the people the document names who have no account on this instance (their
     * memberships are left out; what they created is credited to the importer, their names stay in the history);
     * the displays with their new tokens; the webhooks to add again (each needs a new secret, which the receiver
     * must be given, so they are not recreated silently).
     */
    public record Imported(Product product, List<String> missingMembers, List<NewDisplay> displays,
            List<ProductDocument.Webhook> webhooksToAddAgain) {
    }

    /**
     * What an import would create, for the page's preview: counts, the people left out, and whether the key is free.
     */
    public record Preview(String key, String name, boolean keyTaken, long items, long archivedItems, int sprints,
            int tasks, int historyRecords, int criteria, List<ProductDocument.Member> members,
            List<String> missingMembers, List<String> displays, int webhooks) {
    }

    @Inject
    ProductService products;

    @Inject
    Access access;

    @Transactional
    public Imported restore(ProductDocument document, String newKey) {
        ProductDocument.Body body = document.product();
        String key = newKey == null || newKey.isBlank() ? body.key() : newKey.strip();
        if (key == null || key.isBlank()) {
            throw new InvalidInput("/product/key", "The document names no key: give one with ?key=NEWKEY");
        }
        Optional<Product> existing = Product.byKey(key.strip());
        if (existing.isPresent()) {
            throw new Conflict(key + " is already the key of a product: import under another key (?key=NEWKEY)",
                    ProductView.of(existing.get()));
        }
        User importer = access.currentUser();
        Product product = products.create(key, body.name(), body.unit());
        new Writer(product, importer).write(body);
        return new Imported(product, List.copyOf(missing(body)), displays(product, body, importer),
                list(body.webhooks()));
    }

    /** What {@link #restore} would make of the document; nothing is written. */
    public Preview preview(ProductDocument document, String newKey) {
        access.currentUser();
        ProductDocument.Body body = document.product();
        String key = newKey == null || newKey.isBlank() ? body.key() : newKey.strip();
        boolean taken = key != null && Product.byKey(key).isPresent();
        List<ProductDocument.Item> items = list(body.items());
        return new Preview(key, body.name(), taken, items.stream().filter(i -> i.archivedAt() == null).count(),
                items.stream().filter(i -> i.archivedAt() != null).count(), list(body.sprints()).size(),
                list(body.tasks()).size(), list(body.history()).size(),
                (int) list(body.criteria()).stream().filter(c -> !c.removed()).count(), list(body.members()),
                List.copyOf(missing(body)), list(body.displays()).stream().map(ProductDocument.Display::name).toList(),
                list(body.webhooks()).size());
    }

    /** The members the document names who have no account here. */
    private static Set<String> missing(ProductDocument.Body body) {
        Set<String> missing = new LinkedHashSet<>();
        for (ProductDocument.Member member : list(body.members())) {
            if (User.byUsername(member.username()).isEmpty()) {
                missing.add(member.username());
            }
        }
        return missing;
    }

    private static List<NewDisplay> displays(Product product, ProductDocument.Body body, User importer) {
        List<NewDisplay> created = new ArrayList<>();
        for (ProductDocument.Display d : list(body.displays())) {
            // The old token was never exported: the display comes back with a new one, to be entered on the TV.
            String secret = ApiTokens.newToken(DisplayToken.PREFIX);
            DisplayToken display = new DisplayToken();
            display.product = product;
            display.name = d.name();
            display.tokenHash = ApiTokens.hash(secret);
            display.prefix = secret.substring(0, 10);
            display.rotateSeconds = d.rotateSeconds();
            display.createdBy = User.byUsername(d.createdBy()).orElse(importer);
            if (d.createdAt() != null) {
                display.createdAt = d.createdAt();
            }
            display.persist();
            created.add(new NewDisplay(display.name, secret, TvPage.url(product.key, secret)));
        }
        return created;
    }

    /** Writes the rows of one import, keeping the document's refs to the new ids. */
    private static final class Writer {

        private final Product product;
        private final User importer;
        private final Map<String, Optional<User>> users = new HashMap<>();
        private final Map<Integer, Criterion> criteria = new HashMap<>();
        private final Map<Integer, Sprint> sprints = new HashMap<>();
        private final Map<Integer, BacklogItem> items = new HashMap<>();
        private final Map<Integer, Task> tasks = new HashMap<>();

        Writer(Product product, User importer) {
            this.product = product;
            this.importer = importer;
        }

        void write(ProductDocument.Body body) {
            if (body.standupTime() != null) {
                product.standupTime = body.standupTime();
            }
            if (body.agingDays() != null) {
                product.agingDays = body.agingDays();
            }
            if (body.createdAt() != null) {
                product.createdAt = body.createdAt();
            }
            members(body);
            policy(body.capacityPolicy());
            columns(list(body.columns()));
            dod(body);
            sprints(list(body.sprints()));
            items(list(body.items()));
            commitments(list(body.sprints()));
            tasks(list(body.tasks()));
            history(list(body.history()));
            nextItemNumber(body);
        }

        private void members(ProductDocument.Body body) {
            for (ProductDocument.Member m : list(body.members())) {
                Optional<User> user = user(m.username());
                // The importer is already the Product Owner, as whoever creates a product is.
                if (user.isEmpty() || user.get().id.equals(importer.id)) {
                    continue;
                }
                Membership membership = new Membership();
                membership.product = product;
                membership.user = user.get();
                membership.role = Role.valueOf(m.role());
                membership.persist();
            }
        }

        private void policy(ProductDocument.Policy policy) {
            if (policy == null) {
                return;
            }
            CapacityPolicy saved = new CapacityPolicy();
            saved.productId = product.id;
            if (policy.reservedShare() != null) {
                saved.reservedShare = policy.reservedShare();
            }
            if (policy.mode() != null) {
                saved.mode = PolicyMode.valueOf(policy.mode());
            }
            saved.persist();
        }

        private void columns(List<ProductDocument.Column> columns) {
            for (int i = 0; i < columns.size(); i++) {
                ProductDocument.Column c = columns.get(i);
                BoardColumn column = new BoardColumn();
                column.product = product;
                column.key = c.key();
                column.name = c.name();
                column.position = i;
                column.wipLimit = c.wipLimit();
                column.wipHard = c.wipHard();
                column.agingDays = c.agingDays();
                column.persist();
            }
        }

        private void dod(ProductDocument.Body body) {
            for (ProductDocument.Criterion c : list(body.criteria())) {
                Criterion criterion = new Criterion();
                criterion.product = product;
                criterion.position = c.position();
                criterion.text = c.text();
                criterion.impliesTask = c.impliesTask();
                criterion.taskTitle = c.taskTitle();
                criterion.category = c.category() == null ? null : TaskCategory.valueOf(c.category());
                criterion.estimate = c.estimate();
                criterion.estimateShare = c.estimateShare();
                criterion.removed = c.removed();
                criterion.persist();
                criteria.put(c.ref(), criterion);
            }
            // New ids are known only once the criteria are written.
            Criterion.flush();
            for (ProductDocument.DodVersion v : list(body.dodVersions())) {
                DodVersion version = new DodVersion();
                version.product = product;
                version.number = v.number();
                var snapshot = TransferIds.rewriteCriterionIds(v.criteria(), ref -> {
                    Criterion c = criteria.get(ref.intValue());
                    return c == null ? null : c.id;
                });
                version.snapshot = snapshot == null ? JsonNodeFactory.instance.arrayNode().toString()
                        : snapshot.toString();
                version.createdBy = user(v.createdBy()).orElse(null);
                if (v.createdAt() != null) {
                    version.createdAt = v.createdAt();
                }
                version.persist();
            }
        }

        private void sprints(List<ProductDocument.Sprint> documented) {
            for (ProductDocument.Sprint s : documented) {
                Sprint sprint = new Sprint();
                sprint.product = product;
                sprint.name = s.name();
                sprint.goal = s.goal();
                sprint.start = s.start();
                sprint.end = s.end();
                sprint.capacity = s.capacity();
                sprint.reservedShareOverride = s.reservedShareOverride();
                sprint.shareOverrideReason = s.shareOverrideReason();
                sprint.state = SprintState.valueOf(s.state());
                sprint.startedAt = s.startedAt();
                sprint.closedAt = s.closedAt();
                sprint.completedEstimate = s.completedEstimate();
                if (s.createdAt() != null) {
                    sprint.createdAt = s.createdAt();
                }
                sprint.persist();
                sprints.put(s.ref(), sprint);
            }
        }

        private void items(List<ProductDocument.Item> documented) {
            for (ProductDocument.Item i : documented) {
                BacklogItem item = new BacklogItem();
                item.product = product;
                item.number = i.number();
                item.key = itemKey(i.number());
                item.kind = ItemKind.valueOf(i.kind());
                item.title = i.title();
                item.description = i.description();
                item.estimate = i.estimate();
                item.valueStatement = i.valueStatement();
                item.labels = new TreeSet<>(list(i.labels()));
                if (i.status() != null) {
                    item.status = ItemStatus.valueOf(i.status());
                }
                item.rank = i.rank();
                item.sprintId = i.sprint() == null ? null : sprints.get(i.sprint()).id;
                item.createdBy = user(i.createdBy()).orElse(importer);
                if (i.createdAt() != null) {
                    item.createdAt = i.createdAt();
                }
                item.updatedBy = user(i.updatedBy()).orElse(null);
                if (i.updatedAt() != null) {
                    item.updatedAt = i.updatedAt();
                }
                item.blockedReason = i.blockedReason();
                item.blockedBy = user(i.blockedBy()).orElse(null);
                item.blockedAt = i.blockedAt();
                item.archivedAt = i.archivedAt();
                item.persist();
                items.put(i.number(), item);
            }
        }

        private void commitments(List<ProductDocument.Sprint> documented) {
            for (ProductDocument.Sprint s : documented) {
                for (ProductDocument.Commitment c : list(s.commitments())) {
                    Commitment commitment = new Commitment();
                    commitment.sprint = sprints.get(s.ref());
                    commitment.item = items.get(c.item());
                    commitment.committedBy = user(c.committedBy()).orElse(importer);
                    if (c.committedAt() != null) {
                        commitment.committedAt = c.committedAt();
                    }
                    commitment.removedAt = c.removedAt();
                    commitment.dodVersion = c.dodVersion();
                    commitment.overrideReason = c.overrideReason();
                    commitment.overrideBy = user(c.overrideBy()).orElse(null);
                    commitment.outcome = c.outcome();
                    commitment.persist();
                }
            }
        }

        private void tasks(List<ProductDocument.Task> documented) {
            for (ProductDocument.Task t : documented) {
                Task task = new Task();
                task.item = items.get(t.item());
                task.title = t.title();
                task.description = t.description();
                task.column = t.column();
                task.rank = t.rank();
                task.assignee = user(t.assignee()).orElse(null);
                task.estimate = t.estimate();
                task.remaining = t.remaining();
                task.criterion = t.criterion() == null ? null : criteria.get(t.criterion());
                task.category = t.category() == null ? null : TaskCategory.valueOf(t.category());
                task.waived = t.waived();
                task.waiveReason = t.waiveReason();
                task.waivedBy = user(t.waivedBy()).orElse(null);
                task.waivedAt = t.waivedAt();
                if (t.createdAt() != null) {
                    task.createdAt = t.createdAt();
                }
                if (t.inColumnSince() != null) {
                    task.inColumnSince = t.inColumnSince();
                }
                task.blockedReason = t.blockedReason();
                task.blockedBy = user(t.blockedBy()).orElse(null);
                task.blockedAt = t.blockedAt();
                task.updatedBy = user(t.updatedBy()).orElse(null);
                if (t.updatedAt() != null) {
                    task.updatedAt = t.updatedAt();
                }
                task.persist();
                tasks.put(t.ref(), task);
            }
            // History rows name tasks by id.
            Task.flush();
        }

        private void history(List<ProductDocument.HistoryRecord> documented) {
            for (ProductDocument.HistoryRecord h : documented) {
                HistoryEvent event = new HistoryEvent();
                event.productId = product.id;
                event.sprintId = h.sprint() == null ? null : sprints.get(h.sprint()).id;
                BacklogItem item = h.item() == null ? null : items.get(h.item());
                event.itemId = item == null ? null : item.id;
                event.itemKey = h.item() == null ? null : itemKey(h.item());
                event.taskId = taskId(h.task());
                event.happenedAt = h.happenedAt();
                event.kind = Happening.Kind.valueOf(h.kind());
                event.itemKind = h.itemKind() == null ? null : ItemKind.valueOf(h.itemKind());
                event.amount = h.amount();
                event.reservedShare = h.reservedShare();
                event.done = h.done();
                event.dodTask = h.dodTask();
                event.reason = h.reason();
                // The actor stays a name as recorded, whether or not that person has an account here.
                event.actor = h.actor();
                event.fromColumn = h.fromColumn();
                event.toColumn = h.toColumn();
                event.title = h.title();
                event.persist();
            }
        }

        /**
         * The new id of a task, or for a task removed before the export (named only by the record) a negative id
         * made from its ref: no task row can have it, and the record's entries about that task stay together.
         */
        private Long taskId(Integer ref) {
            if (ref == null) {
                return null;
            }
            Task task = tasks.get(ref);
            return task == null ? -ref.longValue() : task.id;
        }

        /** The number after the highest item's, or the document's own if that is later (numbers are never reused). */
        private void nextItemNumber(ProductDocument.Body body) {
            int next = items.keySet().stream().mapToInt(n -> n + 1).max().orElse(1);
            if (body.nextItemNumber() != null) {
                next = Math.max(next, body.nextItemNumber());
            }
            Product.getEntityManager().createNativeQuery("update product set next_item_number = :next where id = :id")
                    .setParameter("next", next).setParameter("id", product.id).executeUpdate();
        }

        private String itemKey(int number) {
            return product.key + "-" + number;
        }

        private Optional<User> user(String username) {
            if (username == null) {
                return Optional.empty();
            }
            return users.computeIfAbsent(username, User::byUsername);
        }
    }
}
