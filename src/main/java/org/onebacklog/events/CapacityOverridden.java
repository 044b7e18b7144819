package org.onebacklog.events;

/** A commitment went past the capacity policy's limit because a Product Owner or Scrum Master gave a reason. */
public record CapacityOverridden(Stamp stamp, ItemRef item, long sprintId, String reason) implements ScrumEvent {
}
