package org.onebacklog.history;

import java.time.Instant;

/**
 * One entry of the record as the stand-up reads it: who did what to which task or item, when; for a move, from
 * which column to which (keys); for an item's status, whether it is now done.
 */
public record Activity(Instant at, String actor, Happening.Kind kind, String itemKey, Long taskId, String title,
        String from, String to, String reason, Boolean done, Long sprintId) {
}
