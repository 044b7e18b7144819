package org.onebacklog.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.onebacklog.account.Access;
import org.onebacklog.account.Member;
import org.onebacklog.account.Membership;
import org.onebacklog.account.User;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.backlog.ItemFinishing;
import org.onebacklog.backlog.Ranking;
import org.onebacklog.dod.Criterion;
import org.onebacklog.dod.ImpliedTasks;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.Drafts;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.failure.NotFound;
import org.onebacklog.history.History;
import org.onebacklog.product.Product;

/** Tasks of backlog items: plain ones people add, and the ones the Definition of Done implies. */
@ApplicationScoped
public class TaskService {

    @Inject
    Access access;

    @Inject
    History history;

    /** Announces committed changes to the live views (delivered after commit only). */
    @Inject
    jakarta.enterprise.event.Event<org.onebacklog.live.Change> changes;

    @Transactional
    public Task add(String itemKey, String title, BigDecimal estimate, String assignee) {
        BacklogItem item = item(itemKey);
        Member member = access.contributor(item.product);
        Checks checks = new Checks();
        // The remaining work starts as the estimate, so only the estimate is checked.
        TaskDraft draft = new TaskDraft(title, estimate, null, assignee);
        Drafts.check(draft, checks);
        User user = assignee(item.product, assignee, checks);
        checks.throwIfAny();
        Task task = new Task();
        task.item = item;
        task.column = Columns.firstKey(item.product);
        task.title = draft.title();
        task.estimate = estimate;
        task.remaining = estimate;
        task.assignee = user;
        // Under the board's lock, so two cards added at once do not pick the same place at the bottom.
        Product.byKeyForUpdate(item.product.key);
        task.rank = Ranking.between(lastRank(item, task.column), null);
        task.touch(member.user());
        task.persist();
        history.taskAdded(task);
        changed(item.product, task);
        return task;
    }

    public Task get(long id) {
        Task task = find(id);
        access.member(task.item.product);
        return task;
    }

    public List<Task> ofItem(String itemKey) {
        BacklogItem item = item(itemKey);
        access.member(item.product);
        return ofItem(item);
    }

    public List<Task> ofItem(BacklogItem item) {
        // DoD tasks first, in the DoD's order (tasks of removed criteria after them), then plain tasks.
        return Task.find("select t from Task t left join t.criterion c where t.item = ?1 order by"
                + " case when c.id is null then 1 else 0 end, c.removed, c.position, t.createdAt, t.id", item).list();
    }

    /** Changes the task to {@code draft}, if nobody changed it since {@code version}. */
    @Transactional
    public Task update(long id, long version, TaskDraft draft) {
        Task task = find(id);
        Member member = access.contributor(task.item.product);
        Checks checks = new Checks();
        Drafts.check(draft, checks);
        // Only a new assignee must be on the team: one who left it stays on the card until someone changes it.
        boolean sameAssignee = java.util.Objects.equals(draft.assignee(),
                task.assignee == null ? null : task.assignee.username);
        User assignee = sameAssignee ? task.assignee : assignee(task.item.product, draft.assignee(), checks);
        checks.throwIfAny();
        lockFresh(task);
        requireVersion(task, version);
        boolean reestimated = !same(task.estimate, draft.estimate());
        task.title = draft.title();
        task.estimate = draft.estimate();
        task.remaining = draft.remaining();
        task.assignee = assignee;
        task.touch(member.user());
        if (reestimated) {
            history.taskChanged(task);
        }
        Task.flush();
        changed(task.item.product, task);
        return task;
    }

    /**
     * Where a moved card goes in its column: right after card {@code after}, right before card {@code before}, or at
     * {@code position} counted from 0 among the column's other cards; with none of them (or a named card that has
     * left the column meanwhile), at the bottom.
     */
    public record Placement(Long after, Long before, Integer position) {
        public static Placement at(Integer position) {
            return new Placement(null, null, position);
        }
    }

    public Task move(long id, String column, Long version, Integer position) {
        return move(id, column, version, Placement.at(position));
    }

    /**
     * Moves a task to a column (and a place in it), if nobody changed it since {@code version} and a hard WIP limit
     * allows it. Only this card's row is written: its rank sits between its new neighbours' ranks, so the other
     * cards keep their versions. The item's status follows its tasks.
     */
    @Transactional
    public Task move(long id, String column, Long version, Placement placement) {
        Task task = find(id);
        Product product = task.item.product;
        Member member = access.contributor(product);
        List<Columns.Lane> lanes = Columns.of(product);
        Columns.Lane target = lanes.stream().filter(l -> l.key().equals(column)).findFirst().orElse(null);
        Checks checks = new Checks();
        if (target == null) {
            checks.add("column", "Choose one of the board's columns: "
                    + String.join(", ", lanes.stream().map(Columns.Lane::key).toList()));
        }
        if (version == null) {
            checks.add("version", "Send the version you read, so that no one else's move is overwritten");
        }
        if (placement.position() != null && placement.position() < 0) {
            checks.add("position", "A place in the column counts from 0");
        }
        checks.throwIfAny();
        // Moves on one board queue up behind each other: the WIP count and the neighbours' ranks stay exact.
        Product.byKeyForUpdate(product.key);
        lockFresh(task);
        // The item's status follows its tasks: read it afresh too, another card of it may just have moved.
        Task.getEntityManager().refresh(task.item);
        requireVersion(task, version);
        if (!target.key().equals(task.column) && target.wipLimit() != null && target.hard()
                && task.item.sprintId != null) {
            long inColumn = Task.count("column = ?1 and item.sprintId = ?2 and id <> ?3", target.key(),
                    task.item.sprintId, task.id);
            if (inColumn >= target.wipLimit()) {
                throw new Conflict(target.name() + " holds at most " + target.wipLimit() + " tasks at once and is "
                        + "full; finish one there first", TaskView.of(task));
            }
        }
        String done = lanes.get(lanes.size() - 1).key();
        if (!target.key().equals(task.column)) {
            history.taskMoved(task, done.equals(target.key()));
        }
        task.rank = rankIn(task, target.key(), placement);
        task.column = target.key();
        if (done.equals(task.column)) {
            task.remaining = BigDecimal.ZERO;
        }
        task.touch(member.user());
        followTasks(task.item, lanes.get(0).key(), done, member.user());
        Task.flush();
        changed(product, task);
        return task;
    }

    /**
     * The rank that puts {@code task} at {@code placement} among the other cards of {@code column} on its board (the
     * item's sprint; an item outside sprints has its own cards only). Respaces that column when the gap is used up
     * or two cards share a rank; respacing writes ranks only, so no one's card version changes.
     */
    private String rankIn(Task task, String column, Placement placement) {
        List<Object[]> cards = column(task, column);
        int place = cards.size();
        int after = indexOf(cards, placement.after());
        int before = indexOf(cards, placement.before());
        if (after >= 0) {
            place = after + 1;
        } else if (before >= 0) {
            place = before;
        } else if (placement.position() != null) {
            place = Math.min(placement.position(), cards.size());
        }
        CardOrder order = CardOrder.at(cards.stream().map(c -> (String) c[1]).toList(), place);
        if (order.respaced() != null) {
            for (int i = 0; i < cards.size(); i++) {
                // A bulk update leaves @Version alone: the order is the board's, not a change to those cards.
                Task.update("rank = ?1 where id = ?2", order.respaced().get(i), cards.get(i)[0]);
            }
        }
        return order.rank();
    }

    /** (id, rank) of the cards in {@code column} on the board of {@code task}, except itself, top first. */
    private static List<Object[]> column(Task task, String column) {
        boolean inSprint = task.item.sprintId != null;
        return Task.getEntityManager().createQuery("select t.id, t.rank from Task t where t.column = :column and "
                        + (inSprint ? "t.item.sprintId = :scope" : "t.item = :scope")
                        + " and t.id <> :id order by t.rank, t.id", Object[].class)
                .setParameter("column", column).setParameter("scope", inSprint ? task.item.sprintId : task.item)
                .setParameter("id", task.id == null ? -1L : task.id).getResultList();
    }

    private static int indexOf(List<Object[]> cards, Long id) {
        if (id == null) {
            return -1;
        }
        for (int i = 0; i < cards.size(); i++) {
            if (id.equals(cards.get(i)[0])) {
                return i;
            }
        }
        return -1;
    }

    /** The bottom rank of {@code column} on the board where a new card of {@code item} goes. */
    private static String lastRank(BacklogItem item, String column) {
        boolean inSprint = item.sprintId != null;
        return Task.getEntityManager().createQuery("select max(t.rank) from Task t where t.column = :column and "
                        + (inSprint ? "t.item.sprintId = :scope" : "t.item = :scope"), String.class)
                .setParameter("column", column).setParameter("scope", inSprint ? item.sprintId : item)
                .getSingleResult();
    }

    /** Locks the card's row and reads it afresh, so the version check sees the last committed change. */
    private static void lockFresh(Task task) {
        org.onebacklog.store.RowLock.lockAndRefresh(Task.getEntityManager(), task, "task", task.id);
    }

    /** An item's status follows its tasks: all closed is done, all waiting is to do, anything else in progress. */
    private void followTasks(BacklogItem item, String first, String done, User by) {
        List<Task> all = Task.list("item", item);
        if (all.isEmpty()) {
            return;
        }
        org.onebacklog.backlog.ItemStatus status;
        if (all.stream().allMatch(t -> t.isClosed(done))) {
            status = org.onebacklog.backlog.ItemStatus.DONE;
        } else if (all.stream().allMatch(t -> t.waived || first.equals(t.column))) {
            status = org.onebacklog.backlog.ItemStatus.TODO;
        } else {
            status = org.onebacklog.backlog.ItemStatus.IN_PROGRESS;
        }
        if (item.status != status) {
            boolean wasDone = item.status == org.onebacklog.backlog.ItemStatus.DONE;
            item.status = status;
            item.touch(by);
            if (wasDone != (status == org.onebacklog.backlog.ItemStatus.DONE)) {
                history.itemStatus(item);
            }
        }
    }

    /** The Product Owner lets a DoD-implied task go, with a reason that the review report shows. */
    @Transactional
    public Task waive(long id, String reason) {
        Task task = find(id);
        Member member = access.productOwner(task.item.product);
        if (!task.isDodImplied()) {
            throw new InvalidInput("task", "Only tasks implied by the Definition of Done can be waived");
        }
        Checks checks = new Checks();
        String text = checks.reason(reason, "reason",
                "Say why this DoD task may be skipped; the review report shows it");
        checks.throwIfAny();
        lockFresh(task);
        if (task.waived) {
            throw new Conflict("Task " + id + " is already waived", TaskView.of(task));
        }
        task.waived = true;
        task.waiveReason = text;
        task.waivedBy = member.user();
        task.waivedAt = Instant.now();
        task.touch(member.user());
        history.taskWaived(task);
        Task.flush();
        changed(task.item.product, task);
        return task;
    }

    /**
     * Gives the item one task per task-implying criterion, exactly once: a criterion that already gave this item a
     * task (in an earlier sprint, say) gives none again. The database's unique (item, criterion) backs this up.
     */
    public List<Task> generateImplied(BacklogItem item, List<Criterion> criteria) {
        List<Long> done = Task.<Task>list("item = ?1 and criterion is not null", item).stream()
                .map(t -> t.criterion.id).toList();
        List<Task> created = new java.util.ArrayList<>();
        String last = lastRank(item, Columns.firstKey(item.product));
        for (Criterion criterion : criteria) {
            if (!criterion.impliesTask || done.contains(criterion.id)) {
                continue;
            }
            Task task = new Task();
            task.item = item;
            task.column = Columns.firstKey(item.product);
            task.criterion = criterion;
            task.title = criterion.taskTitle;
            task.category = criterion.category;
            task.estimate = ImpliedTasks.estimate(criterion.estimate, criterion.estimateShare, item.estimate);
            task.remaining = task.estimate;
            task.rank = Ranking.between(last, null);
            last = task.rank;
            task.persist();
            history.taskAdded(task);
            created.add(task);
        }
        return created;
    }

    /** The Definition of Done holds: no item is Done while one of its DoD tasks is open and not waived. */
    void refuseUnfinishedDod(@Observes ItemFinishing finishing) {
        String done = Columns.doneKey(finishing.item().product);
        List<Task> open = Task.<Task>list("item = ?1 and criterion is not null", finishing.item()).stream()
                .filter(t -> !t.isClosed(done)).toList();
        if (!open.isEmpty()) {
            String titles = String.join(", ", open.stream().map(t -> t.title).toList());
            throw new Conflict(finishing.item().key + " cannot be done while " + (open.size() == 1
                    ? "a task of the Definition of Done is open: " : open.size()
                    + " tasks of the Definition of Done are open: ") + titles
                    + ". Finish them, or the Product Owner waives them with a reason.",
                    open.stream().map(TaskView::of).toList());
        }
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The card's id travels with the change: a board gets that card, not the whole grid. */
    private void changed(Product product, Task task) {
        changes.fire(org.onebacklog.live.Change.task(product.key, task.id));
    }

    private Task find(long id) {
        return Task.<Task>findByIdOptional(id).orElseThrow(() -> new NotFound("There is no task " + id));
    }

    private static BacklogItem item(String key) {
        return BacklogItem.byKey(key).orElseThrow(() -> new NotFound("There is no item " + key));
    }

    private static void requireVersion(Task task, long version) {
        if (task.version != version) {
            String who = task.updatedBy == null ? "someone" : task.updatedBy.username;
            throw new Conflict("Task " + task.id + " was changed by " + who + " at " + task.updatedAt
                    + " (it is at version " + task.version + ", you sent " + version + "). Look at the fresh task"
                    + " in current and try again", TaskView.of(task));
        }
    }

    private static User assignee(Product product, String username, Checks checks) {
        if (username == null || username.isBlank()) {
            return null;
        }
        User user = User.byUsername(username.trim()).orElse(null);
        if (user == null || Membership.of(product, user).isEmpty()) {
            checks.add("assignee", username.trim() + " is not a member of " + product.key);
            return null;
        }
        return user;
    }
}
