package org.onebacklog.events;

/** The Product Owner let a DoD task go, with a reason the review shows. */
public record TaskWaived(Stamp stamp, TaskRef task, String reason) implements ScrumEvent {
}
