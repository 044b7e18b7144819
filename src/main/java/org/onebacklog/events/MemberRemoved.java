package org.onebacklog.events;

/**
 * Someone left a product's team, or was taken off it: {@code username} held {@code role} there. Their open tasks
 * are unassigned in the same write ({@link TaskUnassigned}, one per task); what they did stays in the record.
 */
public record MemberRemoved(Stamp stamp, String username, String role) implements ScrumEvent {
}
