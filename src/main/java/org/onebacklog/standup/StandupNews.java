package org.onebacklog.standup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onebacklog.history.Activity;
import org.onebacklog.history.Happening;
import org.onebacklog.history.ItemStory;
import org.onebacklog.web.Ago;

/**
 * Who did what since the last stand-up, newest first, in words: the short list beside the board ("dana moved task
 * “Peer review” from In Progress to Review · SHOP-18"). Backlog housekeeping (items added, edited, ranked) is left
 * out: a stand-up is about the sprint's work.
 */
public record StandupNews(String since, int count, List<Entry> entries) {

    /** The list shows this many; the stand-up itself has the rest. */
    static final int SHOWN = 12;

    /** One line: when (in words), who, what, on which item. */
    public record Entry(Instant at, String ago, String who, String what, String itemKey) {
    }

    private static final Set<Happening.Kind> HOUSEKEEPING = EnumSet.of(Happening.Kind.ITEM_ADDED,
            Happening.Kind.ITEM_EDITED, Happening.Kind.ITEM_RANKED, Happening.Kind.ITEM_CHANGED);

    static StandupNews of(List<Activity> oldestFirst, Map<String, String> columnNames, String since, Instant now) {
        List<Entry> entries = new ArrayList<>();
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            Activity a = oldestFirst.get(i);
            if (!HOUSEKEEPING.contains(a.kind())) {
                String what = ItemStory.what(a, columnNames);
                // The item's page says "it"; beside the board the item is named: "mei marked SHOP-18 blocked: …".
                String named = a.taskId() == null && a.itemKey() != null
                        ? what.replaceFirst("\\b(the item|it)\\b", a.itemKey()) : what;
                entries.add(new Entry(a.at(), Ago.since(a.at(), now), a.actor() == null ? "someone" : a.actor(),
                        named, named.equals(what) ? a.itemKey() : null));
            }
        }
        return new StandupNews(since, entries.size(), entries.subList(0, Math.min(SHOWN, entries.size())));
    }

    public boolean hasMore() {
        return count > entries.size();
    }

    /** How many the list leaves out. */
    public int more() {
        return count - entries.size();
    }
}
