package org.onebacklog.history;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.onebacklog.backlog.ItemKind;
import org.onebacklog.events.CapacityOverridden;
import org.onebacklog.events.ItemAdded;
import org.onebacklog.events.ItemArchived;
import org.onebacklog.events.ItemBlocked;
import org.onebacklog.events.ItemChanged;
import org.onebacklog.events.ItemCommitted;
import org.onebacklog.events.ItemProgressed;
import org.onebacklog.events.ItemRanked;
import org.onebacklog.events.ItemRef;
import org.onebacklog.events.ItemRestored;
import org.onebacklog.events.ItemUnblocked;
import org.onebacklog.events.ItemUncommitted;
import org.onebacklog.events.SprintClosed;
import org.onebacklog.events.SprintStarted;
import org.onebacklog.events.Stamp;
import org.onebacklog.events.TaskAdded;
import org.onebacklog.events.TaskBlocked;
import org.onebacklog.events.TaskChanged;
import org.onebacklog.events.TaskMoved;
import org.onebacklog.events.TaskRef;
import org.onebacklog.events.TaskRemoved;
import org.onebacklog.events.TaskUnassigned;
import org.onebacklog.events.TaskUnblocked;
import org.onebacklog.events.TaskWaived;

/**
 * Writes the record from the events, synchronously, inside the transaction of the change: an entry exists exactly
 * when the change does. It observes before the other observers ({@link #FIRST}), so an item's commitment is
 * recorded before the tasks its Definition of Done implies. Rows are never updated.
 */
@ApplicationScoped
public class HistoryRecorder {

    /** Before every other in-transaction observer of the same event. */
    static final int FIRST = Interceptor.Priority.PLATFORM_BEFORE;

    void sprintStarted(@Observes @Priority(FIRST) SprintStarted started) {
        HistoryEvent event = entry(started.stamp(), started.sprintId(), null, Happening.Kind.SPRINT_STARTED);
        event.amount = started.capacity();
        event.reservedShare = started.reservedShare();
        event.persist();
    }

    void sprintClosed(@Observes @Priority(FIRST) SprintClosed closed) {
        for (ItemRef item : closed.carriedOver()) {
            entry(closed.stamp(), closed.sprintId(), item, Happening.Kind.CARRIED_OVER).persist();
        }
        entry(closed.stamp(), closed.sprintId(), null, Happening.Kind.SPRINT_CLOSED).persist();
    }

    void committed(@Observes @Priority(FIRST) ItemCommitted committed) {
        HistoryEvent event = entry(committed.stamp(), committed.sprintId(), committed.item(), Happening.Kind.COMMITTED);
        event.itemKind = ItemKind.valueOf(committed.kind());
        event.amount = committed.estimate();
        event.persist();
    }

    void overridden(@Observes @Priority(FIRST) CapacityOverridden overridden) {
        HistoryEvent event = entry(overridden.stamp(), overridden.sprintId(), overridden.item(),
                Happening.Kind.OVERRIDDEN);
        event.reason = overridden.reason();
        event.persist();
    }

    void uncommitted(@Observes @Priority(FIRST) ItemUncommitted removed) {
        entry(removed.stamp(), removed.sprintId(), removed.item(), Happening.Kind.REMOVED).persist();
    }

    void itemAdded(@Observes @Priority(FIRST) ItemAdded added) {
        entry(added.stamp(), null, added.item(), Happening.Kind.ITEM_ADDED).persist();
    }

    void itemRanked(@Observes @Priority(FIRST) ItemRanked ranked) {
        entry(ranked.stamp(), ranked.item().sprintId(), ranked.item(), Happening.Kind.ITEM_RANKED).persist();
    }

    /**
     * Re-estimated or reclassified (the entry carries both, as they are now); done or reopened; any other edit
     * (title, description, labels, a status short of done) only as "edited", for the item's page.
     */
    void itemChanged(@Observes @Priority(FIRST) ItemChanged changed) {
        if (changed.resized()) {
            HistoryEvent event = entry(changed.stamp(), changed.item().sprintId(), changed.item(),
                    Happening.Kind.ITEM_CHANGED);
            event.itemKind = ItemKind.valueOf(changed.kindTo());
            event.amount = changed.estimateTo();
            event.persist();
        }
        if (changed.doneChanged()) {
            itemStatus(changed.stamp(), changed.item(), changed.statusTo());
        }
        if (!changed.resized() && !changed.doneChanged()) {
            entry(changed.stamp(), changed.item().sprintId(), changed.item(), Happening.Kind.ITEM_EDITED).persist();
        }
    }

    void itemProgressed(@Observes @Priority(FIRST) ItemProgressed progressed) {
        if (progressed.doneChanged()) {
            itemStatus(progressed.stamp(), progressed.item(), progressed.statusTo());
        }
    }

    void taskAdded(@Observes @Priority(FIRST) TaskAdded added) {
        HistoryEvent event = taskEntry(added.stamp(), added.task(), Happening.Kind.TASK_ADDED);
        event.amount = added.estimate();
        event.done = false;
        event.persist();
    }

    /** Only a new estimate is history: remaining work and assignees are the board's state, not its record. */
    void taskChanged(@Observes @Priority(FIRST) TaskChanged changed) {
        if (changed.reestimated()) {
            HistoryEvent event = taskEntry(changed.stamp(), changed.task(), Happening.Kind.TASK_CHANGED);
            event.amount = changed.estimateTo();
            event.persist();
        }
    }

    /** A move between columns; a card reordered within its column is not history. */
    void taskMoved(@Observes @Priority(FIRST) TaskMoved moved) {
        if (moved.changedColumn()) {
            HistoryEvent event = taskEntry(moved.stamp(), moved.task(), Happening.Kind.TASK_MOVED);
            event.done = moved.done();
            event.fromColumn = moved.from();
            event.toColumn = moved.to();
            event.persist();
        }
    }

    void taskWaived(@Observes @Priority(FIRST) TaskWaived waived) {
        HistoryEvent event = taskEntry(waived.stamp(), waived.task(), Happening.Kind.TASK_WAIVED);
        event.reason = waived.reason();
        event.persist();
    }

    void taskRemoved(@Observes @Priority(FIRST) TaskRemoved removed) {
        taskEntry(removed.stamp(), removed.task(), Happening.Kind.TASK_REMOVED).persist();
    }

    /** The assignee left the team: the reason names them, so the record keeps who held the task. */
    void taskUnassigned(@Observes @Priority(FIRST) TaskUnassigned unassigned) {
        HistoryEvent event = taskEntry(unassigned.stamp(), unassigned.task(), Happening.Kind.TASK_UNASSIGNED);
        event.reason = unassigned.formerAssignee() + " left the team";
        event.persist();
    }

    void taskBlocked(@Observes @Priority(FIRST) TaskBlocked blocked) {
        HistoryEvent event = taskEntry(blocked.stamp(), blocked.task(), Happening.Kind.TASK_BLOCKED);
        event.reason = blocked.reason();
        event.persist();
    }

    void taskUnblocked(@Observes @Priority(FIRST) TaskUnblocked unblocked) {
        HistoryEvent event = taskEntry(unblocked.stamp(), unblocked.task(), Happening.Kind.TASK_UNBLOCKED);
        event.reason = unblocked.reason();
        event.persist();
    }

    void itemBlocked(@Observes @Priority(FIRST) ItemBlocked blocked) {
        HistoryEvent event = entry(blocked.stamp(), blocked.item().sprintId(), blocked.item(),
                Happening.Kind.ITEM_BLOCKED);
        event.reason = blocked.reason();
        event.persist();
    }

    void itemUnblocked(@Observes @Priority(FIRST) ItemUnblocked unblocked) {
        HistoryEvent event = entry(unblocked.stamp(), unblocked.item().sprintId(), unblocked.item(),
                Happening.Kind.ITEM_UNBLOCKED);
        event.reason = unblocked.reason();
        event.persist();
    }

    void itemArchived(@Observes @Priority(FIRST) ItemArchived archived) {
        entry(archived.stamp(), null, archived.item(), Happening.Kind.ITEM_ARCHIVED).persist();
    }

    void itemRestored(@Observes @Priority(FIRST) ItemRestored restored) {
        entry(restored.stamp(), null, restored.item(), Happening.Kind.ITEM_RESTORED).persist();
    }

    private static void itemStatus(Stamp stamp, ItemRef item, String status) {
        HistoryEvent event = entry(stamp, item.sprintId(), item, Happening.Kind.ITEM_STATUS);
        event.done = "DONE".equals(status);
        event.persist();
    }

    private static HistoryEvent taskEntry(Stamp stamp, TaskRef task, Happening.Kind kind) {
        HistoryEvent event = entry(stamp, task.item().sprintId(), task.item(), kind);
        event.taskId = task.id();
        event.dodTask = task.dod();
        event.title = task.title();
        return event;
    }

    private static HistoryEvent entry(Stamp stamp, Long sprintId, ItemRef item, Happening.Kind kind) {
        HistoryEvent event = new HistoryEvent();
        event.productId = stamp.productId();
        event.sprintId = sprintId;
        event.happenedAt = stamp.at();
        event.kind = kind;
        event.actor = stamp.actor();
        if (item != null) {
            event.itemId = item.id();
            event.itemKey = item.key();
            event.title = item.title();
        }
        return event;
    }
}
