package org.onebacklog.events;

/** The team changed its stand-up time or its aging threshold. */
public record StandupChanged(Stamp stamp, String standupTime, int agingDays) implements ScrumEvent {
}
