package org.onebacklog.events;

/** A backlog item as events name it: its id, its key (SHOP-12), its title and the sprint it is committed to. */
public record ItemRef(long id, String key, String title, Long sprintId) {
}
