package org.onebacklog.events;

/**
 * An item's status followed its tasks (to do, in progress, done) after a task moved or was waived: the task's own
 * event says what the person did, this one what it meant for the item.
 */
public record ItemProgressed(Stamp stamp, ItemRef item, String statusFrom, String statusTo) implements ScrumEvent {

    public boolean doneChanged() {
        return "DONE".equals(statusFrom) != "DONE".equals(statusTo);
    }
}
