package org.onebacklog.events;

/**
 * Someone walking the stand-up put a step on screen: step {@code step} (counted from 1) is {@code person}'s
 * (a username; null for the work nobody holds). The product's TVs follow the walk until it ends.
 */
public record StandupStepped(Stamp stamp, int step, String person) implements ScrumEvent {
}
