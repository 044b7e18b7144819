package org.onebacklog.history;

import java.math.BigDecimal;
import java.time.Instant;
import org.onebacklog.backlog.ItemKind;

/**
 * One entry of the record, as plain data: what happened, when, in which sprint, to which item or task. The
 * factories name the kinds of entry; {@link SprintRecord} replays a list of them.
 *
 * @param sprintId the sprint the item was in at the time (null in the backlog)
 * @param amount   an estimate (committed, changed, of a task) or, for a sprint start, its capacity
 * @param done     for a status change or a task move: whether the item or task is now done
 */
public record Happening(Instant at, Kind kind, Long sprintId, String itemKey, ItemKind itemKind, Long taskId,
        BigDecimal amount, BigDecimal reservedShare, Boolean done, boolean dodTask, String reason, String by) {

    public enum Kind {
        SPRINT_STARTED, SPRINT_CLOSED,
        COMMITTED, OVERRIDDEN, REMOVED, CARRIED_OVER,
        ITEM_CHANGED, ITEM_STATUS,
        TASK_ADDED, TASK_CHANGED, TASK_MOVED, TASK_WAIVED, TASK_REMOVED,
        TASK_BLOCKED, TASK_UNBLOCKED, TASK_UNASSIGNED, ITEM_BLOCKED, ITEM_UNBLOCKED, ITEM_ARCHIVED, ITEM_RESTORED,
        // The item's own story (its page shows it); no figure of a sprint depends on these.
        ITEM_ADDED, ITEM_EDITED, ITEM_RANKED
    }

    public static Happening started(Instant at, long sprintId, BigDecimal capacity, BigDecimal reservedShare) {
        return new Happening(at, Kind.SPRINT_STARTED, sprintId, null, null, null, capacity, reservedShare, null,
                false, null, null);
    }

    public static Happening closed(Instant at, long sprintId) {
        return new Happening(at, Kind.SPRINT_CLOSED, sprintId, null, null, null, null, null, null, false, null,
                null);
    }

    public static Happening committed(Instant at, long sprintId, String itemKey, ItemKind kind, BigDecimal estimate) {
        return new Happening(at, Kind.COMMITTED, sprintId, itemKey, kind, null, estimate, null, null, false, null,
                null);
    }

    /** The capacity policy refused the commitment and a Product Owner or Scrum Master overrode it. */
    public static Happening overridden(Instant at, long sprintId, String itemKey, String reason, String by) {
        return new Happening(at, Kind.OVERRIDDEN, sprintId, itemKey, null, null, null, null, null, false, reason,
                by);
    }

    public static Happening removed(Instant at, long sprintId, String itemKey) {
        return new Happening(at, Kind.REMOVED, sprintId, itemKey, null, null, null, null, null, false, null, null);
    }

    /** The sprint closed with the item unfinished: it goes back to the backlog (it stays in the sprint's scope). */
    public static Happening carriedOver(Instant at, long sprintId, String itemKey) {
        return new Happening(at, Kind.CARRIED_OVER, sprintId, itemKey, null, null, null, null, null, false, null,
                null);
    }

    /** The item was re-estimated or reclassified. */
    public static Happening itemChanged(Instant at, Long sprintId, String itemKey, ItemKind kind, BigDecimal estimate) {
        return new Happening(at, Kind.ITEM_CHANGED, sprintId, itemKey, kind, null, estimate, null, null, false, null,
                null);
    }

    public static Happening itemStatus(Instant at, Long sprintId, String itemKey, boolean done) {
        return new Happening(at, Kind.ITEM_STATUS, sprintId, itemKey, null, null, null, null, done, false, null,
                null);
    }

    public static Happening taskAdded(Instant at, Long sprintId, String itemKey, long taskId, BigDecimal estimate,
            boolean dodTask) {
        return new Happening(at, Kind.TASK_ADDED, sprintId, itemKey, null, taskId, estimate, null, false, dodTask,
                null, null);
    }

    public static Happening taskChanged(Instant at, Long sprintId, String itemKey, long taskId, BigDecimal estimate) {
        return new Happening(at, Kind.TASK_CHANGED, sprintId, itemKey, null, taskId, estimate, null, null, false,
                null, null);
    }

    public static Happening taskMoved(Instant at, Long sprintId, String itemKey, long taskId, boolean done) {
        return new Happening(at, Kind.TASK_MOVED, sprintId, itemKey, null, taskId, null, null, done, false, null,
                null);
    }

    /** A task or (taskId null) an item was blocked with a reason, or (blocked false) unblocked. */
    public static Happening blocked(Instant at, Long sprintId, String itemKey, Long taskId, boolean blocked,
            String reason, String by) {
        Kind kind = taskId == null ? blocked ? Kind.ITEM_BLOCKED : Kind.ITEM_UNBLOCKED
                : blocked ? Kind.TASK_BLOCKED : Kind.TASK_UNBLOCKED;
        return new Happening(at, kind, sprintId, itemKey, null, taskId, null, null, null, false, reason, by);
    }

    /** A plain task was deleted: it no longer counts anywhere. */
    public static Happening taskRemoved(Instant at, Long sprintId, String itemKey, long taskId) {
        return new Happening(at, Kind.TASK_REMOVED, sprintId, itemKey, null, taskId, null, null, null, false, null,
                null);
    }

    public static Happening taskWaived(Instant at, Long sprintId, String itemKey, long taskId, String reason,
            String by) {
        return new Happening(at, Kind.TASK_WAIVED, sprintId, itemKey, null, taskId, null, null, null, true, reason,
                by);
    }
}
