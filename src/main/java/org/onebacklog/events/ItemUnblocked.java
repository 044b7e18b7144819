package org.onebacklog.events;

import java.time.Instant;

/** A blocked item can go on again: it was blocked for {@code reason} since {@code since}. */
public record ItemUnblocked(Stamp stamp, ItemRef item, String reason, Instant since) implements ScrumEvent {
}
