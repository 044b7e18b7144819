package org.onebacklog.events;

/** A sprint was planned, or its plan (name, goal, dates, capacity, reserve) edited: {@code created} tells which. */
public record SprintPlanned(Stamp stamp, long sprintId, String name, boolean created) implements ScrumEvent {
}
