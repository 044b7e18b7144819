package org.onebacklog.board;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import org.onebacklog.backlog.Ranking;
import org.onebacklog.events.ScrumEvent;
import org.onebacklog.events.TaskAdded;
import org.onebacklog.events.TaskChanged;
import org.onebacklog.events.TaskRemoved;
import org.onebacklog.events.TaskWaived;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.failure.NotFound;
import org.onebacklog.product.Product;
import org.onebacklog.store.RowLock;

/** Tasks of backlog items: plain ones people add, and the ones the Definition of Done implies. */
@ApplicationScoped
public class TaskService {

    static final BigDecimal ESTIMATE_MAX = new BigDecimal("9999");

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
        String cleanTitle = title(title, checks);
        checkEstimate(estimate, "estimate", checks);
        User user = assignee(item.product, assignee, checks);
        checks.throwIfAny();
        Task task = new Task();
        task.item = item;
        task.column = Columns.firstKey(item.product);
        task.title = cleanTitle;
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

    /** Changes the fields present in the JSON; {@code version} must be the version the change was made against. */
    @Transactional
    public Task update(long id, JsonNode body) {
        Task task = find(id);
        Member member = access.contributor(task.item.product);
        Checks checks = new Checks();
        if (body == null || !body.isObject()) {
            throw new InvalidInput("body", "Send a JSON object with the fields to change and the version you read");
        }
        long version = version(body, checks);
        String title = task.title;
        if (body.has("title")) {
            title = title(body.get("title").isTextual() ? body.get("title").asText() : null, checks);
        }
        BigDecimal estimate = body.has("estimate") ? number(body.get("estimate"), "estimate", checks) : task.estimate;
        BigDecimal remaining = body.has("remaining")
                ? number(body.get("remaining"), "remaining", checks) : task.remaining;
        User assignee = task.assignee;
        if (body.has("assignee")) {
            JsonNode node = body.get("assignee");
            assignee = node.isNull() ? null : assignee(task.item.product, node.asText(), checks);
        }
        for (var names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!List.of("title", "estimate", "remaining", "assignee", "version").contains(name)) {
                checks.add(name, name.equals("column") ? "Move a task with POST /tasks/{id}/move" : "Unknown field");
            }
        }
        checks.throwIfAny();
        lockFresh(task);
        requireVersion(task, version);
        BigDecimal estimateBefore = task.estimate;
        task.title = title;
        task.estimate = estimate;
        task.remaining = remaining;
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
                        + (inSprint ? "t.item.sprintId = :scope" : "t.item = :scope"), String.class)
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

    private static String title(String title, Checks checks) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty()) {
            checks.add("title", "Give the task a title");
        } else if (clean.length() > 200 || clean.chars().anyMatch(Character::isISOControl)) {
            checks.add("title", "Keep the title to one line of 200 characters");
        }
        return clean;
    }

    private static void checkEstimate(BigDecimal value, String field, Checks checks) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            checks.add(field, "Cannot be negative");
        } else if (value.compareTo(ESTIMATE_MAX) > 0) {
            checks.add(field, "Cannot be above " + ESTIMATE_MAX);
        } else if (value.stripTrailingZeros().scale() > 2) {
            checks.add(field, "Use at most two decimals");
        }
    }

    private static BigDecimal number(JsonNode node, String field, Checks checks) {
        if (node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            checks.add(field, "Expected a number");
            return null;
        }
        checkEstimate(node.decimalValue(), field, checks);
        return node.decimalValue();
    }

    private static long version(JsonNode body, Checks checks) {
        JsonNode node = body.get("version");
        if (node == null || !node.isIntegralNumber()) {
            checks.add("version", "Send the version you read, so that no one else's change is overwritten");
            return -1;
        }
        return node.asLong();
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
