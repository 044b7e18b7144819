package org.onebacklog.jira;

import java.util.List;

/** What an import adds, in the backlog's order, and what it warns about. */
public record ImportPlan(List<ImportedItem> items, List<ImportWarning> warnings) {

    public long unranked() {
        return items.stream().filter(ImportedItem::unranked).count();
    }
}
