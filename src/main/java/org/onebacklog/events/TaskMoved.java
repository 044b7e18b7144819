package org.onebacklog.events;

/**
 * A card moved on the board: from one column to another (column keys), or within its column ({@code from}
 * equals {@code to}); {@code done}: it is now in the last column.
 */
public record TaskMoved(Stamp stamp, TaskRef task, String from, String to, boolean done) implements ScrumEvent {

    public boolean changedColumn() {
        return !from.equals(to);
    }
}
