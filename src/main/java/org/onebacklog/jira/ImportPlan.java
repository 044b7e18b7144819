package org.onebacklog.jira;

import java.util.List;

/** What an import adds, in the backlog's order, and what it warns about. */
public record ImportPlan(List<ImportedItem> items, List<ImportWarning> warnings) {

    /** The item's place among the ranked items of the import (from 1), or null while it waits unranked. */
    public Integer place(ImportedItem item) {
        if (item.unranked()) {
            return null;
        }
        int place = 0;
        for (ImportedItem other : items) {
            if (!other.unranked()) {
                place++;
            }
            if (other == item) {
                return place;
            }
        }
        return null;
    }

    public long unranked() {
        return items.stream().filter(ImportedItem::unranked).count();
    }
}
