package org.onebacklog.events;

/** Someone added an item to the backlog; {@code ranked} is false while it awaits the Product Owner. */
public record ItemAdded(Stamp stamp, ItemRef item, String kind, boolean ranked) implements ScrumEvent {
}
