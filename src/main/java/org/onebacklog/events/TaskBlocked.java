package org.onebacklog.events;

/** Someone marked a task blocked, saying why. */
public record TaskBlocked(Stamp stamp, TaskRef task, String reason) implements ScrumEvent {
}
