package org.onebacklog.events;

/**
 * An item was archived: gone from the backlog and the board, kept in the record and the reports. Observers in the
 * transaction take it out of its sprint first ({@code item.sprintId()} names it, if any).
 */
public record ItemArchived(Stamp stamp, ItemRef item) implements ScrumEvent {
}
