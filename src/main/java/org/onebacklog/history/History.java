package org.onebacklog.history;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.backlog.ItemStatus;
import org.onebacklog.board.Task;
import org.onebacklog.sprint.Sprint;

/**
 * Writes the record. Services call it inside the transaction of the change, so an entry exists exactly when the
 * change does. Reading gives a sprint's entries together with every entry about the items committed to it (their
 * tasks may predate the sprint, when an item was carried over).
 */
@ApplicationScoped
public class History {

    public void sprintStarted(Sprint sprint, BigDecimal reservedShare) {
        HistoryEvent event = event(sprint.product.id, sprint.id, null, Happening.Kind.SPRINT_STARTED);
        event.amount = sprint.capacity;
        event.reservedShare = reservedShare;
        event.persist();
    }

    public void sprintClosed(Sprint sprint) {
        event(sprint.product.id, sprint.id, null, Happening.Kind.SPRINT_CLOSED).persist();
    }

    public void committed(Sprint sprint, BacklogItem item, String overrideReason, String overrideBy) {
        HistoryEvent event = event(sprint.product.id, sprint.id, item, Happening.Kind.COMMITTED);
        event.itemKind = item.kind;
        event.amount = item.estimate;
        event.persist();
        if (overrideReason != null) {
            HistoryEvent override = event(sprint.product.id, sprint.id, item, Happening.Kind.OVERRIDDEN);
            override.reason = overrideReason;
            override.actor = overrideBy;
            override.persist();
        }
    }

    public void removed(Sprint sprint, BacklogItem item) {
        event(sprint.product.id, sprint.id, item, Happening.Kind.REMOVED).persist();
    }

    public void carriedOver(Sprint sprint, BacklogItem item) {
        event(sprint.product.id, sprint.id, item, Happening.Kind.CARRIED_OVER).persist();
    }

    /** The item's estimate or kind changed (the entry carries both, as they are now). */
    public void itemChanged(BacklogItem item) {
        HistoryEvent event = event(item.product.id, item.sprintId, item, Happening.Kind.ITEM_CHANGED);
        event.itemKind = item.kind;
        event.amount = item.estimate;
        event.persist();
    }

    public void itemStatus(BacklogItem item) {
        HistoryEvent event = event(item.product.id, item.sprintId, item, Happening.Kind.ITEM_STATUS);
        event.done = item.status == ItemStatus.DONE;
        event.persist();
    }

    public void taskAdded(Task task) {
        HistoryEvent event = taskEvent(task, Happening.Kind.TASK_ADDED);
        event.amount = task.estimate;
        event.done = false;
        event.persist();
    }

    public void taskChanged(Task task) {
        HistoryEvent event = taskEvent(task, Happening.Kind.TASK_CHANGED);
        event.amount = task.estimate;
        event.persist();
    }

    public void taskMoved(Task task, boolean done) {
        HistoryEvent event = taskEvent(task, Happening.Kind.TASK_MOVED);
        event.done = done;
        event.persist();
    }

    public void taskWaived(Task task) {
        HistoryEvent event = taskEvent(task, Happening.Kind.TASK_WAIVED);
        event.reason = task.waiveReason;
        event.actor = task.waivedBy == null ? null : task.waivedBy.username;
        event.persist();
    }

    /** The sprint's own entries and all entries about the items ever committed to it, oldest first. */
    public List<Happening> ofSprint(long sprintId) {
        return HistoryEvent.<HistoryEvent>find("sprintId = ?1 or itemId in (select e.itemId from HistoryEvent e"
                + " where e.sprintId = ?1 and e.kind = ?2) order by happenedAt, id", sprintId,
                Happening.Kind.COMMITTED).stream().map(HistoryEvent::toHappening).toList();
    }

    /** When each of these tasks last changed column: how long it has waited where it is. */
    public java.util.Map<Long, Instant> lastMoves(java.util.Collection<Long> taskIds) {
        java.util.Map<Long, Instant> moves = new java.util.HashMap<>();
        if (taskIds.isEmpty()) {
            return moves;
        }
        HistoryEvent.getEntityManager().createQuery("select e.taskId, max(e.happenedAt) from HistoryEvent e"
                        + " where e.kind = :kind and e.taskId in :ids group by e.taskId", Object[].class)
                .setParameter("kind", Happening.Kind.TASK_MOVED).setParameter("ids", taskIds)
                .getResultStream().forEach(row -> moves.put((Long) row[0], (Instant) row[1]));
        return moves;
    }

    private static HistoryEvent taskEvent(Task task, Happening.Kind kind) {
        HistoryEvent event = event(task.item.product.id, task.item.sprintId, task.item, kind);
        event.taskId = task.id;
        event.dodTask = task.isDodImplied();
        return event;
    }

    private static HistoryEvent event(Long productId, Long sprintId, BacklogItem item, Happening.Kind kind) {
        HistoryEvent event = new HistoryEvent();
        event.productId = productId;
        event.sprintId = sprintId;
        event.happenedAt = Instant.now();
        event.kind = kind;
        if (item != null) {
            event.itemId = item.id;
            event.itemKey = item.key;
        }
        return event;
    }
}
