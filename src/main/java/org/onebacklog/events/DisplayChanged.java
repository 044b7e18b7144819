package org.onebacklog.events;

/** A display's views or rotation were changed in place: its TVs pick them up live, at the same address. */
public record DisplayChanged(Stamp stamp, long displayId, Integer rotateSeconds) implements ScrumEvent {
}
