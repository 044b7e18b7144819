package org.onebacklog.backlog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What happened to an item and its tasks, newest first, in words. The history feature keeps the record and
 * implements it; the item's page only asks.
 */
public interface ItemHistory {

    /** Entries an item's page shows at most: an item that lived through many sprints has hundreds. */
    int SHOWN = 100;

    /**
     * The item's newest entries (at most {@link #SHOWN}); a task's move names its columns through
     * {@code columnNames} (key to name).
     */
    Told of(BacklogItem item, Map<String, String> columnNames);

    /** The newest entries, and how many the record holds in all. */
    record Told(List<Entry> entries, long total) {

        public boolean isEmpty() {
            return entries.isEmpty();
        }

        /** The older entries the page leaves out. */
        public long earlier() {
            return total - entries.size();
        }
    }

    /** One entry: who did what, when ({@code ago}: "2 hours ago"). */
    record Entry(Instant at, String ago, String who, String what) {
    }
}
