package org.onebacklog.events;

/** The board's columns (names, order, WIP limits) changed. */
public record ColumnsChanged(Stamp stamp) implements ScrumEvent {
}
