package org.onebacklog.events;

/** An item was taken out of a sprint; its tasks stay with it. */
public record ItemUncommitted(Stamp stamp, ItemRef item, long sprintId) implements ScrumEvent {
}
