package org.onebacklog.backlog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What happened to an item and its tasks, newest first, in words. The history feature keeps the record and
 * implements it; the item's page only asks.
 */
public interface ItemHistory {

    /** The item's entries; a task's move names its columns through {@code columnNames} (key to name). */
    List<Entry> of(BacklogItem item, Map<String, String> columnNames);

    /** One entry: who did what, when ({@code ago}: "2 hours ago"). */
    record Entry(Instant at, String ago, String who, String what) {
    }
}
