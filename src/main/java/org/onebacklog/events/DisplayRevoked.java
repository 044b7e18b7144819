package org.onebacklog.events;

/** A display token was revoked: the TVs using it must go dark at once. */
public record DisplayRevoked(Stamp stamp, long displayId) implements ScrumEvent {
}
