package org.onebacklog.backlog;

/**
 * Fired (synchronously, inside the write) when an item is about to become Done. An observer that objects throws,
 * and the change is not saved: that is how the Definition of Done holds without the backlog knowing about tasks.
 */
public record ItemFinishing(BacklogItem item) {
}
