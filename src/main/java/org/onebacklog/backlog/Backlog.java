package org.onebacklog.backlog;

import java.util.List;

/**
 * A product's backlog as read at one moment: the items still awaiting the Product Owner, then the ranked ones
 * in order. {@code positions} holds each ranked item's 1-based place in the whole backlog. A page of a long backlog
 * holds some of the ranked items: {@code next} is the rank key to continue after (null at the end), and
 * {@code matching} how many ranked items match a filter in all (-1 when not counted).
 */
public record Backlog(List<BacklogItem> awaiting, List<BacklogItem> ranked, java.util.Map<Long, Integer> positions,
        String next, int matching) {

    public int positionOf(BacklogItem item) {
        Integer position = positions.get(item.id);
        return position == null ? 0 : position;
    }

    public boolean isEmpty() {
        return awaiting.isEmpty() && ranked.isEmpty();
    }

    public boolean hasMore() {
        return next != null;
    }
}
