package org.onebacklog.backlog;

import java.util.List;

/**
 * A product's backlog as read at one moment: the items still awaiting the Product Owner, then the ranked ones
 * in order. {@code positions} holds each ranked item's 1-based place in the whole backlog.
 */
public record Backlog(List<BacklogItem> awaiting, List<BacklogItem> ranked, java.util.Map<Long, Integer> positions) {

    public int positionOf(BacklogItem item) {
        Integer position = positions.get(item.id);
        return position == null ? 0 : position;
    }

    public boolean isEmpty() {
        return awaiting.isEmpty() && ranked.isEmpty();
    }
}
