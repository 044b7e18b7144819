package org.onebacklog.events;

/** The Product Owner placed an item in the backlog's order. */
public record ItemRanked(Stamp stamp, ItemRef item) implements ScrumEvent {
}
