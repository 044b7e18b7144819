package org.onebacklog.events;

/** Someone marked a backlog item blocked, saying why. */
public record ItemBlocked(Stamp stamp, ItemRef item, String reason) implements ScrumEvent {
}
