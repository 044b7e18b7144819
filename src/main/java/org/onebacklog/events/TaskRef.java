package org.onebacklog.events;

/**
 * A task as events name it, with its item and that item's sprint (its board); {@code dod}: implied by the
 * Definition of Done.
 */
public record TaskRef(long id, String title, ItemRef item, boolean dod) {
}
