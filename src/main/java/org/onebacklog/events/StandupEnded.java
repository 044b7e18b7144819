package org.onebacklog.events;

/** The stand-up walk ended ("Back to the board"): the product's TVs show the board again. */
public record StandupEnded(Stamp stamp) implements ScrumEvent {
}
