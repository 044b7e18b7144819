package org.onebacklog.events;

/** The Definition of Done got a new version. */
public record DodChanged(Stamp stamp, int version) implements ScrumEvent {
}
