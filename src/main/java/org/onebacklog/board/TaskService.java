package org.onebacklog.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.onebacklog.account.User;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.backlog.Ranking;
import org.onebacklog.events.ScrumEvent;
import org.onebacklog.events.TaskAdded;
import org.onebacklog.events.TaskChanged;
import org.onebacklog.events.TaskRemoved;
import org.onebacklog.events.TaskWaived;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.Drafts;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.failure.NotFound;
import org.onebacklog.product.Access;
import org.onebacklog.product.Member;
import org.onebacklog.product.Membership;
import org.onebacklog.product.Product;
import org.onebacklog.store.RowLock;

/** Tasks of backlog items: plain ones people add, and the ones the Definition of Done implies. */
@ApplicationScoped
public class TaskService {

    @Inject
    Access access;

    /** What happened, for the record, the live views and whoever else observes. */
    @Inject
    Event<ScrumEvent> events;

    @Transactional
    public Task add(String itemKey, String title, BigDecimal estimate, String assignee) {
        BacklogItem item = item(itemKey);
        Member member = access.contributor(item.product);
        Checks checks = new Checks();
        // The remaining work starts as the estimate, so only the estimate is checked.
        TaskDraft draft = new TaskDraft(title, estimate, null, assignee, null);
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
        events.fire(new TaskAdded(item.product.stamp(member.user()), task.ref(), task.column, task.estimate));
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
        BigDecimal estimateBefore = task.estimate;
        task.title = draft.title();
        task.estimate = draft.estimate();
        task.remaining = draft.remaining();
        task.description = draft.description();
        task.assignee = assignee;
        task.touch(member.user());
        Task.flush();
        events.fire(new TaskChanged(task.item.product.stamp(member.user()), task.ref(), estimateBefore, task.estimate,
                task.remaining, assignee == null ? null : assignee.username));
        return task;
    }

    /** The bottom rank of {@code column} on the board where a new card of {@code item} goes. */
    static String lastRank(BacklogItem item, String column) {
        boolean inSprint = item.sprintId != null;
        return Task.getEntityManager().createQuery("select max(t.rank) from Task t where t.column = :column and "
                        + (inSprint ? Task.onBoardOf("t", ":scope") : "t.item = :scope"), String.class)
                .setParameter("column", column).setParameter("scope", inSprint ? item.sprintId : item)
                .getSingleResult();
    }

    /** Locks the card's row and reads it afresh, so the version check sees the last committed change. */
    static void lockFresh(Task task) {
        RowLock.lockAndRefresh(Task.getEntityManager(), task, "task", task.id);
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
        Task.flush();
        events.fire(new TaskWaived(task.item.product.stamp(member.user()), task.ref(), text));
        return task;
    }

    /**
     * Deletes a plain task. A task the Definition of Done implies is not deleted: the Product Owner waives it, with
     * a reason the review shows. The record keeps that the task existed and was removed.
     */
    @Transactional
    public void remove(long id) {
        Task task = find(id);
        Member member = access.contributor(task.item.product);
        lockFresh(task);
        if (task.isDodImplied()) {
            throw new Conflict("\"" + task.title + "\" is implied by the Definition of Done and cannot be deleted;"
                    + " the Product Owner can waive it with a reason instead", TaskView.of(task));
        }
        events.fire(new TaskRemoved(task.item.product.stamp(member.user()), task.ref()));
        task.delete();
    }

    static Task find(long id) {
        return Task.<Task>findByIdOptional(id).orElseThrow(() -> new NotFound("There is no task " + id));
    }

    private static BacklogItem item(String key) {
        return BacklogItem.byKey(key).orElseThrow(() -> new NotFound("There is no item " + key));
    }

    static void requireVersion(Task task, long version) {
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
