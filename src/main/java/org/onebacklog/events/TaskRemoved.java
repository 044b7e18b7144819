package org.onebacklog.events;

/** A plain task was deleted (DoD tasks are waived instead): it no longer counts anywhere. */
public record TaskRemoved(Stamp stamp, TaskRef task) implements ScrumEvent {
}
