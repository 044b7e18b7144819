package org.onebacklog.events;

import java.time.Instant;

/** A blocked task can go on again: it was blocked for {@code reason} since {@code since}. */
public record TaskUnblocked(Stamp stamp, TaskRef task, String reason, Instant since) implements ScrumEvent {
}
