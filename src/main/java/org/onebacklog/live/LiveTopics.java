package org.onebacklog.live;

import org.onebacklog.events.CapacityOverridden;
import org.onebacklog.events.ColumnsChanged;
import org.onebacklog.events.DisplayChanged;
import org.onebacklog.events.DisplayRevoked;
import org.onebacklog.events.DodChanged;
import org.onebacklog.events.ItemAdded;
import org.onebacklog.events.ItemArchived;
import org.onebacklog.events.ItemBlocked;
import org.onebacklog.events.ItemChanged;
import org.onebacklog.events.ItemCommitted;
import org.onebacklog.events.ItemProgressed;
import org.onebacklog.events.ItemRanked;
import org.onebacklog.events.ItemRestored;
import org.onebacklog.events.ItemUnblocked;
import org.onebacklog.events.ItemUncommitted;
import org.onebacklog.events.MemberRemoved;
import org.onebacklog.events.PolicyChanged;
import org.onebacklog.events.ScrumEvent;
import org.onebacklog.events.SprintClosed;
import org.onebacklog.events.SprintPlanned;
import org.onebacklog.events.SprintStarted;
import org.onebacklog.events.StandupChanged;
import org.onebacklog.events.StandupEnded;
import org.onebacklog.events.StandupStepped;
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
 * Which live {@link Change} an event makes (plain Java). A task's event names its card, so a board is sent that
 * card; an event that another one of the same write already stands for makes none, so one write is one change.
 */
final class LiveTopics {

    private LiveTopics() {
    }

    /** The change to publish, or null when the event shows through another one of the same write. */
    static Change of(ScrumEvent event) {
        String key = event.productKey();
        if (event instanceof TaskAdded added) {
            // Implied tasks come with their item's commitment, whose plan change sends the whole grid.
            return added.task().dod() ? null : task(key, added.task());
        }
        if (event instanceof TaskChanged changed) {
            return task(key, changed.task());
        }
        if (event instanceof TaskMoved moved) {
            return task(key, moved.task());
        }
        if (event instanceof TaskWaived waived) {
            return task(key, waived.task());
        }
        if (event instanceof TaskBlocked blocked) {
            return task(key, blocked.task());
        }
        if (event instanceof TaskUnblocked unblocked) {
            return task(key, unblocked.task());
        }
        if (event instanceof TaskUnassigned unassigned) {
            return task(key, unassigned.task());
        }
        if (event instanceof MemberRemoved) {
            return null; // no view shows the team live; the cards it unassigned send their own changes
        }
        if (event instanceof ItemProgressed || event instanceof CapacityOverridden) {
            return null; // the task's change (the lane's status) or the commitment's change shows it
        }
        if (event instanceof ItemAdded || event instanceof ItemChanged || event instanceof ItemRanked
                || event instanceof ItemBlocked || event instanceof ItemUnblocked || event instanceof ItemArchived
                || event instanceof ItemRestored || event instanceof TaskRemoved
                || event instanceof StandupChanged) {
            // A removed card has no cell left to fill, and the rest change lanes or every card: the whole view.
            return new Change(key, Change.ITEM);
        }
        if (event instanceof ItemCommitted || event instanceof ItemUncommitted || event instanceof SprintPlanned
                || event instanceof SprintStarted || event instanceof SprintClosed
                || event instanceof PolicyChanged) {
            return new Change(key, Change.PLAN);
        }
        if (event instanceof ColumnsChanged) {
            return new Change(key, Change.COLUMN);
        }
        if (event instanceof DodChanged) {
            return new Change(key, Change.DOD);
        }
        if (event instanceof StandupStepped || event instanceof StandupEnded) {
            return new Change(key, Change.STANDUP);
        }
        if (event instanceof DisplayChanged) {
            return new Change(key, Change.DISPLAY);
        }
        if (event instanceof DisplayRevoked revoked) {
            return new Change(key, Change.DISPLAY_REVOKED, Long.toString(revoked.displayId()));
        }
        throw new IllegalArgumentException("No live change for " + event.getClass().getSimpleName());
    }

    private static Change task(String key, TaskRef task) {
        return Change.task(key, task.id());
    }
}
