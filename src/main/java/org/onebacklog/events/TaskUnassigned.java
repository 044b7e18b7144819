package org.onebacklog.events;

/** An open task lost its assignee because {@code formerAssignee} left the team; the card is free to take. */
public record TaskUnassigned(Stamp stamp, TaskRef task, String formerAssignee) implements ScrumEvent {
}
