package org.onebacklog.events;

/** An archived item came back, awaiting the Product Owner's place in the backlog. */
public record ItemRestored(Stamp stamp, ItemRef item) implements ScrumEvent {
}
